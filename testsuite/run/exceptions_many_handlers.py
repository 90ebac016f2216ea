def classify(action):
    try:
        action()
    except (ZeroDivisionError, OverflowError) as e:
        return "arith:" + type(e).__name__
    except LookupError as e:
        return "lookup:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
    except BaseException as e:
        return "base:" + type(e).__name__
    return "ok"
print([classify(a) for a in [lambda: 1 / 0, lambda: [][1], lambda: {}[1], lambda: int("x"),
                             lambda: exit(0), lambda: 10.0 ** 400]])
def handler_order():
    try:
        raise KeyError
    except Exception:
        return "Exception first"
    except KeyError:
        return "never"
print(handler_order())
try:
    try:
        raise ValueError("v")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e)
