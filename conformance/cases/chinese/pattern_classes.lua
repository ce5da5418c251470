-- Bytes of Chinese text belong to no letter class.
print(("中a1文"):gsub("%w", "_"))
print(("中a1文"):gsub("%A", "."))
