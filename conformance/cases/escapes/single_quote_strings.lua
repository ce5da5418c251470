print('a' .. 'b', 'say "hi"')
