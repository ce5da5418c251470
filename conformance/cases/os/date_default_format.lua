print(type(os.date()), #os.date("%Y"))
