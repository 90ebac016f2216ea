#include "pyxc/memview.h"
#include "pyxc/errors.h"

#include <cstring>

namespace pyxc {

namespace {

struct FormatInfo {
  char kind;
  Py_ssize_t size;
  const char *name;
};

// The struct-module format character of a native, single-item buffer.
bool describeFormat(const char *format, FormatInfo &out) {
  if (!format)
    format = "B";
  if (*format == '@' || *format == '=')
    ++format;
#if PY_LITTLE_ENDIAN
  if (*format == '<')
    ++format;
#else
  if (*format == '>' || *format == '!')
    ++format;
#endif
  if (!format[0] || format[1])
    return false;
  switch (*format) {
  case 'b': out = {'i', Py_ssize_t(sizeof(signed char)), "signed char"}; return true;
  case 'B': out = {'u', Py_ssize_t(sizeof(unsigned char)), "unsigned char"}; return true;
  case 'c': out = {'i', Py_ssize_t(sizeof(char)), "char"}; return true;
  case 'h': out = {'i', Py_ssize_t(sizeof(short)), "short"}; return true;
  case 'H': out = {'u', Py_ssize_t(sizeof(unsigned short)), "unsigned short"}; return true;
  case 'i': out = {'i', Py_ssize_t(sizeof(int)), "int"}; return true;
  case 'I': out = {'u', Py_ssize_t(sizeof(unsigned int)), "unsigned int"}; return true;
  case 'l': out = {'i', Py_ssize_t(sizeof(long)), "long"}; return true;
  case 'L': out = {'u', Py_ssize_t(sizeof(unsigned long)), "unsigned long"}; return true;
  case 'q': out = {'i', Py_ssize_t(sizeof(long long)), "long long"}; return true;
  case 'Q': out = {'u', Py_ssize_t(sizeof(unsigned long long)), "unsigned long long"}; return true;
  case 'n': out = {'i', Py_ssize_t(sizeof(Py_ssize_t)), "Py_ssize_t"}; return true;
  case 'N': out = {'u', Py_ssize_t(sizeof(size_t)), "size_t"}; return true;
  case 'f': out = {'f', Py_ssize_t(sizeof(float)), "float"}; return true;
  case 'd': out = {'f', Py_ssize_t(sizeof(double)), "double"}; return true;
  case 'g': out = {'f', Py_ssize_t(sizeof(long double)), "long double"}; return true;
  case '?': out = {'u', 1, "bool"}; return true;
  default: return false;
  }
}

} // namespace

int checkBuffer(PyObject *obj, const BufferRequest &request) {
  if (obj == Py_None)
    return 0;
  char *data;
  Py_ssize_t shape[PyBUF_MAX_NDIM], strides[PyBUF_MAX_NDIM];
  PyObject *acquired = acquireBuffer(obj, request, &data, shape, strides);
  Py_XDECREF(acquired);
  return acquired ? 0 : -1;
}

bool bufferFormatIs(const char *format, char kind, Py_ssize_t size) {
  FormatInfo got;
  return describeFormat(format, got) && got.size == size && got.kind == kind;
}

void releaseBuffer(PyObject *capsule) {
  auto *buf = static_cast<Py_buffer *>(PyCapsule_GetPointer(capsule, "pyxc.buffer"));
  PyBuffer_Release(buf);
  delete buf;
}

PyObject *acquireBuffer(PyObject *obj, const BufferRequest &request, char **data, Py_ssize_t *shape,
                        Py_ssize_t *strides) {
  // As Cython does: the exporter is asked for a writable buffer when the
  // view is not const, so it raises its own error for read-only data.
  auto *buf = new Py_buffer;
  if (PyObject_GetBuffer(obj, buf, PyBUF_RECORDS_RO | (request.writable ? PyBUF_WRITABLE : 0)) < 0) {
    delete buf;
    return nullptr;
  }
  Ref view = own(PyCapsule_New(buf, "pyxc.buffer", releaseBuffer));
  if (!view) {
    PyBuffer_Release(buf);
    delete buf;
    return nullptr;
  }
  if (buf->ndim != request.ndim) {
    PyErr_Format(PyExc_ValueError, "Buffer has wrong number of dimensions (expected %d, got %d)", request.ndim,
                 buf->ndim);
    return nullptr;
  }
  FormatInfo got;
  bool known = describeFormat(buf->format, got);
  bool matches = known && got.size == request.itemsize && got.size == buf->itemsize &&
                 (got.kind == request.kind || (got.size == 1 && request.kind != 'f' && got.kind != 'f'));
  if (!matches) {
    PyErr_Format(PyExc_ValueError, "Buffer dtype mismatch, expected '%s' but got '%s'", request.typeName,
                 known ? got.name : (buf->format ? buf->format : "B"));
    return nullptr;
  }
  for (int i = 0; i < buf->ndim; ++i) {
    shape[i] = buf->shape ? buf->shape[i] : buf->len / buf->itemsize;
    strides[i] = buf->strides ? buf->strides[i] : buf->itemsize;
  }
  if (request.contiguousLast && buf->ndim > 0 && shape[buf->ndim - 1] > 1 && strides[buf->ndim - 1] != buf->itemsize) {
    PyErr_SetString(PyExc_ValueError, "ndarray is not C-contiguous");
    return nullptr;
  }
  *data = static_cast<char *>(buf->buf);
  return view.release();
}

PyObject *memoryViewOfArray(void *data, const char *format, Py_ssize_t itemsize, int ndim, const Py_ssize_t *shape) {
  // PyMemoryView_FromBuffer copies the shape and strides into the view.
  Py_ssize_t strides[PyBUF_MAX_NDIM];
  Py_ssize_t length = itemsize;
  for (int i = ndim - 1; i >= 0; --i) {
    strides[i] = length;
    length *= shape[i];
  }
  Py_buffer buf{};
  buf.buf = data;
  buf.len = length;
  buf.itemsize = itemsize;
  buf.readonly = 0;
  buf.ndim = ndim;
  buf.format = const_cast<char *>(format);
  buf.shape = const_cast<Py_ssize_t *>(shape);
  buf.strides = strides;
  return PyMemoryView_FromBuffer(&buf);
}

void raiseBufferIndex(int axis) {
  GilGuard gil; // bounds are checked in nogil code too
  PyErr_Format(PyExc_IndexError, "Out of bounds on buffer access (axis %d)", axis);
}

} // namespace pyxc
