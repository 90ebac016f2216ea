# Weak references in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    bint PyWeakref_Check(object ob)
    bint PyWeakref_CheckRef(object ob)
    bint PyWeakref_CheckProxy(object ob)
    object PyWeakref_NewRef(object ob, object callback)
    object PyWeakref_NewProxy(object ob, object callback)
    # Borrowed: Py_None once the referent is gone.
    PyObject *PyWeakref_GetObject(object ref) except NULL
    PyObject *PyWeakref_GET_OBJECT(object ref)

cdef extern from *:
    """
    // Python 3.13's PyWeakref_GetRef on the Pythons before it.
    #if PY_VERSION_HEX < 0x030D0000
    static inline int pyxc_PyWeakref_GetRef(PyObject *ref, PyObject **pobj) {
      if (!PyWeakref_Check(ref)) {
        *pobj = NULL;
        PyErr_SetString(PyExc_TypeError, "expected a weakref");
        return -1;
      }
      PyObject *obj = PyWeakref_GetObject(ref);
      if (obj == Py_None) {
        *pobj = NULL;
        return 0;
      }
      *pobj = Py_NewRef(obj);
      return 1;
    }
    #else
    #define pyxc_PyWeakref_GetRef PyWeakref_GetRef
    #endif
    """
    # The referent as a new reference in *pobj: 1; 0 when it is dead
    # (*pobj NULL); -1 with TypeError when ref is no weak reference.
    bint PyWeakref_GetRef "pyxc_PyWeakref_GetRef" (object ref, PyObject **pobj)
