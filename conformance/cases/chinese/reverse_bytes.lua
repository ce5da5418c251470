print(string.byte(string.reverse("中"), 1, -1))
