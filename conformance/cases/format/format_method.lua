print(("%d-%s"):format(5, "x"), ("%5.2f"):format(1 / 3))
