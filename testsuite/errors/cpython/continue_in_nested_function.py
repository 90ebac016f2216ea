def f():
    while True:
        def g():
            continue
        break
