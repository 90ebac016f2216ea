def ret_in_finally():
    try:
        return "try"
    finally:
        print("cleanup")
print(ret_in_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
    finally:
        print("outer finally")
    return "done"
print(nested())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 2:
                return n
        finally:
            print("n =", n)
print(while_finally())
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exc_in_finally()
except TypeError as e:
    print(e, type(e.__context__).__name__)
