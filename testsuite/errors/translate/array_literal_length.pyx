# A string literal fills a C array only when its length is the array's.
def f():
    cdef char word[4]
    word = b'abc'
    return word
