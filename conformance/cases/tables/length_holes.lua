-- gopher-lua's # on tables with holes.
print(#{1, nil, 3}, #{nil, nil, 3}, #{1, 2, nil}, #{nil}, #{1, nil})
