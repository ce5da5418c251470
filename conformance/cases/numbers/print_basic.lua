-- Integral values print as integers, others in Go's shortest form.
print(10 / 2, 7, 1 / 3, 2 ^ 53, 1234567.5, 0.1 + 0.2, 1e-5, 3.0, -0.0, 1e100)
