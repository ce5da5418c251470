-- # on a string never consults a metatable.
print(#"hello", #("x"):rep(100))
