print(_VERSION, type(_VERSION))
