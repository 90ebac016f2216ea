class AppError(Exception):
    pass
class NetError(AppError):
    def __str__(self):
        return "network: " + super().__str__()
class Timeout(NetError):
    pass
for exc in (AppError("a"), NetError("n"), Timeout("t"), KeyError("k"), LookupError("l")):
    try:
        raise exc
    except Timeout as e:
        print("Timeout", e)
    except NetError as e:
        print("NetError", e)
    except AppError as e:
        print("AppError", e)
    except LookupError as e:
        print("LookupError", type(e).__name__, e)
print(issubclass(Timeout, AppError), Timeout.__mro__[1].__name__, isinstance(Timeout(), Exception))
e = ValueError("a", 1)
print(e.args, str(e), repr(e), repr(ValueError()))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise StopIteration("value")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    try:
        raise AppError("x")
    except (KeyError, AppError) as e:
        raise
except AppError as e:
    print("re-raised", e)
