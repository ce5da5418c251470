print(_G._G == _G, _G.print == print, _G["string"] == string)
