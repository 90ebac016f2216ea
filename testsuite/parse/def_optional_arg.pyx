def g(Counter c or None):
    pass
