# Sentinel objects in CPython's C API (Python 3.15 and later): unique named
# markers, as the `sentinel` builtin makes them.

cdef extern from "Python.h":
    # Exactly a sentinel (the type cannot be subclassed).
    bint PySentinel_Check(object o)
    # A new sentinel whose repr is `name`, made in the module `module_name`.
    object PySentinel_New(const char *name, const char *module_name)
