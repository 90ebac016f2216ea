DEF X = len("a")
