print("[" .. ("  hi there  "):match("^%s*(.-)%s*$") .. "]", "[" .. ("  x  "):gsub("^%s+", "") .. "]")
