# include "file.pxi": the included statements run as if written here; what
# they define (cdef functions, constants, Python functions, classes) is the
# module's, and tracebacks name the included file.
include "include_files_helpers.pxi"

def use():
    return twice(21), GREETING, Shape().sides()

print(use())
try:
    fails()
except ValueError as e:
    import traceback
    frame = traceback.extract_tb(e.__traceback__)[-1]
    print(type(e).__name__, e, frame.name, frame.lineno)
