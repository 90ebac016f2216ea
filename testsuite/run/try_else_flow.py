def attempt(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError
        if n == 2:
            return log + ["return"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for n in range(3):
    print(n, attempt(n))
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        except Exception:
            pass
        else:
            out.append("else%d" % i)
    return out
print(loop_control())
def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner handler")
            int("x")
    except ValueError as e:
        print("outer handler:", e)
nested_handlers()
