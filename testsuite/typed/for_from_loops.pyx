# `for i from a <= i < b [by s]`, Cython's C loop: a C target is the
# counter itself (after the loop it holds the value that failed the test;
# the body may move it); an untyped target follows a C counter of the
# bounds' type, boxed each iteration and given the final value after the
# loop, as Cython compiles it. break, continue and else.

def c_target(int n):
    cdef int i
    seen = []
    for i from 0 <= i < n by 2:
        seen.append(i)
    return seen, i

def c_target_moved(int n):
    cdef int i
    seen = []
    for i from 0 <= i < n:
        seen.append(i)
        i += 2  # the loop goes on from here
    return seen, i

def c_target_break(int n):
    cdef long i
    for i from n > i >= 0:
        if i == 2:
            break
    else:
        return "no break", i
    return "break", i

def c_target_empty(int n):
    cdef int i = 7
    for i from 0 <= i < n:
        pass
    return i

def object_target(n):
    seen = []
    for i from 0 <= i < n:
        seen.append(i)
    return seen, i, type(i).__name__

def object_target_double(double a, double b):
    seen = []
    for x from a <= x < b:
        seen.append(x)
    return seen, x

def object_target_continue_else(int n):
    seen = []
    for i from n > i >= 0:
        if i == 2:
            continue
        seen.append(i)
    else:
        seen.append("else")
    return seen, i

def object_target_rebound(int n):
    seen = []
    for i from 0 <= i < n:
        seen.append(i)
        i = i + 3
    return seen, i

def object_target_break(int n):
    for i from 0 < i <= n by 3:
        if i > 4:
            break
    return i

total = 0
for k from 1 <= k <= 4:
    total += k

print(c_target(5), c_target_moved(9), c_target_break(5), c_target_break(1), c_target_empty(0))
print(object_target(3), object_target(0) if False else None)
print(object_target_double(0.5, 3), object_target_continue_else(4), object_target_rebound(10), object_target_break(20))
print(total, k)
