# array.array for C code: typed access to an array's items through the
# `data` union (a.data.as_doubles[i]), its item type (a.ob_descr), and fast
# creation, copying and growth (clone, copy, extend, resize, zero).
#
#     from cpython cimport array
#     cdef array.array a = array.array('d', [1.0, 2.0])
#     a.data.as_doubles[0] += 1.5
#     cdef array.array b = array.clone(a, 100, zero=True)
#
# The array module keeps its object layout private: pyxc's header mirrors
# the layout CPython's arraymodule.c has had from 3.9 on (checked against
# sizeof when the module imports array.array).
from libc.string cimport memset, memcpy
from cpython.object cimport Py_SIZE, Py_TYPE, PyTypeObject
from cpython.exc cimport PyErr_BadArgument

cdef extern from *:
    """
    // The item type of an array (CPython's struct arraydescr).
    struct pyxc_arrayobject;
    typedef struct pyxc_arraydescr {
      char typecode;
      int itemsize;
      // CPython's take struct arrayobject *: the same pointer, as the
      // declarations below (GETF, SETF) call them with the array object.
      PyObject *(*getitem)(PyObject *, Py_ssize_t);
      int (*setitem)(PyObject *, Py_ssize_t, PyObject *);
      int (*compareitems)(const void *, const void *, Py_ssize_t);
      const char *formats;
      int is_integer_type;
      int is_signed;
    } pyxc_arraydescr;

    // The items, as each C type may read them.
    typedef union pyxc_array_data {
      char *as_chars;
      signed char *as_schars;
      unsigned char *as_uchars;
      short *as_shorts;
      unsigned short *as_ushorts;
      int *as_ints;
      unsigned int *as_uints;
      long *as_longs;
      unsigned long *as_ulongs;
      long long *as_longlongs;
      unsigned long long *as_ulonglongs;
      float *as_floats;
      double *as_doubles;
      Py_UNICODE *as_pyunicodes;
      void *as_voidptr;
    } pyxc_array_data;

    // An array.array (CPython's struct arrayobject: ob_item is `data`).
    typedef struct pyxc_arrayobject {
      PyObject_VAR_HEAD
      pyxc_array_data data;
      Py_ssize_t allocated;
      pyxc_arraydescr *ob_descr;
      PyObject *weakreflist;
      Py_ssize_t ob_exports; // buffers exported: the items may not move
    } pyxc_arrayobject;

    // A new array of `size` items of `descr`'s type (not initialised).
    static PyObject *pyxc_newarrayobject(PyTypeObject *type, Py_ssize_t size, pyxc_arraydescr *descr) {
      if (size < 0) {
        PyErr_BadArgument();
        return NULL;
      }
      if ((size_t)size > PY_SSIZE_T_MAX / (size_t)descr->itemsize)
        return PyErr_NoMemory();
      pyxc_arrayobject *op = (pyxc_arrayobject *)type->tp_alloc(type, 0);
      if (!op)
        return NULL;
      op->ob_descr = descr;
      op->allocated = size;
      op->weakreflist = NULL;
      op->ob_exports = 0;
      Py_SET_SIZE(op, size);
      op->data.as_chars = NULL;
      if (size) {
        op->data.as_chars = (char *)PyMem_Malloc((size_t)size * (size_t)descr->itemsize);
        if (!op->data.as_chars) {
          Py_DECREF(op);
          return PyErr_NoMemory();
        }
      }
      return (PyObject *)op;
    }

    // Room for exactly n items (their values kept up to n); not while a
    // buffer of the array is exported.
    static int pyxc_array_resize(pyxc_arrayobject *a, Py_ssize_t n) {
      if (a->ob_exports > 0 && n != Py_SIZE(a)) {
        PyErr_SetString(PyExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
      }
      char *items = a->data.as_chars;
      size_t bytes = (size_t)n * (size_t)a->ob_descr->itemsize;
      items = (char *)PyMem_Realloc(items, bytes ? bytes : 1);
      if (!items) {
        PyErr_NoMemory();
        return -1;
      }
      a->data.as_chars = items;
      Py_SET_SIZE(a, n);
      a->allocated = n;
      return 0;
    }

    // n items, growing the room by about an eighth more than asked (as
    // list.append grows), so that repeated extends stay amortised O(1).
    static int pyxc_array_resize_smart(pyxc_arrayobject *a, Py_ssize_t n) {
      if (n <= a->allocated && n >= a->allocated / 2) {
        Py_SET_SIZE(a, n);
        return 0;
      }
      Py_ssize_t room = n + (n >> 3) + (n < 9 ? 3 : 6);
      Py_ssize_t size = n;
      if (pyxc_array_resize(a, room) < 0)
        return -1;
      Py_SET_SIZE(a, size);
      return 0;
    }
    """
    ctypedef union pyxc_array_data:
        char *as_chars
        signed char *as_schars
        unsigned char *as_uchars
        short *as_shorts
        unsigned short *as_ushorts
        int *as_ints
        unsigned int *as_uints
        long *as_longs
        unsigned long *as_ulongs
        long long *as_longlongs
        unsigned long long *as_ulonglongs
        float *as_floats
        double *as_doubles
        Py_UNICODE *as_pyunicodes
        void *as_voidptr

    ctypedef union __data_union "pyxc_array_data":   # Cython's name for the union
        pass

    # An item as an object (a new reference), and an item stored (0, or -1
    # with an exception set; Cython's declaration says object).
    ctypedef object GETF(array a, Py_ssize_t ix)
    ctypedef int SETF(array a, Py_ssize_t ix, object o) except -1

    ctypedef struct arraydescr "pyxc_arraydescr":
        char typecode             # 'd', 'i', 'B', ...
        int itemsize
        GETF getitem
        SETF setitem

    ctypedef class array.array [object pyxc_arrayobject]:
        cdef Py_ssize_t ob_size "ob_base.ob_size"  # the item count (Py_SIZE)
        cdef pyxc_array_data data                  # the items
        cdef arraydescr *ob_descr                  # their type

    array newarrayobject "pyxc_newarrayobject" (PyTypeObject *type, Py_ssize_t size, arraydescr *descr)
    # The item count n, with room for exactly n (resize) or for some more
    # (resize_smart, for repeated growth). BufferError while a buffer of the
    # array is exported.
    int resize "pyxc_array_resize" (array self, Py_ssize_t n) except -1
    int resize_smart "pyxc_array_resize_smart" (array self, Py_ssize_t n) except -1


