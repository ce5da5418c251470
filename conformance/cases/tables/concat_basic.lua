print(table.concat({1, 2, 3}), table.concat({"a", "b"}, ", "), "[" .. table.concat({}) .. "]")
