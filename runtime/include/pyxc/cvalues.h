// C values and Python objects: the conversions typed code makes, with the
// errors and messages Cython's generated code gives, and C arithmetic with
// Python's semantics for // and % (the default, cdivision=False).
#pragma once

#include "pyxc/compat.h"

#include <cmath>
#include <limits>
#include <type_traits>

namespace pyxc {

// C function types and pointers to them, spelled as types (`int (*)(int)`
// has no declarator-free form that nests well).
template <class R, class... A> using FnType = R(A...);
template <class R, class... A> using FnPtr = R (*)(A...);
// A C array type, spelled as a type (`int (*)[5]` is `CArray<int, 5> *`).
template <class T, size_t N> using CArray = T[N];

// The bytes of a bytes or bytearray object as a char * (valid while it
// lives and, for a bytearray, is not resized): Cython's conversion of an
// object to char *. TypeError ("expected bytes, str found") otherwise.
inline char *charBuffer(PyObject *o) {
  if (PyByteArray_Check(o))
    return PyByteArray_AS_STRING(o);
  return PyBytes_AsString(o);
}

// Converts to a C integer of the given range. Returns -1 with an exception
// set on failure; `cname` names the C type in the messages.
long long asSignedInteger(PyObject *o, long long min, long long max, const char *cname);
unsigned long long asUnsignedInteger(PyObject *o, unsigned long long max, const char *cname);

// An integer type a header defines that is a class (a 3-byte integer with
// conversions) or wider than long long: converted through its bytes (little
// endian, signed when T(-1) < T(0)), as Cython converts them.
template <class T> constexpr bool kBytewiseInteger = !std::is_arithmetic_v<T> || sizeof(T) > sizeof(long long);

template <class T> inline bool signedInteger() { return T(-1) < T(0); }

inline int integerBytes(PyObject *v, unsigned char *bytes, size_t n, bool isSigned) {
#if PY_VERSION_HEX >= 0x030D0000
  return _PyLong_AsByteArray(reinterpret_cast<PyLongObject *>(v), bytes, n, PY_LITTLE_ENDIAN, isSigned, 1);
#else
  return _PyLong_AsByteArray(reinterpret_cast<PyLongObject *>(v), bytes, n, PY_LITTLE_ENDIAN, isSigned);
#endif
}

template <class T> inline T asBytewiseInteger(PyObject *o) {
  PyObject *v = PyNumber_Index(o);
  if (!v)
    return T(-1);
  T result{};
  int failed = integerBytes(v, reinterpret_cast<unsigned char *>(&result), sizeof(T), signedInteger<T>());
  Py_DECREF(v);
  return failed < 0 ? T(-1) : result;
}

// A value of a header's integer type as a Python int.
template <class T> inline PyObject *integerToPython(const T &v) {
  if constexpr (kBytewiseInteger<T>)
    return _PyLong_FromByteArray(reinterpret_cast<const unsigned char *>(&v), sizeof(T), PY_LITTLE_ENDIAN,
                                 signedInteger<T>());
  else if constexpr (std::is_signed_v<T>)
    return PyLong_FromLongLong((long long)v);
  else
    return PyLong_FromUnsignedLongLong((unsigned long long)v);
}

template <class T> inline T asInteger(PyObject *o, const char *cname) {
  if constexpr (kBytewiseInteger<T>) {
    return asBytewiseInteger<T>(o);
  } else if constexpr (std::is_signed_v<T>) {
    // One-digit ints need no call.
    if (PyLong_CheckExact(o)) {
#if PY_VERSION_HEX < 0x030C0000
      Py_ssize_t size = Py_SIZE(o);
      if (size >= -1 && size <= 1) {
        long v = size * long(reinterpret_cast<PyLongObject *>(o)->ob_digit[0]);
        if (v >= long(std::numeric_limits<T>::min()) && v <= long(std::numeric_limits<T>::max()))
          return T(v);
      }
#endif
    }
    return T(asSignedInteger(o, std::numeric_limits<T>::min(), std::numeric_limits<T>::max(), cname));
  } else {
    return T(asUnsignedInteger(o, std::numeric_limits<T>::max(), cname));
  }
}

inline double asDouble(PyObject *o) {
  return PyFloat_CheckExact(o) ? PyFloat_AS_DOUBLE(o) : PyFloat_AsDouble(o);
}

// Python's floor division and modulo on C integers (the divisor is not
// zero: the caller checks and raises ZeroDivisionError).
template <class T> inline T floorDivide(T a, T b) {
  T q = a / b;
  if constexpr (std::is_signed_v<T>) {
    if ((a % b != 0) && ((a < 0) != (b < 0)))
      --q;
  }
  return q;
}
template <class T> inline T modulo(T a, T b) {
  T r = a % b;
  if constexpr (std::is_signed_v<T>) {
    if (r != 0 && ((r < 0) != (b < 0)))
      r += b;
  }
  return r;
}
inline double floorDivide(double a, double b) {
  double m = std::fmod(a, b);
  double d = (a - m) / b;
  if (m != 0 && ((b < 0) != (m < 0)))
    d -= 1.0;
  double f = std::floor(d);
  if (d - f > 0.5)
    f += 1.0;
  return d == 0 ? std::copysign(0.0, a / b) : f;
}
inline double modulo(double a, double b) {
  double m = std::fmod(a, b);
  if (m != 0) {
    if ((b < 0) != (m < 0))
      m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

// The errors of C arithmetic with cdivision=False.
void raiseIntegerDivisionByZero(); // "integer division or modulo by zero"
void raiseFloatDivisionByZero();   // "float division"
void raiseFloatModuloByZero();     // "float divmod()" (Cython's words)
void raiseDivisionOverflow();      // "value too large to perform division"
void raiseArithmeticOverflow();    // overflowcheck: "value too large"

// `a ** n` on C integers with a literal exponent 0 <= n < 64 (C's
// wrap-around on overflow, as Cython's).
template <class T> [[gnu::always_inline]] inline T integerPower(T a, long long n) {
  using U = std::make_unsigned_t<T>; // wraps where signed overflow would be undefined
  U result = 1, base = static_cast<U>(a);
  for (; n > 0; n >>= 1, base *= base)
    if (n & 1)
      result *= base;
  return static_cast<T>(result);
}
// For cdef functions declared noexcept: the exception is reported and cleared.
void writeUnraisable(const char *qualifiedName);
// Builtin Python types as static types: TypeError "Argument 'xs' has
// incorrect type (expected list, got tuple)" for a parameter, "Expected
// list, got tuple" for an assignment. None passes where allowed. As in
// Cython, a builtin type is exact (a list subclass is not a `list`, whose
// length and items the compiled code reads directly); an extension type
// takes its subclasses. A parameter typed by an annotation (`x: list`)
// passed a subclass gets Cython's note saying why.
enum class TypeMatch : uint8_t { Subclass, Exact, ExactAnnotated };
int checkArgumentType(PyObject *value, PyTypeObject *type, const char *name, bool noneAllowed, TypeMatch match);
// `subclasses`: a builtin exception type, whose subclasses' instances match.
int checkStaticType(PyObject *value, PyTypeObject *type, bool subclasses = false);
// `def f(o not None)` called with None: Cython's TypeError.
void raiseNoneArgument(const char *name);

// A Py_UCS4 (or Py_UNICODE) from Python, as Cython converts it: a str of
// one character, or an int that is a code point. (Py_UCS4)-1 with
// ValueError/OverflowError/TypeError set otherwise.
Py_UCS4 asUCS4(PyObject *o);

// An iterable of the wrong length converted to a C array of `expected`
// items: IndexError with Cython's message.
void raiseArrayAssignmentSize(Py_ssize_t expected, Py_ssize_t got);

// A mapping converted to a union (Cython's rules): the index of the one
// member it names, its value in `value` (a new reference); -1 with
// TypeError/ValueError when it names none or more than one.
int unionMember(PyObject *obj, const char *const *names, int count, PyObject **value);

// A cpdef enum's Python class (an IntEnum; `flexible`: Cython 3.3's kind,
// which gives other values nameless members, as C enums may hold them; a
// C++ enum class's is a plain IntEnum), its docstring `doc` (or null),
// stored in the module's dict under `name`; a new reference.
PyObject *makeCpdefEnum(PyObject *globals, const char *name, const char *const *items, const long long *values,
                        size_t count, bool flexible, PyObject *doc);
// A C value of a cpdef enum as Python sees it: the member, or a nameless
// pseudo-member for a value that is no item.
PyObject *enumMember(PyObject *cls, long long value);
// A Python object as a value of a cpdef enum class: cls(o)'s value, -1
// with ValueError set for one no member has.
long long enumValue(PyObject *cls, PyObject *o);

// bytes from a NUL-terminated C string (SystemError for a null pointer).
PyObject *bytesFromCString(const char *s);

// A C string (`size` chars; -1: up to its NUL) as the module's
// c_string_type makes it: bytes, a bytearray, or a str decoded with its
// c_string_encoding (Cython's conversions of char * and std::string).
enum class CStringType { Bytes, ByteArray, Str };
PyObject *cStringToPython(const char *data, Py_ssize_t size, CStringType type, const char *encoding);
// An object's chars for a char * (with c_string_encoding, a str's encoded
// chars, which the str keeps for as long as it lives); null with TypeError
// (or UnicodeEncodeError) otherwise. `size`, if given, receives the length.
const char *cStringOf(PyObject *o, const char *encoding, Py_ssize_t *size = nullptr);
// `for i in range(a, b, 0)`.
void raiseRangeStepZero();

} // namespace pyxc
