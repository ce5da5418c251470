-- Integral doubles print as int64 text while they fit, then in Go's %v form.
print(2 ^ 53, 2 ^ 62, 2 ^ 63, 2 ^ 64, -2 ^ 63, 1e15, 1e16, 123456789012)
