# list objects in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    list PyList_New(Py_ssize_t length)
    bint PyList_Check(object o)
    bint PyList_CheckExact(object o)
    Py_ssize_t PyList_Size(object list) except -1
    Py_ssize_t PyList_GET_SIZE(object list)
    PyObject *PyList_GetItem(object list, Py_ssize_t index) except NULL
    PyObject *PyList_GET_ITEM(object list, Py_ssize_t index)
    int PyList_Append(object list, object item) except -1
    int PyList_Insert(object list, Py_ssize_t index, object item) except -1
    int PyList_Sort(object list) except -1
    int PyList_Reverse(object list) except -1
    list PyList_GetSlice(object list, Py_ssize_t low, Py_ssize_t high)
    tuple PyList_AsTuple(object list)

cdef extern from *:
    """
    // Python 3.13's list functions, on the Pythons before it.
    #if PY_VERSION_HEX < 0x030D0000
    static inline int pyxc_PyList_Extend(PyObject *list, PyObject *iterable) {
      return PyList_SetSlice(list, PY_SSIZE_T_MAX, PY_SSIZE_T_MAX, iterable);
    }
    static inline int pyxc_PyList_Clear(PyObject *list) {
      return PyList_SetSlice(list, 0, PY_SSIZE_T_MAX, NULL);
    }
    static inline PyObject *pyxc_PyList_GetItemRef(PyObject *list, Py_ssize_t i) {
      PyObject *item = PyList_GetItem(list, i);
      Py_XINCREF(item);
      return item;
    }
    #else
    #define pyxc_PyList_Extend PyList_Extend
    #define pyxc_PyList_Clear PyList_Clear
    #define pyxc_PyList_GetItemRef PyList_GetItemRef
    #endif
    """

cdef extern from "Python.h":
    # Stores item at i, stealing a reference to it (SetItem checks i and
    # releases the old item; SET_ITEM does neither: for filling a new list).
    int PyList_SetItem(object list, Py_ssize_t i, object item) except -1
    void PyList_SET_ITEM(object list, Py_ssize_t i, object item)
    # list[low:high] = itemlist (NULL deletes the slice).
    int PyList_SetSlice(object list, Py_ssize_t low, Py_ssize_t high, object itemlist) except -1
    # list.extend(iterable), list.clear() and list[i] as a new reference
    # (Python 3.13's, available here on every Python).
    int PyList_Extend "pyxc_PyList_Extend" (object list, object iterable) except -1
    int PyList_Clear "pyxc_PyList_Clear" (object list) except -1
    object PyList_GetItemRef "pyxc_PyList_GetItemRef" (object list, Py_ssize_t i)
