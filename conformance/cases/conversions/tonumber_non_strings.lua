print(tonumber(nil), tonumber(true), tonumber({}), tonumber(5), tonumber(5, 16), tonumber(print))
