print(table.pack, table.unpack, table.move, table.foreach, table.foreachi)
