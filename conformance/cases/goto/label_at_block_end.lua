do
  goto skip
  print("not printed")
  ::skip::
end
print("after")
