print(type(unpack), unpack == table.unpack)
