print(string.gsub("az AZ 09", "[a-z]", "."), string.gsub("az AZ 09", "[A-Z0-9]", "."))
