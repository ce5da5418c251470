for i, v in ipairs({1, 2, nil, 4}) do io.write(i, "=", v, " ") end
print()
