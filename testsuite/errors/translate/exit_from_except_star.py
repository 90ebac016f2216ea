def f(items):
    for item in items:
        try:
            pass
        except* ValueError:
            for other in items:
                break
            continue
