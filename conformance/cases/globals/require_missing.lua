local ok, err = pcall(require, "surely_missing_module")
print(ok, (err:gsub("\n.*", "")))
