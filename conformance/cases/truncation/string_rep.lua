print(string.rep("ab", 2.7), "[" .. string.rep("ab", 0.9) .. "]", "[" .. string.rep("x", -0.5) .. "]")
