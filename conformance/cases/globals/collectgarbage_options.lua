print(type(collectgarbage("count")), collectgarbage("collect"), collectgarbage())
