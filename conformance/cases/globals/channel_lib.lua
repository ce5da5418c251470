print(type(channel))
