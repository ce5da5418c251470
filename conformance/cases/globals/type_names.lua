print(type(nil), type(1), type("s"), type({}), type(print), type(true), type(coroutine.create(function() end)))
