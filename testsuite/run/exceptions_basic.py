class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise MyError("custom", 42)
    if n == 2:
        return {}["k"]
    return n
for n in range(4):
    try:
        r = risky(n)
    except ValueError as e:
        print("ValueError", e)
    except MyError as e:
        print("MyError", e, e.code)
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    else:
        print("no error", r)
    finally:
        print("finally", n)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, type(e.__context__).__name__)
try:
    raise TypeError
except TypeError as e:
    print("bare class raised:", repr(e))
def reraiser():
    try:
        raise IndexError("again")
    except IndexError:
        print("handling")
        raise
try:
    reraiser()
except IndexError as e:
    print("re-raised", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
e = "still here"
try:
    raise ValueError()
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
import sys
try:
    raise KeyError("x")
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
