# More of pyxc's cpython/ declaration library: cells, codecs, conversions,
# generators, iterators and pyport, against Cython's declarations.
from cpython.cellobject cimport PyCell_New, PyCell_Get, PyCell_Check, PyCell_Set
from cpython.codecs cimport PyCodec_KnownEncoding, PyCodec_Encode, PyCodec_Decode
from cpython.conversion cimport PyOS_snprintf, PyOS_stricmp, PyOS_double_to_string, PyOS_string_to_double
from cpython.genobject cimport PyGen_Check
from cpython.iterobject cimport PySeqIter_New, PyCallIter_New, PyCallIter_Check
from cpython.pyport cimport PY_SSIZE_T_MAX, PY_SSIZE_T_MIN
from cpython.mem cimport PyMem_Free
from cpython.object cimport PyObject

def run():
    cdef object value = "inside"
    c = PyCell_New(<PyObject *>value)
    print(PyCell_Check(c), PyCell_Check(3), PyCell_Get(c))
    cdef object other = 42
    PyCell_Set(c, <PyObject *>other)
    print(PyCell_Get(c))
    print(PyCodec_KnownEncoding(b"utf-8"), PyCodec_KnownEncoding(b"no-such-codec"))
    print(PyCodec_Encode("é", b"utf-8", b"strict"), PyCodec_Decode(b"\xc3\xa9", b"utf-8", NULL))
    cdef char buf[32]
    n = PyOS_snprintf(buf, sizeof(buf), b"%d-%s", 12, b"ab")
    print(n, buf)
    print(PyOS_stricmp(b"ABC", b"abc") == 0)
    cdef char *text = PyOS_double_to_string(2.5, b'r', 0, 0, NULL)
    print(text)
    PyMem_Free(text)
    print(PyOS_string_to_double(b"1.25", NULL, NULL))
    print(PyGen_Check((i for i in range(1))), PyGen_Check([]))
    print(list(PySeqIter_New("ab")), PyCallIter_Check(PyCallIter_New(iter([1, 2, 3]).__next__, 3)))
    print(PY_SSIZE_T_MAX > 0 > PY_SSIZE_T_MIN)

run()
