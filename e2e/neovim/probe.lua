-- Run by the Neovim test after the README's config has opened fixtures/typo.lua: waits for the language
-- server, then does what a user does (read the diagnostics, K on `http_get`, <C-x><C-o> after `coromega:`)
-- and writes what Neovim showed to $PROBE_OUT as JSON before quitting.
local out = { version = tostring(vim.version().major) .. "." .. tostring(vim.version().minor) }
local buf = vim.api.nvim_get_current_buf()

local function clients()
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buf })
  end
  return vim.lsp.buf_get_clients(buf)
end

local function finish()
  local f = assert(io.open(vim.env.PROBE_OUT, "w"))
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd("qa!")
end

local function floating_lines()
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= "" then
      return vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), win
    end
  end
end

out.attached = vim.wait(20000, function()
  return next(clients()) ~= nil
end, 50)
for _, c in pairs(clients()) do
  out.client = c.name
end

vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 50)
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out.diagnostics, { lnum = d.lnum, code = d.code, source = d.source, message = d.message })
end

-- Hover: K with the cursor on `http_get`.
vim.fn.search("http_get", "w")
vim.api.nvim_feedkeys("K", "x", false)
vim.wait(10000, function()
  return floating_lines() ~= nil
end, 50)
local lines, win = floating_lines()
out.hover = lines or {}
if win then
  vim.api.nvim_win_close(win, true)
end

-- Completion: <C-x><C-o> at the end of the line `coromega:`; a timer reads the menu while Insert mode waits.
vim.fn.search("^coromega:$", "w")
local timer = vim.loop.new_timer()
local started = vim.loop.now()
timer:start(50, 50, vim.schedule_wrap(function()
  local info = vim.fn.complete_info({ "items" })
  if #info.items > 0 or vim.loop.now() - started > 10000 then
    timer:stop()
    out.completion = {}
    for _, item in ipairs(info.items) do
      table.insert(out.completion, item.word)
    end
    out.line = vim.api.nvim_get_current_line()
    finish()
  end
end))
vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes("A<C-x><C-o>", true, false, true), "x!", false)
