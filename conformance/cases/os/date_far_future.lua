print(os.date("!%Y-%m-%d", 4102444800), os.date("!%Y", 253402300799))
