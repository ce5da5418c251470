print(os.getenv("COROMEGA_SURELY_UNSET_VARIABLE"), type(os.getenv("PATH")), os.getenv("TZ"))
