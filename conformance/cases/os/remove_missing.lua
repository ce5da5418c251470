print(os.remove("surely-missing-file.txt"))
