-- The common idiom: if not ok then print the error.
local function load_user(id)
  if type(id) ~= "number" then error("id must be a number") end
  return { id = id }
end
local ok, err = pcall(load_user, "abc")
if not ok then print("failed: " .. err) end
local ok2, user = pcall(load_user, 5)
print(ok2, user.id)
