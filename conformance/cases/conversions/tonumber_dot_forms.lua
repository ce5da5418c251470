print(tonumber("."), tonumber("5."), tonumber(".5"), tonumber("-.5"), tonumber("+.5"))
