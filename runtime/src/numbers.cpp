// The out-of-line halves of numbers.h's arithmetic: the cases its inline
// fast paths leave (mixed int/float operands, str concatenation, anything
// else through the number protocol).
#include "pyxc/numbers.h"

namespace pyxc {

PyObject *addSlow(PyObject *a, PyObject *b) {
  double x, y;
  if (floatOperands(a, b, x, y))
    return PyFloat_FromDouble(x + y);
  if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b))
    return PyUnicode_Concat(a, b);
  return PyNumber_Add(a, b);
}

PyObject *subtractSlow(PyObject *a, PyObject *b) {
  double x, y;
  if (floatOperands(a, b, x, y))
    return PyFloat_FromDouble(x - y);
  return PyNumber_Subtract(a, b);
}

PyObject *multiplySlow(PyObject *a, PyObject *b) {
  double x, y;
  if (floatOperands(a, b, x, y))
    return PyFloat_FromDouble(x * y);
  return PyNumber_Multiply(a, b);
}

// Exact ints and floats are immutable: their in-place operators are the
// binary ones. Anything else may implement __iadd__.
static bool immutableNumber(PyObject *o) { return PyLong_CheckExact(o) || PyFloat_CheckExact(o); }

PyObject *inplaceAddSlow(PyObject *a, PyObject *b) {
  if (immutableNumber(a) && immutableNumber(b))
    return addSlow(a, b);
  if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b))
    return PyUnicode_Concat(a, b);
  return PyNumber_InPlaceAdd(a, b);
}

PyObject *inplaceSubtractSlow(PyObject *a, PyObject *b) {
  if (immutableNumber(a) && immutableNumber(b))
    return subtractSlow(a, b);
  return PyNumber_InPlaceSubtract(a, b);
}

} // namespace pyxc
