-- a field's key is read before the values
local i = 1
local arr = { 10, 20 }
i, arr[i] = 2, 99
print(i, arr[1], arr[2])
local j = 1
local arr2 = { 10, 20 }
arr2[j], j = 99, 2
print(j, arr2[1], arr2[2])
