# frozendict in CPython's C API (Python 3.15 and later). On the Pythons
# before it, as under Cython 3.3, a frozendict is a dict: the checks are
# dict's and the constructors make (copies into) dicts.

cdef extern from *:
    """
    #if PY_VERSION_HEX >= 0x030F00A6 || (defined(PyFrozenDict_Check) && defined(PyAnyDict_Check))
    #define pyxc_PyAnyDict_Check(o) PyAnyDict_Check(o)
    #define pyxc_PyAnyDict_CheckExact(o) PyAnyDict_CheckExact(o)
    #define pyxc_PyFrozenDict_Check(o) PyFrozenDict_Check(o)
    #define pyxc_PyFrozenDict_CheckExact(o) PyFrozenDict_CheckExact(o)
    #define pyxc_PyFrozenDict_New(it) PyFrozenDict_New(it)
    #else
    #define pyxc_PyAnyDict_Check(o) PyDict_Check(o)
    #define pyxc_PyAnyDict_CheckExact(o) PyDict_CheckExact(o)
    #define pyxc_PyFrozenDict_Check(o) PyDict_Check(o)
    #define pyxc_PyFrozenDict_CheckExact(o) PyDict_CheckExact(o)
    // A new dict of `iterable`'s items: a dict's, or key-value pairs (what
    // `d |= iterable` takes); empty for NULL.
    static inline PyObject *pyxc_PyFrozenDict_New(PyObject *iterable) {
      if (!iterable)
        return PyDict_New();
      if (PyDict_Check(iterable))
        return PyDict_Copy(iterable);
      PyObject *d = PyDict_New();
      if (!d)
        return NULL;
      PyObject *merged = PyNumber_InPlaceOr(d, iterable);
      Py_DECREF(d);
      return merged;
    }
    #endif
    #define pyxc_PyFrozenDict_NewEmpty() pyxc_PyFrozenDict_New(NULL)
    """
    # A dict or a frozendict (or an instance of a subclass of either).
    bint PyAnyDict_Check "pyxc_PyAnyDict_Check" (object p) noexcept
    bint PyAnyDict_CheckExact "pyxc_PyAnyDict_CheckExact" (object p) noexcept
    bint PyFrozenDict_Check "pyxc_PyFrozenDict_Check" (object p) noexcept
    bint PyFrozenDict_CheckExact "pyxc_PyFrozenDict_CheckExact" (object p) noexcept
    # A new frozendict of an iterable's items (a mapping or key-value pairs).
    frozendict PyFrozenDict_New "pyxc_PyFrozenDict_New" (object iterable)
    frozendict PyFrozenDict_NewEmpty "pyxc_PyFrozenDict_NewEmpty" ()
