print(string.format("%q", "中文"), string.format("%q", "\200\255"))
