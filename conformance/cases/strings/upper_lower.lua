print(string.upper("abc"), string.lower("ABC"), ("MiXeD 123"):upper(), ("MiXeD 123"):lower())
