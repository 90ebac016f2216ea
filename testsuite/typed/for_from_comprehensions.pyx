# Cython's legacy `for i from a <op> i <op> b [by s]` inside comprehensions
# and generator expressions, every relation and direction.

def ascending(int n):
    cdef int i
    return ([i for i from 0 <= i < n], [i for i from 0 < i <= n], [i for i from 0 < i < n],
            [i for i from 0 <= i <= n by 2])

def descending(int n):
    cdef int i
    return ([i for i from n > i >= 0], [i for i from n >= i > 0], [i for i from n >= i >= 0 by 3],
            {i for i from n > i > 0})

def mixed(int n):
    cdef int i
    return [i * 2 for i from 0 <= i < n if i != 1], sum(i for i from 0 <= i < n by 2), {i: i * i for i from 0 <= i < 3}

print(ascending(5))
print(descending(7))
print(mixed(6))
print(ascending(0), descending(0))
