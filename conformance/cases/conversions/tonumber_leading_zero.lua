print(tonumber("010"), tonumber("0010.5"), tonumber("0b101"), tonumber("0o17"), tonumber("00"))
