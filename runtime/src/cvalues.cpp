#include "pyxc/cvalues.h"
#include "pyxc/compat.h"
#include "pyxc/errors.h"

#include <string>
#include <string_view>

#include <cstring>

namespace pyxc {

namespace {

// Cython's __Pyx_PyNumber_IntOrLong: an int, or what the type's __int__
// makes of the object; TypeError "an integer is required" otherwise.
PyObject *asPythonInt(PyObject *o) {
  if (PyLong_Check(o))
    return Py_NewRef(o);
  PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
  if (nb && (nb->nb_int || nb->nb_index)) {
    PyObject *r = nb->nb_index ? PyNumber_Index(o) : PyNumber_Long(o);
    if (r && !PyLong_Check(r)) {
      PyErr_Format(PyExc_TypeError, "__int__ returned non-int (type %.200s)", Py_TYPE(r)->tp_name);
      Py_DECREF(r);
      return nullptr;
    }
    return r;
  }
  PyErr_SetString(PyExc_TypeError, "an integer is required");
  return nullptr;
}

// long and long long keep CPython's own overflow messages; narrower types
// get Cython's.
bool usesCPythonMessage(const char *cname) {
  return !std::strcmp(cname, "long") || !std::strcmp(cname, "long long") || !std::strcmp(cname, "Py_ssize_t") ||
         !std::strcmp(cname, "unsigned long") || !std::strcmp(cname, "unsigned long long");
}

} // namespace

long long asSignedInteger(PyObject *o, long long min, long long max, const char *cname) {
  PyObject *v = asPythonInt(o);
  if (!v)
    return -1;
  int overflow = 0;
  long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
  Py_DECREF(v);
  if (x == -1 && PyErr_Occurred())
    return -1;
  if (overflow || x < min || x > max) {
    if (!std::strcmp(cname, "Py_ssize_t"))
      PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    else if (usesCPythonMessage(cname) || overflow) // (beyond a C long: CPython's message, as Cython converts through one)
      PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
    else
      PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", cname);
    return -1;
  }
  return x;
}

unsigned long long asUnsignedInteger(PyObject *o, unsigned long long max, const char *cname) {
  PyObject *v = asPythonInt(o);
  if (!v)
    return static_cast<unsigned long long>(-1);
  int sign = _PyLong_Sign(v);
  if (sign < 0) {
    Py_DECREF(v);
    PyErr_Format(PyExc_OverflowError, "can't convert negative value to %s", cname);
    return static_cast<unsigned long long>(-1);
  }
  unsigned long long x = PyLong_AsUnsignedLongLong(v);
  Py_DECREF(v);
  if (x == static_cast<unsigned long long>(-1) && PyErr_Occurred()) {
    if (!usesCPythonMessage(cname) && PyErr_ExceptionMatches(PyExc_OverflowError)) {
      PyErr_Clear();
      PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", cname);
    } else if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
      PyErr_Clear();
      PyErr_Format(PyExc_OverflowError, "Python int too large to convert to C %s", cname);
    }
    return x;
  }
  if (x > max) {
    PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", cname);
    return static_cast<unsigned long long>(-1);
  }
  return x;
}

// The C arithmetic errors come from code that may run without the GIL.
static void raiseWithGil(PyObject *type, const char *message) {
  GilGuard gil;
  PyErr_SetString(type, message);
}

void raiseIntegerDivisionByZero() { raiseWithGil(PyExc_ZeroDivisionError, "integer division or modulo by zero"); }
void raiseFloatDivisionByZero() { raiseWithGil(PyExc_ZeroDivisionError, "float division"); }
void raiseFloatModuloByZero() { raiseWithGil(PyExc_ZeroDivisionError, "float divmod()"); }
void raiseDivisionOverflow() { raiseWithGil(PyExc_OverflowError, "value too large to perform division"); }
void raiseArithmeticOverflow() { raiseWithGil(PyExc_OverflowError, "value too large"); }
void raiseRangeStepZero() { raiseWithGil(PyExc_ValueError, "range() arg 3 must not be zero"); }

int checkArgumentType(PyObject *value, PyTypeObject *type, const char *name, bool noneAllowed, TypeMatch match) {
  bool subclass = PyObject_TypeCheck(value, type);
  if ((noneAllowed && value == Py_None) || Py_IS_TYPE(value, type) || (match == TypeMatch::Subclass && subclass))
    return 0;
  const char *note = match == TypeMatch::ExactAnnotated && subclass
                         ? "Note that Cython is deliberately stricter than PEP-484 and rejects subclasses of builtin "
                           "types. If you need to pass subclasses then set the 'annotation_typing' directive to False."
                         : nullptr;
#if PY_VERSION_HEX >= 0x030C0000
  PyErr_Format(PyExc_TypeError, "Argument '%s' has incorrect type (expected %s, got %s)", name, type->tp_name,
               Py_TYPE(value)->tp_name);
  if (note) { // Python 3.12+: the note as an exception note, as Cython adds it
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *text = PyUnicode_FromString(note);
    PyObject *result = text ? PyObject_CallMethod(exc, "add_note", "O", text) : nullptr;
    Py_XDECREF(result);
    Py_XDECREF(text);
    PyErr_SetRaisedException(exc);
  }
#else
  PyErr_Format(PyExc_TypeError, "Argument '%s' has incorrect type (expected %s, got %s)%s%s", name, type->tp_name,
               Py_TYPE(value)->tp_name, note ? ". " : "", note ? note : "");
#endif
  return -1;
}

void raiseNoneArgument(const char *name) { PyErr_Format(PyExc_TypeError, "Argument '%s' must not be None", name); }

