"""A stand-in for the `cython` module, for pure-Python-mode code run by
CPython when Cython itself is not installed.

pyxc compiles `import cython` code to typed C; run uncompiled, the same file
imports this module, whose names keep Python's semantics: types convert as
Python's int/float/bool do, declarations return their value, directive
decorators and context managers do nothing, `compiled` is False.
Put this folder on sys.path after site-packages (pyxc's package does), so a
real Cython wins when one is installed.
"""
import builtins as _builtins

compiled = False
__version__ = "3.3.0-pyxc-shim"


class _Type:
    """A C type named in pure-Python mode: calling it converts as Python would."""

    def __init__(self, name, convert):
        self.name, self._convert = name, convert

    def __call__(self, *args):
        return self._convert(*args) if args else self._convert()

    def __getitem__(self, index):  # cython.double[:] and friends
        return _Type(f"{self.name}[]", lambda x: x)

    def __repr__(self):
        return self.name


def _int(x=0):
    return _builtins.int(x)


def _float(x=0.0):
    return _builtins.float(x)


def _bint(x=False):
    return _builtins.bool(x)


_INTS = ["char", "schar", "uchar", "short", "sshort", "ushort", "int", "sint", "uint", "long", "slong",
         "ulong", "longlong", "slonglong", "ulonglong", "Py_ssize_t", "size_t", "Py_hash_t", "ssize_t",
         "Py_UCS4", "Py_UNICODE"]
_FLOATS = ["float", "double", "longdouble"]

for _name in _INTS:
    globals()[_name] = _Type(_name, _int)
for _name in _FLOATS:
    globals()[_name] = _Type(_name, _float)
for _name in ("floatcomplex", "doublecomplex", "longdoublecomplex"):
    globals()[_name] = _Type(_name, _builtins.complex)
bint = _Type("bint", _bint)
void = _Type("void", lambda *a: None)
object = _builtins.object
NULL = None
for _name in _INTS + _FLOATS + ["floatcomplex", "doublecomplex", "longdoublecomplex", "bint", "void"]:
    for _prefix in ("p_", "pp_"):
        globals()[_prefix + _name] = _Type(_prefix + _name, lambda x=None: x)


def pointer(t):
    return _Type(f"{t!r} *", lambda x=None: x)


def declare(t=None, value=None, **kwargs):
    """`x = cython.declare(cython.int, 5)`: the value (or the type's zero)."""
    if value is not None:
        return t(value) if isinstance(t, _Type) else value
    return t() if isinstance(t, _Type) else None


def cast(t, value, typecheck=False):
    return t(value) if isinstance(t, _Type) else value


def typeof(value):
    return type(value).__name__


def sizeof(value):
    return 8


def address(value):
    return value


class _Directive:
    """Decorators and context managers that only matter to the compiler:
    `@cython.boundscheck(False)`, `with cython.nogil:`, `@cython.cfunc`."""

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and callable(args[0]) and not isinstance(args[0], _Type) and not kwargs:
            return args[0]  # used as a bare decorator
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


_directive = _Directive()
for _name in ["boundscheck", "wraparound", "cdivision", "initializedcheck", "nonecheck", "overflowcheck",
              "infer_types", "embedsignature", "binding", "profile", "linetrace", "always_allow_keywords",
              "cfunc", "ccall", "inline", "final", "cclass", "locals", "returns", "exceptval", "nogil", "gil",
              "with_gil", "critical_section", "cdivision_warnings", "annotation_typing", "ufunc", "freelist",
              "internal", "no_gc", "no_gc_clear", "auto_pickle", "test_assert_path_exists",
              "test_fail_if_path_exists", "optimize", "warn", "c_api_binop_methods", "type_version_tag",
              "unraisable_tracebacks", "iterable_coroutine", "fast_getattr", "collection_type"]:
    globals()[_name] = _directive
