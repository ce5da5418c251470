print(tonumber("1.5e400"), tonumber("1e400.0"), tonumber("-1.5e400"))
