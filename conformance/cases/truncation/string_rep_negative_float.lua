print("[" .. string.rep("ab", -2.5) .. "]")
