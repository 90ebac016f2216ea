# Names Cython gives a meaning of its own in compiled modules: __builtins__
# is the builtins module (not the module's __builtins__ global, a dict
# outside __main__), frozendict is dict before Python 3.15, Python 2's
# unicode and xrange are str and range (Cython 3.3 dropped `long`), and
# getattr3 is getattr with a default.
import sys

def use_builtins(f=__builtins__.abs):
    return f(-3), __builtins__.len("abc"), type(__builtins__).__name__

print(use_builtins(), frozendict(a=1) == {"a": 1} if sys.version_info < (3, 15) else True)
print(unicode(5), list(xrange(3)), getattr3(1, "missing", "default"))
