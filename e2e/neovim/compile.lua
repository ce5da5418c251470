-- Compiles the Lua file named by $SNIPPET without running it; exits Neovim with 3 and the error on stderr
-- when it does not compile, else with 0.
local ok, err = loadfile(vim.env.SNIPPET)
if not ok then
  io.stderr:write(err .. "\n")
  vim.cmd("cquit 3")
end
vim.cmd("qa!")
