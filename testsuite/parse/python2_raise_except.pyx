try:
    raise ValueError, 'bad'
except ValueError, e:
    pass
