def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed by break", i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def return_in_except_with_finally():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    finally:
        print("finally runs")
print(return_in_except_with_finally())
def nested_finally_order():
    log = []
    try:
        try:
            log.append(1)
            return log
        finally:
            log.append(2)
    finally:
        log.append(3)
print(nested_finally_order())
