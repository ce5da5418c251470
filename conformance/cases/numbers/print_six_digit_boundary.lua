-- Where non-integral values switch to exponent form.
print(123456.789, 999999.5, 1234567.0, 12345678.9, 1234567.25, 0.1)
