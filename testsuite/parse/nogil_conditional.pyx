def f(bint release):
    with nogil(release):
        work()
