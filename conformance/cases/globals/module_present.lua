print(type(module), type(package.seeall))
