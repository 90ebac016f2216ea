# cython: language_level=2
print 'hello', 1
print
print >>f, 'x',
