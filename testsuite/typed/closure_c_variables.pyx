# C variables captured by inner functions keep their C types, as in Cython:
# they live in cells of their type (C overflow, arrays, C parameters
# converted on entry, updates by objects computed on objects), shared by the function and its closures, nonlocal
# assignments included; generator expressions, comprehensions, lambdas,
# generators and locals() see them too.
cimport cython

def outer(int n):
    cdef double scale = 2.5
    def inner(x):
        return x * scale + n
    return inner

def counter():
    cdef int count = 0
    cdef int arr[3]
    arr[0] = 7
    def bump():
        nonlocal count
        count += 1
        arr[1] = count
        return count, arr[0], arr[1], kind()
    def kind():
        return cython.typeof(count)
    return bump

def overflow():
    cdef unsigned char small = 250
    def add(k):
        nonlocal small
        small += k
        return small
    return add

def accumulate(int n):
    cdef long total = 0
    def acc(v):
        nonlocal total
        total += v
        return total
    for i in range(n):
        acc(i)
    return total, locals()['total'], [total + j for j in range(2)], list(total * j for j in range(2))

def adder(int k):
    return lambda x: x + k

def steps(int n):
    cdef int step = 2
    def inc(x):
        return x + step
    for i in range(n):
        yield inc(i)

cdef struct Point:
    int x
    int y

def struct_cell():
    cdef Point p
    p.x = 1
    def move(int dx):
        p.x += dx
        return p.x, p.y
    return move

f = outer(3)
print(f(2))
b = counter()
print(b(), b())
a = overflow()
print(a(3))
try:
    a(10)
except OverflowError as e:
    print('OverflowError', e)
print(accumulate(4))
print(adder(5)(1))
print(list(steps(3)))
try:
    outer('x')
except TypeError as e:
    print('TypeError', e)
m = struct_cell()
print(m(2), m(3))

def updated_by_object(k):
    # `c op= obj`: computed on objects and converted back, as Cython does.
    cdef unsigned char small = 250
    cdef int n = 1
    n += k
    try:
        small += k
    except OverflowError as e:
        return n, small, 'OverflowError', str(e)
    return n, small

print(updated_by_object(3), updated_by_object(10))
