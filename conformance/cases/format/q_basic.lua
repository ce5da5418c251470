print(string.format("%q", "a\nb\0"))
print(string.format("%q", 'he said "hi"'))
print(string.format("%q", "tab\there\r\\"))
