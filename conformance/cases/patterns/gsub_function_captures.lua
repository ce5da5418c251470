print(string.gsub("a=1 b=2", "(%w)=(%w)", function(k, v) return v .. k end))
