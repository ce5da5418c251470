-- Widths and precisions count characters, not bytes.
print(string.format("%-6s|%6s|%.1s|%3.2s|", "中文", "中文", "中文", "中文字"))
