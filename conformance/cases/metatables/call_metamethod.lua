-- __call receives the table then the arguments.
local counter = setmetatable({ n = 0 }, { __call = function(self, step) self.n = self.n + (step or 1) return self.n end })
counter()
counter(5)
print(counter.n, counter(2))
