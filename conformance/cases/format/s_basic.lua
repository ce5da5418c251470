print(string.format("%s|%10s|%-10s|%.2s|%5.1s|", "x", "right", "left", "truncate", "abc"))
