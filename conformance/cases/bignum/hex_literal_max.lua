print(0xffffffffffffffff, 0x1fffffffffffff)
