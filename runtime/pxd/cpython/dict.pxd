# dict objects in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    dict PyDict_New()
    bint PyDict_Check(object o)
    bint PyDict_CheckExact(object o)
    void PyDict_Clear(object d)
    int PyDict_Contains(object d, object key) except -1
    dict PyDict_Copy(object d)
    int PyDict_SetItem(object d, object key, object value) except -1
    int PyDict_SetItemString(object d, const char *key, object value) except -1
    int PyDict_DelItem(object d, object key) except -1
    int PyDict_DelItemString(object d, const char *key) except -1
    PyObject *PyDict_GetItem(object d, object key)
    PyObject *PyDict_GetItemString(object d, const char *key)
    PyObject *PyDict_GetItemWithError(object d, object key) except? NULL
    list PyDict_Items(object d)
    list PyDict_Keys(object d)
    list PyDict_Values(object d)
    Py_ssize_t PyDict_Size(object d) except -1
    int PyDict_Update(object a, object b) except -1

cdef extern from *:
    """
    // The reference-returning lookups of Python 3.13, on the Pythons before it.
    #if PY_VERSION_HEX < 0x030D0000
    static inline int pyxc_PyDict_GetItemRef(PyObject *d, PyObject *key, PyObject **result) {
      *result = PyDict_GetItemWithError(d, key);
      if (*result) {
        Py_INCREF(*result);
        return 1;
      }
      return PyErr_Occurred() ? -1 : 0;
    }
    static inline int pyxc_PyDict_GetItemStringRef(PyObject *d, const char *key, PyObject **result) {
      PyObject *k = PyUnicode_FromString(key);
      if (!k) {
        *result = NULL;
        return -1;
      }
      int found = pyxc_PyDict_GetItemRef(d, k, result);
      Py_DECREF(k);
      return found;
    }
    static inline int pyxc_PyDict_SetDefaultRef(PyObject *d, PyObject *key, PyObject *value, PyObject **result) {
      PyObject *item = PyDict_SetDefault(d, key, value);
      if (!item) {
        if (result)
          *result = NULL;
        return -1;
      }
      int had = item != value;
      if (result)
        *result = Py_NewRef(item);
      return had;
    }
    #else
    #define pyxc_PyDict_GetItemRef PyDict_GetItemRef
    #define pyxc_PyDict_GetItemStringRef PyDict_GetItemStringRef
    #define pyxc_PyDict_SetDefaultRef PyDict_SetDefaultRef
    #endif
    """

cdef extern from "Python.h":
    # A read-only view of a mapping (types.MappingProxyType).
    object PyDictProxy_New(object mapping)
    # Iterates: *ppos starts at 0; borrowed key and value; 0 at the end.
    int PyDict_Next(object d, Py_ssize_t *ppos, PyObject **pkey, PyObject **pvalue)
    # a.update(b) (override: replace existing keys), and from (key, value) pairs.
    int PyDict_Merge(object a, object b, int override) except -1
    int PyDict_MergeFromSeq2(object a, object seq2, int override) except -1
    # d.setdefault(key, default): borrowed.
    PyObject *PyDict_SetDefault(object d, object key, object default) except NULL

    # Python 3.13's lookups giving a new reference in *result: 1 found, 0
    # not (*result NULL), -1 error; available here on every Python.
    int PyDict_GetItemRef "pyxc_PyDict_GetItemRef" (object d, object key, PyObject **result) except -1
    int PyDict_GetItemStringRef "pyxc_PyDict_GetItemStringRef" (object d, const char *key,
                                                                PyObject **result) except -1
    # setdefault with a new reference: 1 the key was there, 0 it was set.
    int PyDict_SetDefaultRef "pyxc_PyDict_SetDefaultRef" (object d, object key, object default_value,
                                                          PyObject **result) except -1
