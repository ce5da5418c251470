-- math.huge and infinities.
print(math.huge, -math.huge, 1 / 0, -1 / 0, math.huge == 1 / 0)
print(tostring(math.huge), "x" .. math.huge)
