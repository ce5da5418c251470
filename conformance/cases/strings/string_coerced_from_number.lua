-- Library functions take numbers where they want strings.
print(string.len(12345), string.upper(1.5), string.rep(7, 3), string.sub(12345, 2, 3), string.byte(5))
