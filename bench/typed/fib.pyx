# Recursive fib as a cpdef function on C longs.
cpdef long fib(long n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run():
    return fib(30)
