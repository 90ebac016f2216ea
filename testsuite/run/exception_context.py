def chain():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
try:
    chain()
except TypeError as e:
    ctx = e.__context__
    print(type(e).__name__, type(ctx).__name__, type(ctx.__context__).__name__, ctx.__context__.__context__)
def context_in_finally():
    try:
        raise KeyError("k")
    finally:
        try:
            raise ValueError("v")
        except ValueError as inner:
            print("inner context:", type(inner.__context__).__name__)
try:
    context_in_finally()
except KeyError as e:
    print("outer still KeyError", e)
import sys
def handled_inside():
    try:
        raise IndexError("i")
    except IndexError:
        return sys.exc_info()[0].__name__
print(handled_inside(), sys.exc_info()[0])
