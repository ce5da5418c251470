local function f()
  goto out
  do return "no" end
  ::out::
  return "yes"
end
print(f())
