-- Unary minus on strings converts them as gopher-lua converts.
print(-"2", -"0x10", -" 3 ", -"1e2", - -5)
