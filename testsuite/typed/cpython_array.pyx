# cpython.array through pyxc's declarations (typed items through the data
# union, clone/copy/extend/resize/zero), against Cython's.
from cpython cimport array
import array as pyarray

def run():
    cdef array.array a = pyarray.array('d', [1.0, 2.0, 3.0])
    a.data.as_doubles[0] += 1.5
    print(a, a.ob_descr.typecode, a.ob_descr.itemsize, len(a))
    cdef array.array b = array.clone(a, 4, True)
    print(b, type(b) is pyarray.array)
    cdef array.array c = array.copy(a)
    c.data.as_doubles[2] = -1
    print(a, c)
    array.extend(c, a)
    print(c, len(c))
    cdef array.array i = pyarray.array('i', [5, 6])
    try:
        array.extend(c, i)
    except TypeError as e:
        print("TypeError", e)
    array.resize(i, 4)
    i.data.as_ints[2] = 7
    i.data.as_ints[3] = 8
    print(i)
    array.zero(i)
    print(i)
    array.resize_smart(i, 10)
    array.zero(i)
    print(len(i), sum(i))
    cdef int k
    for k in range(100):
        array.extend_buffer(i, <char *>&k, 1)
    print(len(i), i[-1], i[10], sum(i))
run()