# A new array of the template's type and item type, `length` items long,
# zero-filled if `zero`.
cdef inline array clone(array template, Py_ssize_t length, bint zero):
    cdef arraydescr *descr = template.ob_descr
    cdef array op = newarrayobject(Py_TYPE(template), length, descr)
    if zero and op is not None:
        memset(op.data.as_chars, 0, <size_t>length * descr.itemsize)
    return op

# A copy of an array.
cdef inline array copy(array self):
    cdef Py_ssize_t length = Py_SIZE(self)
    cdef arraydescr *descr = self.ob_descr
    cdef array op = newarrayobject(Py_TYPE(self), length, descr)
    memcpy(op.data.as_chars, self.data.as_chars, <size_t>length * descr.itemsize)
    return op

# Appends n items of the array's type from `stuff` (n items, not bytes).
cdef inline int extend_buffer(array self, char *stuff, Py_ssize_t n) except -1:
    cdef Py_ssize_t itemsize = self.ob_descr.itemsize
    cdef Py_ssize_t origsize = Py_SIZE(self)
    resize_smart(self, origsize + n)
    memcpy(self.data.as_chars + <size_t>origsize * itemsize, stuff, <size_t>n * itemsize)
    return 0

# Appends another array's items (of the same item type, else TypeError).
cdef inline int extend(array self, array other) except -1:
    if self.ob_descr.typecode != other.ob_descr.typecode:
        PyErr_BadArgument()
    return extend_buffer(self, other.data.as_chars, Py_SIZE(other))

# Sets every item to zero.
cdef inline void zero(array self) noexcept:
    memset(self.data.as_chars, 0, <size_t>Py_SIZE(self) * self.ob_descr.itemsize)
