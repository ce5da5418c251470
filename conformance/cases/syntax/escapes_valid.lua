-- The escapes every Lua has, and unknown ones read as the character.
print("a\tb", "q\"q", 'it\'s', "back\\slash", "\65\66")
print(("\q\{\}"):len(), "\q\{\}")
