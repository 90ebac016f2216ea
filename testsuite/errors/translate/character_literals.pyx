# A Py_UCS4/Py_UNICODE takes one character of a str literal (a surrogate
# pair counts as one); bytes literals do not coerce to it.
cdef Py_UCS4 fine = u'A'
cdef Py_UCS4 klingon = u'\uF8D2'

def too_long():
    cdef Py_UCS4 c = u'AB'
    cdef Py_UNICODE u = u'A\uF8D2'
    cdef Py_UCS4 b = b'AB'
    cdef Py_UCS4 latin1 = b'\xf6'
