print(tonumber("inf"), tonumber("nan"), tonumber("Inf.0"), tonumber("1.5.2"), tonumber("1_000"), tonumber("1_000.5"))
