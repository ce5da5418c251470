print(math.maxinteger, math.mininteger, math.tointeger, math.type, math.ult)
