print(string.rep("好", 3), #string.rep("好", 3))
