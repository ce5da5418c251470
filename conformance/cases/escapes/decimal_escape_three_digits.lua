print("\1234", #"\1234", string.byte("\0012"))
