print(math.floor("3.7"), math.ceil("1.2"), math.abs("-2"), math.sqrt("16"))
