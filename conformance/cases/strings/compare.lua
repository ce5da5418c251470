print("a" < "b", "abc" < "abd", "" < "a", "Z" < "a", "\0" < "a", "a\0b" < "a\0c", "abc" < "ab")
