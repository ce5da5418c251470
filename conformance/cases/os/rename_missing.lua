print(os.rename("surely-missing-a.txt", "surely-missing-b.txt"))
