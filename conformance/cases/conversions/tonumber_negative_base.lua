print(tonumber("-ff", 16), tonumber("-10", 2), tonumber("-z", 36))
