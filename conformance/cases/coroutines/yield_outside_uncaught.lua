-- An uncaught yield on the main chunk.
print("before")
coroutine.yield()
print("after")
