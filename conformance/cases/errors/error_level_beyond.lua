-- A level past the stack: no position, and gopher-lua keeps the space it puts before the message.
print(pcall(function() error("far", 50) end))
