# More of pyxc's cpython/ declarations (dict, list, tuple, exc, float,
# long, unicode, object, weakref, mem), against Cython's.
from cpython.object cimport PyObject, PyTypeObject, Py_TYPE, PyObject_CallMethod, PyObject_LengthHint
from cpython.dict cimport PyDict_Next, PyDict_Merge, PyDict_SetDefault, PyDict_GetItemRef, PyDictProxy_New
from cpython.list cimport PyList_SetSlice
from cpython.tuple cimport PyTuple_Pack
from cpython.exc cimport PyErr_Fetch, PyErr_Restore, PyErr_SetString
from cpython.float cimport PyFloat_Pack8, PyFloat_Unpack8, PyFloat_Pack4, PyFloat_Unpack4
from cpython.long cimport (PyLong_AsUnsignedLongLongMask, PyLong_AsLongLongAndOverflow, PyLong_FromVoidPtr,
                           PyLong_AsVoidPtr)
from cpython.unicode cimport (PyUnicode_KIND, PyUnicode_READ_CHAR, PyUnicode_Substring, PyUnicode_Split,
                              PyUnicode_Count, PyUnicode_FindChar, PyUnicode_Tailmatch, Py_UNICODE_ISALPHA,
                              Py_UNICODE_TOUPPER, PyUnicode_FromFormat, PyUnicode_Contains, PyUnicode_New,
                              PyUnicode_WriteChar)
from cpython.bytes cimport PyBytes_FromFormat, PyBytes_FromObject
from cpython.weakref cimport PyWeakref_NewRef, PyWeakref_GetRef
from cpython.mem cimport PyObject_Malloc, PyObject_Free
from cpython.ref cimport Py_XDECREF

class Target:
    pass

def objects():
    cdef PyTypeObject *t = Py_TYPE([])
    print(t.tp_name, t.tp_basicsize > 0, (<PyObject *>t).ob_type == Py_TYPE(list))
    print(PyObject_CallMethod("a-b", "split", "s", b"-"), PyObject_LengthHint(iter(range(4)), 9))

def dicts():
    cdef Py_ssize_t pos = 0
    cdef PyObject *key
    cdef PyObject *value
    d = {"a": 1, "b": 2}
    while PyDict_Next(d, &pos, &key, &value):
        print(<object>key, <object>value)
    PyDict_Merge(d, {"b": 20, "c": 3}, 0)
    print(d, <object>PyDict_SetDefault(d, "z", 26), d["z"])
    cdef PyObject *found = NULL
    print(PyDict_GetItemRef(d, "a", &found), <object>found)
    Py_XDECREF(found)
    print(PyDict_GetItemRef(d, "nope", &found), found == NULL)
    print(PyDictProxy_New(d)["c"])

def lists():
    items = [1, 2, 3, 4]
    PyList_SetSlice(items, 1, 3, ["x"])
    cdef object first = "p", second = 7
    print(items, PyTuple_Pack(2, <PyObject *>first, <PyObject *>second))

def errors():
    cdef PyObject *kind
    cdef PyObject *value
    cdef PyObject *tb
    try:
        raise KeyError("k")
    except KeyError:
        pass
    PyErr_SetString(ValueError, b"fetched")
    PyErr_Fetch(&kind, &value, &tb)
    print(<object>kind, <object>value)
    Py_XDECREF(kind)
    Py_XDECREF(value)
    Py_XDECREF(tb)

def numbers():
    cdef unsigned char buf[8]
    PyFloat_Pack8(2.5, buf, 1)
    print([buf[i] for i in range(8)], PyFloat_Unpack8(buf, 1))
    PyFloat_Pack4(0.15625, buf, 0)
    print(PyFloat_Unpack4(buf, 0))
    cdef int overflow = 0
    print(PyLong_AsUnsignedLongLongMask(-1), PyLong_AsLongLongAndOverflow(2 ** 70, &overflow), overflow)
    cdef int x = 5
    print(<long>PyLong_AsVoidPtr(PyLong_FromVoidPtr(<void *>1234)))

def strings():
    s = "héllo wörld"
    print(PyUnicode_KIND(s), PyUnicode_READ_CHAR(s, 1), PyUnicode_Substring(s, 0, 5), PyUnicode_Split(s, " ", -1))
    print(PyUnicode_Count(s, "l", 0, len(s)), PyUnicode_FindChar(s, ord("w"), 0, len(s), 1),
          PyUnicode_Tailmatch(s, "wörld", 0, len(s), 1), PyUnicode_Contains(s, "ö"))
    print(Py_UNICODE_ISALPHA(ord("é")), Py_UNICODE_ISALPHA(ord("1")), Py_UNICODE_TOUPPER(ord("ö")))
    print(PyUnicode_FromFormat("%s=%d", b"n", 42), PyBytes_FromFormat("%s-%d", b"b", 7), PyBytes_FromObject(bytearray(b"ba")))
    fresh = PyUnicode_New(3, 127)
    for i in range(3):
        PyUnicode_WriteChar(fresh, i, ord("a") + i)
    print(fresh)

def weak_and_memory():
    t = Target()
    r = PyWeakref_NewRef(t, None)
    cdef PyObject *obj = NULL
    print(PyWeakref_GetRef(r, &obj), <object>obj is t)
    Py_XDECREF(obj)
    del t
    print(PyWeakref_GetRef(r, &obj), obj == NULL)
    cdef int *block = <int *>PyObject_Malloc(4 * sizeof(int))
    block[3] = 9
    print(block[3])
    PyObject_Free(block)

objects()
dicts()
lists()
errors()
numbers()
strings()
weak_and_memory()
