print(tonumber("１２"), tonumber("12"))
