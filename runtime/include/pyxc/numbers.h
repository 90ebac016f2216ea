// Arithmetic and comparisons with inline fast paths for exact ints that fit
// in one machine word and exact floats, as CPython's specialised bytecodes
// have; everything else goes to the generic protocol. Exact types cannot
// override these operators, so the fast paths change no behaviour.
#pragma once

#include "pyxc/compat.h"

namespace pyxc {

// CPython's cached small ints (-5..256), looked up once: results in that
// range need no call of PyLong_FromLong.
extern PyObject *smallIntObjects[262];
int initSmallInts();
inline PyObject *newInt(long v) {
  if (v >= -5 && v <= 256)
    return Py_NewRef(smallIntObjects[v + 5]);
  return PyLong_FromLong(v);
}

// The value of an exact int that fits in one internal digit.
inline bool smallInt(PyObject *o, long &value) {
  if (!PyLong_CheckExact(o))
    return false;
#if PY_VERSION_HEX >= 0x030C0000
  if (!PyUnstable_Long_IsCompact(reinterpret_cast<PyLongObject *>(o)))
    return false;
  value = long(PyUnstable_Long_CompactValue(reinterpret_cast<PyLongObject *>(o)));
  return true;
#else
  Py_ssize_t size = Py_SIZE(o);
  if (size < -1 || size > 1)
    return false;
  value = size * long(reinterpret_cast<PyLongObject *>(o)->ob_digit[0]);
  return true;
#endif
}

// Mixed float/int operands: CPython converts the int to a double, which is
// exact for one-digit ints. True when at least one is an exact float.
inline bool floatOperands(PyObject *a, PyObject *b, double &x, double &y) {
  long v;
  bool af = PyFloat_CheckExact(a), bf = PyFloat_CheckExact(b);
  if (!af && !bf)
    return false;
  if (af)
    x = PyFloat_AS_DOUBLE(a);
  else if (smallInt(a, v))
    x = double(v);
  else
    return false;
  if (bf)
    y = PyFloat_AS_DOUBLE(b);
  else if (smallInt(b, v))
    y = double(v);
  else
    return false;
  return true;
}

// Two one-digit ints or two floats inline; mixed int/float operands, str
// concatenation and the generic protocol out of line (numbers.cpp), which
// keeps the inline part small enough to inline everywhere.
PyObject *addSlow(PyObject *a, PyObject *b);
PyObject *subtractSlow(PyObject *a, PyObject *b);
PyObject *multiplySlow(PyObject *a, PyObject *b);

inline PyObject *add(PyObject *a, PyObject *b) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y))
    return newInt(x + y); // two digits of 30 bits cannot overflow a long
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) + PyFloat_AS_DOUBLE(b));
  return addSlow(a, b);
}

inline PyObject *subtract(PyObject *a, PyObject *b) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y))
    return newInt(x - y);
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) - PyFloat_AS_DOUBLE(b));
  return subtractSlow(a, b);
}

inline PyObject *multiply(PyObject *a, PyObject *b) {
  long x, y, r;
  if (smallInt(a, x) && smallInt(b, y) && !__builtin_mul_overflow(x, y, &r))
    return newInt(r);
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) * PyFloat_AS_DOUBLE(b));
  return multiplySlow(a, b);
}

// Python's % and // on one-digit ints: the result takes the divisor's sign.
inline PyObject *remainder(PyObject *a, PyObject *b) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y) && y != 0) {
    long r = x % y;
    if (r != 0 && ((r < 0) != (y < 0)))
      r += y;
    return newInt(r);
  }
  return PyNumber_Remainder(a, b);
}

inline PyObject *floorDivide(PyObject *a, PyObject *b) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y) && y != 0) {
    long q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0)))
      --q;
    return newInt(q);
  }
  return PyNumber_FloorDivide(a, b);
}

// a + b and a - b where b is an int literal whose value `c` fits in one
// digit (as Cython's __Pyx_PyLong_AddObjC): the C value is known, so only
// `a` needs a look. `inplace` picks the fallback's protocol.
inline PyObject *addConstInt(PyObject *a, PyObject *b, long c, bool inplace) {
  long x;
  if (PYXC_LIKELY(smallInt(a, x)))
    return newInt(x + c);
  if (PyFloat_CheckExact(a))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) + double(c));
  return inplace ? PyNumber_InPlaceAdd(a, b) : PyNumber_Add(a, b);
}
inline PyObject *subtractConstInt(PyObject *a, PyObject *b, long c, bool inplace) {
  long x;
  if (PYXC_LIKELY(smallInt(a, x)))
    return newInt(x - c);
  if (PyFloat_CheckExact(a))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) - double(c));
  return inplace ? PyNumber_InPlaceSubtract(a, b) : PyNumber_Subtract(a, b);
}

