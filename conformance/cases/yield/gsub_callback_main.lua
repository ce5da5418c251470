-- The same on the main chunk: a plain error where the callback yields.
print(pcall(string.gsub, "ab", "%w", function(c)
  coroutine.yield(c)
end))