int checkStaticType(PyObject *value, PyTypeObject *type, bool subclasses) {
  if (value == Py_None || Py_IS_TYPE(value, type) || (subclasses && PyObject_TypeCheck(value, type)))
    return 0;
  PyErr_Format(PyExc_TypeError, "Expected %s, got %s", type->tp_name, Py_TYPE(value)->tp_name);
  return -1;
}

PyObject *bytesFromCString(const char *s) {
  if (!s) {
    PyErr_SetString(PyExc_SystemError, "NULL char * converted to bytes");
    return nullptr;
  }
  return PyBytes_FromString(s);
}

PyObject *cStringToPython(const char *data, Py_ssize_t size, CStringType type, const char *encoding) {
  if (!data) {
    PyErr_SetString(PyExc_SystemError, "NULL char * converted to a Python object");
    return nullptr;
  }
  if (size < 0)
    size = Py_ssize_t(std::strlen(data));
  switch (type) {
  case CStringType::ByteArray: return PyByteArray_FromStringAndSize(data, size);
  case CStringType::Str: return PyUnicode_Decode(data, size, encoding ? encoding : "utf-8", nullptr);
  default: return PyBytes_FromStringAndSize(data, size);
  }
}

namespace {

bool utf8Name(std::string_view e) { return e == "utf-8" || e == "utf8" || e == "UTF-8" || e == "UTF8"; }

} // namespace

const char *cStringOf(PyObject *o, const char *encoding, Py_ssize_t *size) {
  if (encoding && PyUnicode_Check(o) && (utf8Name(encoding) || !std::strcmp(encoding, "ascii"))) {
    // The str's UTF-8 form, which it caches (and frees with itself).
    if (!utf8Name(encoding) && !PyUnicode_IS_ASCII(o)) {
      Py_XDECREF(PyUnicode_AsASCIIString(o)); // (raises the UnicodeEncodeError)
      return nullptr;
    }
    return PyUnicode_AsUTF8AndSize(o, size);
  }
  char *data = nullptr;
  if (PyByteArray_Check(o)) {
    data = PyByteArray_AS_STRING(o);
    if (size)
      *size = PyByteArray_GET_SIZE(o);
  } else if (PyBytes_AsStringAndSize(o, &data, size) < 0) {
    return nullptr;
  }
  return data;
}

void writeUnraisable(const char *qualifiedName) {
  GilGuard gil;
  // As Cython's unraisable_tracebacks: the exception printed in full
  // first, then reported as unraisable in the function.
  PyObject *exception = pyxc_GetRaisedException();
  pyxc_SetRaisedException(Py_XNewRef(exception));
  PyErr_PrintEx(0);
  pyxc_SetRaisedException(exception);
  PyObject *name = PyUnicode_FromString(qualifiedName);
  PyErr_WriteUnraisable(name ? name : Py_None);
  Py_XDECREF(name);
}

Py_UCS4 asUCS4(PyObject *o) {
  if (PyUnicode_Check(o)) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(o);
    if (length == 1)
      return PyUnicode_READ_CHAR(o, 0);
    PyErr_Format(PyExc_ValueError,
                 "only single character unicode strings can be converted to Py_UCS4, got length %zd", length);
    return (Py_UCS4)-1;
  }
  long v = asInteger<long>(o, "long");
  if (v == -1 && PyErr_Occurred())
    return (Py_UCS4)-1;
  if (v < 0 || v > 0x10FFFF) {
    PyErr_SetString(PyExc_OverflowError,
                    v < 0 ? "cannot convert negative value to Py_UCS4" : "value too large to convert to Py_UCS4");
    return (Py_UCS4)-1;
  }
  return Py_UCS4(v);
}

void raiseArrayAssignmentSize(Py_ssize_t expected, Py_ssize_t got) {
  if (got >= expected)
    PyErr_Format(PyExc_IndexError, "too many values found during array assignment, expected %zd", expected);
  else
    PyErr_Format(PyExc_IndexError, "not enough values found during array assignment, expected %zd, got %zd", expected,
                 got);
}

// Cython's rules for a mapping to a union: exactly one key, naming a member.
int unionMember(PyObject *obj, const char *const *names, int count, PyObject **value) {
  *value = nullptr;
  if (!PyMapping_Check(obj)) {
    PyErr_Format(PyExc_TypeError, "Expected a mapping, got %s", Py_TYPE(obj)->tp_name);
    return -1;
  }
  Py_ssize_t length = PyObject_Length(obj);
  if (length < 0)
    return -1;
  int found = -1;
  const char *repeated = nullptr; // a second member the mapping names
  for (int i = 0; i < count && length; ++i) {
    PyObject *key = PyUnicode_FromString(names[i]);
    int has = key ? PySequence_Contains(obj, key) : -1;
    if (has > 0 && found < 0) {
      *value = PyObject_GetItem(obj, key);
      has = *value ? 1 : -1;
    }
    Py_XDECREF(key);
    if (has < 0) {
      Py_CLEAR(*value);
      return -1;
    }
    if (!has)
      continue;
    if (found >= 0) {
      repeated = names[i];
      break;
    }
    found = i;
    if (--length == 0)
      return found;
  }
  Py_CLEAR(*value);
  if (found < 0) {
    std::string all;
    for (int i = 0; i < count; ++i)
      all += (i ? ", " : "") + std::string(names[i]);
    PyErr_Format(PyExc_ValueError, "No value specified for any of the union attributes (%s)", all.c_str());
  } else if (repeated) {
    PyErr_Format(PyExc_ValueError, "More than one union attribute passed: '%s' and '%s'", names[found], repeated);
  } else { // other keys beside the member
    PyErr_Format(PyExc_ValueError, "More than one union attribute passed: '%s' and None", names[found]);
  }
  return -1;
}

} // namespace pyxc
