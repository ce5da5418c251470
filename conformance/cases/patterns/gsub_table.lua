print(string.gsub("$name is $age", "%$(%w+)", {name = "Bob", age = 3}))
