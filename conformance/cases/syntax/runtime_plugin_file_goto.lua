-- The plugin file has a goto without a label.
print("never printed")
goto nowhere
