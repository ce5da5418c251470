-- The usual class pattern with a constructor and methods.
local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({ balance = balance }, Account) end
function Account:deposit(v) self.balance = self.balance + v end
local acc = Account.new(100)
acc:deposit(50)
print(acc.balance, getmetatable(acc) == Account)
