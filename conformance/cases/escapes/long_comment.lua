--[[ a long
comment ]] print("after comment")
--[==[ another ]] still ]==] print("second")
