// Typed memoryviews (`double[:, ::1] a`): a buffer acquired once through
// the buffer protocol, then indexed with plain pointer arithmetic. The
// checks and messages are Cython's.
#pragma once

#include "pyxc/compat.h"
#include "pyxc/ref.h"

#include <type_traits>

namespace pyxc {

// What a typed memoryview asks of a buffer.
struct BufferRequest {
  char kind;           // 'i' signed, 'u' unsigned, 'f' floating, 'b' bint
  Py_ssize_t itemsize;
  const char *typeName; // for messages: "double"
  int ndim;
  bool writable;
  bool contiguousLast; // `::1` on the last dimension
};

// Acquires `obj`'s buffer and checks it against the request. Returns the
// object that owns the acquisition (releasing it when it dies), or null
// with the exporter's error or Cython's ValueError set.
PyObject *acquireBuffer(PyObject *obj, const BufferRequest &request, char **data, Py_ssize_t *shape,
                        Py_ssize_t *strides);

// A Python memoryview over a C array of `ndim` dimensions (C order) whose
// items have the struct module's `format` ("i", "d"): the exporter of a
// typed memoryview of a C array (`cdef int[:] v = array`). The array must
// outlive it, as with Cython.
PyObject *memoryViewOfArray(void *data, const char *format, Py_ssize_t itemsize, int ndim, const Py_ssize_t *shape);

// The struct module's format character of a C number type.
template <class T> constexpr const char *bufferFormat() {
  if constexpr (std::is_floating_point_v<T>)
    return sizeof(T) == sizeof(float) ? "f" : sizeof(T) == sizeof(double) ? "d" : "g";
  else if constexpr (std::is_signed_v<T>)
    return sizeof(T) == 1 ? "b" : sizeof(T) == sizeof(short) ? "h" : sizeof(T) == sizeof(int) ? "i"
                                : sizeof(T) == sizeof(long) ? "l" : "q";
  else
    return sizeof(T) == 1 ? "B" : sizeof(T) == sizeof(short) ? "H" : sizeof(T) == sizeof(int) ? "I"
                                : sizeof(T) == sizeof(long) ? "L" : "Q";
}

// Cython's check of a value stored where its buffer syntax declares the
// type (`cdef np.ndarray[double, ndim=2] a = value`): None, or an object
// exporting a buffer of that many dimensions and that element type (the
// buffer is released again). Returns -1 with Cython's ValueError set.
int checkBuffer(PyObject *obj, const BufferRequest &request);

// Whether a buffer's struct `format` is one element of kind `kind` ('i'
// signed, 'u' unsigned, 'f' floating: pyxc::bufferKind) and `size` bytes.
bool bufferFormatIs(const char *format, char kind, Py_ssize_t size);

// IndexError("Out of bounds on buffer access (axis N)").
void raiseBufferIndex(int axis);

template <class T> constexpr char bufferKind() {
  if constexpr (std::is_floating_point_v<T>)
    return 'f';
  else if constexpr (std::is_signed_v<T>)
    return 'i';
  else
    return 'u';
}

template <class T, int N> struct MemView {
  Ref owner; // holds the acquired buffer; null for None
  char *data = nullptr;
  Py_ssize_t shape[N] = {};
  Py_ssize_t strides[N] = {};

  // 0, or -1 with an exception set. None gives an empty view.
  int acquire(PyObject *obj, const char *typeName, bool writable, bool contiguousLast) {
    if (obj == Py_None) {
      *this = MemView();
      return 0;
    }
    MemView fresh;
    BufferRequest request{bufferKind<T>(), Py_ssize_t(sizeof(T)), typeName, N, writable, contiguousLast};
    fresh.owner = Ref::steal(acquireBuffer(obj, request, &fresh.data, fresh.shape, fresh.strides));
    if (!fresh.owner)
      return -1;
    *this = std::move(fresh);
    return 0;
  }
  // A view of a C array of N dimensions (its lengths in `shape`).
  int ofArray(T *array, const Py_ssize_t (&arrayShape)[N], const char *typeName) {
    Ref view = Ref::steal(memoryViewOfArray(array, bufferFormat<T>(), sizeof(T), N, arrayShape));
    return view ? acquire(view.get(), typeName, true, false) : -1;
  }
  // The Python object for this view: the buffer's exporter (None when
  // there is none).
  PyObject *object() const {
    if (!owner)
      return Py_None;
    auto *buf = static_cast<Py_buffer *>(PyCapsule_GetPointer(owner.get(), "pyxc.buffer"));
    return buf->obj ? buf->obj : Py_None;
  }
};

} // namespace pyxc
