print(string.format("[%.2s] [%.4s]", "héllo", "héllo"))
