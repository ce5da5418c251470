print(type(_printregs))
