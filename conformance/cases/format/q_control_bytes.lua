print(string.format("%q", "\1\31\127\7\8\12\11"))
