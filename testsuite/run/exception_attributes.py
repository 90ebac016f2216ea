import traceback, sys
def fail():
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(frame.name, frame.lineno) for frame in tb])
    print(type(e).__name__, e.args, e.__traceback__ is not None)
try:
    try:
        fail()
    except ValueError as inner:
        raise KeyError("outer") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
e = RuntimeError("with notes")
e.add_note("note one")
print(e.__notes__)
err = OSError(2, "No such file")
print(err.errno, err.strerror, isinstance(err, FileNotFoundError))
try:
    open("/definitely/not/here")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
