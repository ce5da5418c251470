print(string.reverse("abc"), "[" .. string.reverse("") .. "]", ("racecar"):reverse())
