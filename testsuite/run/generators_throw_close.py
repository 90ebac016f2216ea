# throw(), close(), GeneratorExit and finally blocks, PEP 479.
def guarded(log):
    try:
        log.append("start")
        yield 1
        yield 2
    except GeneratorExit:
        log.append("exit")
        raise
    finally:
        log.append("finally")


log = []
g = guarded(log)
print(next(g))
print(g.close(), log)
print(g.close())
log = []
g = guarded(log)
g.close()
print("unstarted close", log)


def catcher():
    caught = []
    while True:
        try:
            x = yield caught
        except ValueError as e:
            caught.append(str(e))
        except KeyError:
            return "key"


c = catcher()
next(c)
print(c.throw(ValueError("one")))
print(c.throw(ValueError, "two"))
print(c.throw(ValueError, ValueError("three")))
try:
    c.throw(KeyError)
except StopIteration as e:
    print("stopped with", e.value)
try:
    c.throw(IndexError("after end"))
except IndexError as e:
    print("IndexError:", e)


def simple():
    yield 1


s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(s))
try:
    simple().throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    simple().throw(ValueError("x"), 1)
except TypeError as e:
    print("TypeError:", e)


def ignores_exit():
    try:
        yield
    except GeneratorExit:
        pass
    yield "ignored"


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g, "ran to the end"))


def raises_stop():
    yield 1
    raise StopIteration("inner")


try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def next_on_empty():
    yield next(iter([]))


try:
    next(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)


def error_inside():
    yield 1
    {}["missing"]


g = error_inside()
next(g)
try:
    next(g)
except KeyError as e:
    print("KeyError:", e)
print(next(g, "done after error"))


def handled_state():
    try:
        raise ValueError("in generator")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]


import sys
h = handled_state()
print(repr(next(h)))
print(repr(sys.exc_info()[1]))
try:
    raise KeyError("outside")
except KeyError:
    print(repr(next(h)))
    print(repr(sys.exc_info()[1]))


def finalized(log):
    try:
        yield 1
    finally:
        log.append("finalized")


log = []
g = finalized(log)
next(g)
del g
print(log)
