-- Letters beyond ASCII.
print(string.upper("héllo"), string.lower("ÀÉÎ"), #string.upper("ß"))
