print("9007199254740993" + 0, "1e20" + 0, "0x7fffffffffffffff" + 0)
