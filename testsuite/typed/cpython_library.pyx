# pyxc's cpython/ declaration library (runtime/pxd/cpython, relative cimports
# between its modules): a function or two of each module, against Cython's
# own declarations of the same C API.
from cpython.bool cimport PyBool_Check, PyBool_FromLong
from cpython.bytearray cimport PyByteArray_FromStringAndSize, PyByteArray_GET_SIZE
from cpython.complex cimport PyComplex_FromDoubles, PyComplex_RealAsDouble, Py_complex
from cpython.iterator cimport PyIter_Check
from cpython.mapping cimport PyMapping_Check, PyMapping_Keys
from cpython.number cimport PyNumber_Add, PyIndex_Check, PyNumber_Index
from cpython.sequence cimport PySequence_Check, PySequence_Tuple, PySequence_GetItem
from cpython.set cimport PySet_New, PySet_Add, PySet_Contains
from cpython.slice cimport PySlice_New, PySlice_Check
from cpython.type cimport PyType_Check
from cpython.weakref cimport PyWeakref_NewRef, PyWeakref_Check
from cpython.method cimport PyMethod_Check
from cpython.function cimport PyFunction_Check
from cpython.module cimport PyModule_Check, PyImport_ImportModule
from cpython.pystate cimport PyGILState_Ensure, PyGILState_Release, PyGILState_STATE
from cpython.pythread cimport PyThread_allocate_lock, PyThread_free_lock, PyThread_acquire_lock, PyThread_release_lock, PyThread_type_lock, WAIT_LOCK
from cpython.pylifecycle cimport Py_IsInitialized
from cpython.getargs cimport PyArg_ParseTuple
cimport cpython

class K:
    def m(self):
        pass

def run():
    cdef PyThread_type_lock lock = PyThread_allocate_lock()
    acquired = PyThread_acquire_lock(lock, WAIT_LOCK)
    PyThread_release_lock(lock)
    PyThread_free_lock(lock)
    cdef PyGILState_STATE st = PyGILState_Ensure()
    PyGILState_Release(st)
    s = PySet_New([1, 2])
    PySet_Add(s, 3)
    cdef int a = 0, b = 0
    ok = PyArg_ParseTuple((4, 5), "ii", &a, &b)
    return (PyBool_Check(True), PyBool_FromLong(0), PyByteArray_GET_SIZE(PyByteArray_FromStringAndSize(b"abc", 3)),
            PyComplex_RealAsDouble(PyComplex_FromDoubles(1.5, 2.0)), PyIter_Check(iter([])), PyMapping_Check({}),
            sorted(PyMapping_Keys({"b": 1, "a": 2})), PyNumber_Add(2, 3), PyIndex_Check(3), PySequence_Tuple([1, 2]),
            PySequence_GetItem("xyz", 1), PySet_Contains(s, 3), PySlice_Check(PySlice_New(1, 5, None)),
            PyType_Check(int), PyWeakref_Check(PyWeakref_NewRef(K, None)), PyMethod_Check(K().m),
            PyFunction_Check(run), PyModule_Check(PyImport_ImportModule("math")),
            Py_IsInitialized(), acquired, ok, a, b)

print(run())
