print(string.format("% +d|%+ d|% d|% d", 5, 5, -5, 0))
