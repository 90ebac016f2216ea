def f():
    with nogil:
        work()
        with gil:
            report()
