print(os.setenv ~= nil)
if os.setenv then os.setenv("COROMEGA_CASE_VAR", "v") end
print(os.getenv("COROMEGA_CASE_VAR"))
