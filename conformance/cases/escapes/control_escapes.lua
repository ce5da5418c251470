print(string.byte("\a\b\f\n\r\t\v", 1, -1))
