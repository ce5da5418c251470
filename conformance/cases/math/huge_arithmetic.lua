print(math.huge + 1, math.huge * 2, math.huge - math.huge, math.huge / math.huge)
