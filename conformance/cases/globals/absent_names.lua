print(rawlen, utf8, bit32, table.pack, table.unpack, math.maxinteger, string.pack, coroutine.isyieldable, load ~= nil)