// a * c, a % c and a // c for a positive int literal c of one digit: a
// one-digit a times c fits a long; % and // by a positive c need only the
// sign fix-up of Python's floor semantics. Floats take the generic path
// for % and // (their rounding rules live in CPython's float type).
inline PyObject *multiplyConstInt(PyObject *a, PyObject *b, long c, bool inplace) {
  long x;
  if (PYXC_LIKELY(smallInt(a, x)))
    return newInt(x * c);
  if (PyFloat_CheckExact(a))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) * double(c));
  return inplace ? PyNumber_InPlaceMultiply(a, b) : PyNumber_Multiply(a, b);
}
inline PyObject *remainderConstInt(PyObject *a, PyObject *b, long c, bool inplace) {
  long x;
  if (PYXC_LIKELY(smallInt(a, x))) {
    long r = x % c;
    return newInt(r < 0 ? r + c : r);
  }
  return inplace ? PyNumber_InPlaceRemainder(a, b) : PyNumber_Remainder(a, b);
}
inline PyObject *floorDivideConstInt(PyObject *a, PyObject *b, long c, bool inplace) {
  long x;
  if (PYXC_LIKELY(smallInt(a, x)))
    return newInt(x / c - (x % c < 0 ? 1 : 0));
  return inplace ? PyNumber_InPlaceFloorDivide(a, b) : PyNumber_FloorDivide(a, b);
}

// In-place forms: exact ints and floats are immutable, so they share the
// binary fast paths and differ only in the generic fallback.
PyObject *inplaceAddSlow(PyObject *a, PyObject *b);
PyObject *inplaceSubtractSlow(PyObject *a, PyObject *b);
inline PyObject *inplaceAdd(PyObject *a, PyObject *b) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y))
    return newInt(x + y);
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) + PyFloat_AS_DOUBLE(b));
  return inplaceAddSlow(a, b);
}

inline PyObject *inplaceSubtract(PyObject *a, PyObject *b) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y))
    return newInt(x - y);
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) - PyFloat_AS_DOUBLE(b));
  return inplaceSubtractSlow(a, b);
}

template <class T> inline int compareValues(T x, T y, int op) {
  switch (op) {
  case Py_LT: return x < y;
  case Py_LE: return x <= y;
  case Py_EQ: return x == y;
  case Py_NE: return x != y;
  case Py_GT: return x > y;
  default: return x >= y;
  }
}

// A comparison's result as an object.
inline PyObject *compare(PyObject *a, PyObject *b, int op) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y))
    return Py_NewRef(compareValues(x, y, op) ? Py_True : Py_False);
  double fx, fy;
  if (floatOperands(a, b, fx, fy))
    return Py_NewRef(compareValues(fx, fy, op) ? Py_True : Py_False);
  return PyObject_RichCompare(a, b, op);
}

// A comparison used only for its truth (an `if` or `while` test): 1, 0 or -1.
inline int compareTruth(PyObject *a, PyObject *b, int op) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y))
    return compareValues(x, y, op);
  double fx, fy;
  if (floatOperands(a, b, fx, fy))
    return compareValues(fx, fy, op);
  PyObject *r = PyObject_RichCompare(a, b, op);
  if (!r)
    return -1;
  int truth = r == Py_True ? 1 : r == Py_False ? 0 : PyObject_IsTrue(r);
  Py_DECREF(r);
  return truth;
}

// The same with the operator known at compile time (what generated code
// uses): the fast paths fold to a single comparison each.
int richCompareTruth(PyObject *a, PyObject *b, int op);
template <int Op> [[gnu::always_inline]] inline int compareTruthOp(PyObject *a, PyObject *b) {
  long x, y;
  if (smallInt(a, x) && smallInt(b, y))
    return compareValues(x, y, Op);
  if (PyFloat_CheckExact(a)) {
    double fx = PyFloat_AS_DOUBLE(a);
    if (PyFloat_CheckExact(b))
      return compareValues(fx, PyFloat_AS_DOUBLE(b), Op);
    if (smallInt(b, y))
      return compareValues(fx, double(y), Op);
  }
  return richCompareTruth(a, b, Op);
}

// The same against an int literal `c` of one digit (`i % 3 == 0`, `n < 2`):
// only `a` needs a look. A double holds c exactly, so the float comparison
// is CPython's.
template <int Op> inline int compareTruthConstInt(PyObject *a, PyObject *b, long c) {
  long x;
  if (PYXC_LIKELY(smallInt(a, x)))
    return compareValues(x, c, Op);
  if (PyFloat_CheckExact(a))
    return compareValues(PyFloat_AS_DOUBLE(a), double(c), Op);
  return richCompareTruth(a, b, Op);
}

// "literal" + x and x + "literal": str concatenation when x is an exact str
// (what CPython's BINARY_OP does for two strs), the protocol otherwise.
inline PyObject *addStr(PyObject *a, PyObject *b) {
  if (PYXC_LIKELY(PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b)))
    return PyUnicode_Concat(a, b);
  return PyNumber_Add(a, b);
}

} // namespace pyxc
