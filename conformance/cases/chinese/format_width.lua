print(string.format("[%-8s][%8s]", "签到", "签到"))
print(string.format("[%-4s]", "名字abc"))
