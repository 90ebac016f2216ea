# float objects in CPython's C API.
cdef extern from "Python.h":
    bint PyFloat_Check(object o)
    bint PyFloat_CheckExact(object o)
    object PyFloat_FromDouble(double v)
    object PyFloat_FromString(object s)
    double PyFloat_AsDouble(object o) except? -1.0
    double PyFloat_AS_DOUBLE(object o)
    double PyFloat_GetMax()
    double PyFloat_GetMin()

cdef extern from *:
    """
    // CPython's functions take char *; Cython's declarations unsigned char *.
    static inline int pyxc_PyFloat_Pack2(double x, unsigned char *p, int le) { return PyFloat_Pack2(x, (char *)p, le); }
    static inline int pyxc_PyFloat_Pack4(double x, unsigned char *p, int le) { return PyFloat_Pack4(x, (char *)p, le); }
    static inline int pyxc_PyFloat_Pack8(double x, unsigned char *p, int le) { return PyFloat_Pack8(x, (char *)p, le); }
    static inline double pyxc_PyFloat_Unpack2(const unsigned char *p, int le) { return PyFloat_Unpack2((const char *)p, le); }
    static inline double pyxc_PyFloat_Unpack4(const unsigned char *p, int le) { return PyFloat_Unpack4((const char *)p, le); }
    static inline double pyxc_PyFloat_Unpack8(const unsigned char *p, int le) { return PyFloat_Unpack8((const char *)p, le); }
    """
    # IEEE half, single and double precision bytes (le: little-endian).
    int PyFloat_Pack2 "pyxc_PyFloat_Pack2" (double x, unsigned char *p, int le) except -1
    int PyFloat_Pack4 "pyxc_PyFloat_Pack4" (double x, unsigned char *p, int le) except -1
    int PyFloat_Pack8 "pyxc_PyFloat_Pack8" (double x, unsigned char *p, int le) except -1
    double PyFloat_Unpack2 "pyxc_PyFloat_Unpack2" (const unsigned char *p, int le) except? -1.0
    double PyFloat_Unpack4 "pyxc_PyFloat_Unpack4" (const unsigned char *p, int le) except? -1.0
    double PyFloat_Unpack8 "pyxc_PyFloat_Unpack8" (const unsigned char *p, int le) except? -1.0
