-- Numeric strings in a numeric for loop.
print(pcall(function() local s = 0 for i = "1", "3" do s = s + i end return s end))
