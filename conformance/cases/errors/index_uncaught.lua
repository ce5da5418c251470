-- An uncaught index error ends the chunk with its position.
local player = nil
print("before")
print(player.name)
print("after")
