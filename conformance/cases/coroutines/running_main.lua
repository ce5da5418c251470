-- On the main chunk coroutine.running() is nil (neomega runs the chunk on the main state).
print(coroutine.running())
print(select("#", coroutine.running()))
