local s = [[\n\t]]
print(s, #s)
