# The lowering's specialised C arithmetic (ir/c_operations.def) and its
# conversions to C types (ir/conversions.def), one of each kind.
cimport cython

cdef struct Point:
    int x
    int y

cdef double complex z = 1 + 2j

def arithmetic(int a, int b, double x, double y, unsigned int u):
    cdef long p = a ** 2              # integer-power
    cdef double q = x ** y            # float-power
    cdef int r = a // b + a % b       # floor-divide, modulo (Python's, checked)
    cdef double s = x / y             # divide (checked)
    cdef double complex w = z * z + z / z - z
    u += 1
    return p, q, r, s, w, u

@cython.cdivision(True)
def c_division(int a, int b, double x, double y):
    return a // b, a % b, x / y, x // y, x % y, z / z

@cython.overflowcheck(True)
def checked(int a, int b):
    return a + b, a - b, a * b

def conversions(bytes data, int[:] view):
    cdef char c = 'x'                 # char-literal
    cdef char[3] chars = b"abc"       # string-array
    cdef Point pt = {'x': 1, 'y': 2}  # dict-struct
    cdef const char *lit = b"lit"     # c-string
    cdef const char *buf = data       # char-buffer
    cdef int[3] arr = [1, 2, 3]
    cdef int[:] v = arr               # array-view
    cdef const int[:] cv = view       # view
    cdef bint t = c                   # to-bint
    cdef long n = c                   # numeric
    cdef void *vp = &n                # pointer
    return c, chars[0], pt.x + pt.y, lit[0], buf[0], v[0], cv[0], t, n, vp != NULL
