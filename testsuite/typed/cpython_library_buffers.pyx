# pyxc's cpython/ declaration library: buffers, memoryviews, descriptors,
# files, frozendict, marshal and the inside of int, against Cython's
# declarations of the same C API.
cdef extern from "marshal.h":
    pass

from cpython.buffer cimport (PyObject_CheckBuffer, PyObject_GetBuffer, PyBuffer_Release, PyBUF_SIMPLE,
                             PyBUF_WRITABLE, PyBUF_ND, PyBuffer_IsContiguous, PyBuffer_SizeFromFormat,
                             PyBUF_MAX_NDIM)
from cpython.memoryview cimport (PyMemoryView_FromObject, PyMemoryView_FromMemory, PyMemoryView_Check,
                                 PyMemoryView_GET_BUFFER, PyMemoryView_GET_BASE)
from cpython.buffer cimport PyBUF_READ
from cpython.descr cimport wrapper_descriptor, PyDescr_IsData
from cpython.fileobject cimport PyFile_WriteString, PyFile_WriteObject, Py_PRINT_RAW
from cpython.frozendict cimport PyAnyDict_Check, PyFrozenDict_New, PyFrozenDict_NewEmpty
from cpython.longintrepr cimport py_long, _PyLong_New, PyLong_SHIFT, PyLong_BASE, PyLong_MASK, digit
from cpython.marshal cimport PyMarshal_WriteObjectToString, PyMarshal_ReadObjectFromString, Py_MARSHAL_VERSION
from cpython.object cimport PyObject
import io

def buffers():
    cdef Py_buffer view
    data = bytearray(b"abcdef")
    print(PyObject_CheckBuffer(data), PyObject_CheckBuffer(3), PyBUF_MAX_NDIM >= 64)
    PyObject_GetBuffer(data, &view, PyBUF_SIMPLE | PyBUF_WRITABLE)
    print(view.len, view.readonly, (<char *>view.buf)[:3], PyBuffer_IsContiguous(&view, b'C'))
    PyBuffer_Release(&view)
    try:
        PyObject_GetBuffer(b"ro", &view, PyBUF_WRITABLE)
    except BufferError as e:
        print("BufferError", e)
    print(PyBuffer_SizeFromFormat(b"d"), PyBuffer_SizeFromFormat(b"3i"))

def memoryviews():
    cdef char *text = b"wxyz"
    m = PyMemoryView_FromObject(b"hello")
    print(PyMemoryView_Check(m), PyMemoryView_Check(b"x"), bytes(m[1:3]))
    print(PyMemoryView_GET_BUFFER(m).len, <object>PyMemoryView_GET_BASE(m))
    v = PyMemoryView_FromMemory(text, 4, PyBUF_READ)
    print(bytes(v), v.readonly)

def descriptors():
    cdef wrapper_descriptor d = object.__init__
    print(d.d_base.name, PyDescr_IsData(d), PyDescr_IsData(int.real))
    try:
        other = "text"
        d = other
    except TypeError as e:
        print("TypeError", e)

def files():
    out = io.StringIO()
    PyFile_WriteString(b"written ", out)
    PyFile_WriteObject("text", out, Py_PRINT_RAW)
    PyFile_WriteObject("text", out, 0)
    print(out.getvalue())

def frozendicts():
    print(PyAnyDict_Check({}), PyAnyDict_Check([]), PyFrozenDict_NewEmpty())
    print(PyFrozenDict_New({1: 2}), PyFrozenDict_New([(3, 4)]))

def longs():
    cdef py_long n = _PyLong_New(2)
    n.ob_digit[0] = 5
    n.ob_digit[1] = 1
    print(n, n == 5 + (1 << PyLong_SHIFT), PyLong_BASE == PyLong_MASK + 1)
    cdef digit d = n.ob_digit[0]
    print(d)

def marshalled():
    data = PyMarshal_WriteObjectToString([1, "two", 3.0], Py_MARSHAL_VERSION)
    print(type(data).__name__, PyMarshal_ReadObjectFromString(data, len(data)))

buffers()
memoryviews()
descriptors()
files()
frozendicts()
longs()
marshalled()
