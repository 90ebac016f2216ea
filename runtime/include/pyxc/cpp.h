// C++ interop, for modules that use C++ classes (`cdef cppclass`): C++
// exceptions as Python exceptions (Cython's mapping for `except +`), and
// the standard library's containers and strings to and from Python
// objects, as Cython converts them (vector, list -> list; set,
// unordered_set -> set; map, unordered_map -> dict; pair -> tuple; string
// -> bytes; element types nested).
// Header-only: a module includes it after pyxc/runtime.h.
#pragma once

#include "pyxc/runtime.h"

#include <exception>
#include <ios>
#include <list>
#include <map>
#include <new>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace pyxc::cpp {

// --- exceptions ----------------------------------------------------------------------------

// Sets the Python exception for the C++ exception being handled (call it in
// a catch block), as Cython maps them: bad_alloc -> MemoryError,
// bad_cast and bad_typeid -> TypeError, domain_error and invalid_argument
// -> ValueError, ios_base::failure -> OSError, out_of_range -> IndexError,
// overflow_error -> OverflowError, range_error and underflow_error ->
// ArithmeticError, other exceptions -> RuntimeError. A Python exception
// already set (a callback's) is kept. Takes the GIL itself: nogil code
// calls it too.
inline void raiseCurrentException() {
  PyGILState_STATE gil = PyGILState_Ensure();
  try {
    if (!PyErr_Occurred())
      throw;
  } catch (const std::bad_alloc &e) {
    PyErr_SetString(PyExc_MemoryError, e.what());
  } catch (const std::bad_cast &e) {
    PyErr_SetString(PyExc_TypeError, e.what());
  } catch (const std::bad_typeid &e) {
    PyErr_SetString(PyExc_TypeError, e.what());
  } catch (const std::domain_error &e) {
    PyErr_SetString(PyExc_ValueError, e.what());
  } catch (const std::invalid_argument &e) {
    PyErr_SetString(PyExc_ValueError, e.what());
  } catch (const std::ios_base::failure &e) {
    PyErr_SetString(PyExc_OSError, e.what());
  } catch (const std::out_of_range &e) {
    PyErr_SetString(PyExc_IndexError, e.what());
  } catch (const std::overflow_error &e) {
    PyErr_SetString(PyExc_OverflowError, e.what());
  } catch (const std::range_error &e) {
    PyErr_SetString(PyExc_ArithmeticError, e.what());
  } catch (const std::underflow_error &e) {
    PyErr_SetString(PyExc_ArithmeticError, e.what());
  } catch (const std::exception &e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
  } catch (...) {
    PyErr_SetString(PyExc_RuntimeError, "Unknown exception");
  }
  PyGILState_Release(gil);
}

// `except +ValueError`: the given Python exception, with the C++
// exception's what() as its message.
inline void raiseCurrentExceptionAs(PyObject *type) {
  PyGILState_STATE gil = PyGILState_Ensure();
  try {
    throw;
  } catch (const std::exception &e) {
    PyErr_SetString(type, e.what());
  } catch (...) {
    PyErr_SetNone(type);
  }
  PyGILState_Release(gil);
}

// `except +handler`: after the handler ran, an exception must be set.
inline void requireHandledException() {
  PyGILState_STATE gil = PyGILState_Ensure();
  if (!PyErr_Occurred())
    PyErr_SetString(PyExc_RuntimeError, "Error converting c++ exception.");
  PyGILState_Release(gil);
}

// --- Python objects in C++ classes the module defines -----------------------------------------

// A Python object field of a C++ class the module defines (`object tag`):
// None until assigned, its reference counted through copies and released
// with the C++ object, the GIL taken for each (as Cython's constructors,
// copies and destructors of such classes take it). Stores go through
// Py_XSETREF: assigning a pointer takes over that reference and leaves the
// old one to the caller.
class ObjectField {
public:
  ObjectField() {
    GilGuard gil;
    object_ = Py_NewRef(Py_None);
  }
  ObjectField(const ObjectField &other) {
    GilGuard gil;
    object_ = Py_XNewRef(other.object_);
  }
  ObjectField &operator=(const ObjectField &other) {
    if (this != &other) {
      GilGuard gil;
      Py_XSETREF(object_, Py_XNewRef(other.object_));
    }
    return *this;
  }
  ObjectField &operator=(PyObject *owned) {
    object_ = owned;
    return *this;
  }
  ~ObjectField() {
    GilGuard gil;
    Py_XDECREF(object_);
  }
  operator PyObject *() const { return object_; }

private:
  PyObject *object_;
};

// --- std::exception_ptr through Python exceptions (libcpp/exception.pxd) -------------------

inline constexpr const char *exceptionPtrCapsuleName = "std::exception_ptr";

inline void releaseExceptionPtrCapsule(PyObject *capsule) {
  delete static_cast<std::exception_ptr *>(PyCapsule_GetPointer(capsule, exceptionPtrCapsuleName));
}

// `except +exception_ptr_error_handler` (in a catch block): the Python
// exception raiseCurrentException() sets, whose one argument is a capsule
// holding the C++ exception (exceptionPtrOf() takes it back out).
inline void raiseWithExceptionPtr() {
  raiseCurrentException();
  PyGILState_STATE gil = PyGILState_Ensure();
  PyObject *type = nullptr, *value = nullptr, *traceback = nullptr;
  PyErr_Fetch(&type, &value, &traceback);
  Py_XDECREF(value);
  Py_XDECREF(traceback);
  auto *held = new std::exception_ptr(std::current_exception());
  PyObject *capsule = PyCapsule_New(held, exceptionPtrCapsuleName, releaseExceptionPtrCapsule);
  if (!capsule) {
    delete held;
  } else {
    PyErr_SetObject(type ? type : PyExc_Exception, capsule);
    Py_DECREF(capsule);
  }
  Py_XDECREF(type);
  PyGILState_Release(gil);
}

// The C++ exception a Python exception raised by raiseWithExceptionPtr()
// holds; an empty pointer with a Python exception set otherwise.
inline std::exception_ptr exceptionPtrOf(PyObject *exception) {
  std::exception_ptr result;
  PyObject *args = PyObject_GetAttrString(exception, "args");
  if (!args)
    return result;
  Py_ssize_t size = PyTuple_Check(args) ? PyTuple_GET_SIZE(args) : -1;
  if (size != 1) {
    PyErr_SetString(PyExc_ValueError, "the exception does not hold a C++ exception (its args are not one capsule)");
  } else if (void *held = PyCapsule_GetPointer(PyTuple_GET_ITEM(args, 0), exceptionPtrCapsuleName)) {
    result = *static_cast<std::exception_ptr *>(held);
  }
  Py_DECREF(args);
  return result;
}

// delegateToExceptionHandlers: one handler, called when the C++ exception
// being handled is an E (or for any, without a parameter); true when it
// raised a Python exception.
template <class E> bool callExceptionHandler(void (*handler)(E &)) {
  try {
    throw;
  } catch (E &e) {
    handler(e);
    return PyErr_Occurred() != nullptr;
  } catch (...) {
    return false;
  }
}

inline bool callExceptionHandler(void (*handler)()) {
  handler();
  return PyErr_Occurred() != nullptr;
}

// `delegate_to_exception_handlers(f, g, ...)` in an `except +handler`
// function: the handlers in order until one raises a Python exception;
// if none does, the C++ exception is thrown on (its caller maps it).
template <class... Handlers> void delegateToExceptionHandlers(Handlers... handlers) {
  if (!std::current_exception()) {
    // (Cython's message, word for word: code written for Cython tests it.)
    PyErr_SetString(PyExc_SystemError, "__pyx_delegrate_to_exception_handlers called without a C++ exception");
    return;
  }
  if (!(callExceptionHandler(handlers) || ...))
    throw;
}

// --- conversions ---------------------------------------------------------------------------

// Converter<T>::toPython(value): a new reference, or null with an exception
// set. Converter<T>::fromPython(object, out): false with an exception set.
template <class T, class Enable = void> struct Converter;

// The C name of an integer type, for the overflow messages.
template <class T> constexpr const char *integerName() {
  if constexpr (std::is_same_v<T, char>)
    return "char";
  else if constexpr (std::is_same_v<T, signed char>)
    return "signed char";
  else if constexpr (std::is_same_v<T, unsigned char>)
    return "unsigned char";
  else if constexpr (std::is_same_v<T, short>)
    return "short";
  else if constexpr (std::is_same_v<T, unsigned short>)
    return "unsigned short";
  else if constexpr (std::is_same_v<T, int>)
    return "int";
  else if constexpr (std::is_same_v<T, unsigned int>)
    return "unsigned int";
  else if constexpr (std::is_same_v<T, long>)
    return "long";
  else if constexpr (std::is_same_v<T, unsigned long>)
    return "unsigned long";
  else if constexpr (std::is_same_v<T, long long>)
    return "long long";
  else if constexpr (std::is_same_v<T, unsigned long long>)
    return "unsigned long long";
  else
    return "integer";
}

template <class T> struct Converter<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
  static PyObject *toPython(T v) {
    if constexpr (std::is_signed_v<T>)
      return PyLong_FromLongLong((long long)v);
    else
      return PyLong_FromUnsignedLongLong((unsigned long long)v);
  }
  static bool fromPython(PyObject *o, T &out) {
    out = asInteger<T>(o, integerName<T>());
    return !(out == (T)-1 && PyErr_Occurred());
  }
};

template <> struct Converter<bool> {
  static PyObject *toPython(bool v) { return Py_NewRef(v ? Py_True : Py_False); }
  static bool fromPython(PyObject *o, bool &out) {
    int truth = PyObject_IsTrue(o);
    out = truth > 0;
    return truth >= 0;
  }
};

template <class T> struct Converter<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  static PyObject *toPython(T v) { return PyFloat_FromDouble((double)v); }
  static bool fromPython(PyObject *o, T &out) {
    double d = asDouble(o);
    out = (T)d;
    return !(d == -1.0 && PyErr_Occurred());
  }
};

// char * (and const char *) to bytes, up to the NUL.
template <> struct Converter<char *> {
  static PyObject *toPython(const char *v) { return bytesFromCString(v); }
};
template <> struct Converter<const char *> : Converter<char *> {};

// std::string <-> bytes (a bytearray converts too), as Cython's
// string.from_py takes them.
template <> struct Converter<std::string> {
  static PyObject *toPython(const std::string &v) { return PyBytes_FromStringAndSize(v.data(), (Py_ssize_t)v.size()); }
  static bool fromPython(PyObject *o, std::string &out) {
    if (PyByteArray_Check(o)) {
      out.assign(PyByteArray_AS_STRING(o), (size_t)PyByteArray_GET_SIZE(o));
      return true;
    }
    char *data;
    Py_ssize_t size;
    if (PyBytes_AsStringAndSize(o, &data, &size) < 0)
      return false;
    out.assign(data, (size_t)size);
    return true;
  }
};

// std::string_view <-> bytes: the view is of the bytes' (or bytearray's)
// own buffer, valid while that object lives, as Cython's.
template <> struct Converter<std::string_view> {
  static PyObject *toPython(std::string_view v) { return PyBytes_FromStringAndSize(v.data(), (Py_ssize_t)v.size()); }
  static bool fromPython(PyObject *o, std::string_view &out) {
    if (PyByteArray_Check(o)) {
      out = std::string_view(PyByteArray_AS_STRING(o), (size_t)PyByteArray_GET_SIZE(o));
      return true;
    }
    char *data;
    Py_ssize_t size;
    if (PyBytes_AsStringAndSize(o, &data, &size) < 0)
      return false;
    out = std::string_view(data, (size_t)size);
    return true;
  }
};

// A Python list of the items (a set for sets), each converted.
template <class Items> PyObject *itemsToPython(const Items &items, bool asSet) {
  Ref result = own(asSet ? PySet_New(nullptr) : PyList_New(0));
  if (!result)
    return nullptr;
  for (const auto &item : items) {
    Ref v = own(Converter<std::decay_t<decltype(item)>>::toPython(item));
    if (!v || (asSet ? PySet_Add(result.get(), v.get()) : PyList_Append(result.get(), v.get())) < 0)
      return nullptr;
  }
  return result.release();
}

// Each item of an iterable, converted and handed to `add`.
template <class Item, class Add> bool itemsFromPython(PyObject *o, Add add) {
  Ref iterator = own(PyObject_GetIter(o));
  if (!iterator)
    return false;
  while (PyObject *next = PyIter_Next(iterator.get())) {
    Ref item = own(next);
    Item value{};
    if (!Converter<Item>::fromPython(item.get(), value))
      return false;
    add(std::move(value));
  }
  return !PyErr_Occurred();
}

template <class T, class A> struct Converter<std::vector<T, A>> {
  static PyObject *toPython(const std::vector<T, A> &v) { return itemsToPython(v, false); }
  static bool fromPython(PyObject *o, std::vector<T, A> &out) {
    out.clear();
    return itemsFromPython<T>(o, [&](T &&x) { out.push_back(std::move(x)); });
  }
};
template <class T, class A> struct Converter<std::list<T, A>> {
  static PyObject *toPython(const std::list<T, A> &v) { return itemsToPython(v, false); }
  static bool fromPython(PyObject *o, std::list<T, A> &out) {
    out.clear();
    return itemsFromPython<T>(o, [&](T &&x) { out.push_back(std::move(x)); });
  }
};
template <class T, class C, class A> struct Converter<std::set<T, C, A>> {
  static PyObject *toPython(const std::set<T, C, A> &v) { return itemsToPython(v, true); }
  static bool fromPython(PyObject *o, std::set<T, C, A> &out) {
    out.clear();
    return itemsFromPython<T>(o, [&](T &&x) { out.insert(std::move(x)); });
  }
};
template <class T, class H, class E, class A> struct Converter<std::unordered_set<T, H, E, A>> {
  static PyObject *toPython(const std::unordered_set<T, H, E, A> &v) { return itemsToPython(v, true); }
  static bool fromPython(PyObject *o, std::unordered_set<T, H, E, A> &out) {
    out.clear();
    return itemsFromPython<T>(o, [&](T &&x) { out.insert(std::move(x)); });
  }
};

// A pair <-> a tuple of two (any iterable of two converts, as Cython
// unpacks it).
template <class A, class B> struct Converter<std::pair<A, B>> {
  static PyObject *toPython(const std::pair<A, B> &v) {
    Ref first = own(Converter<A>::toPython(v.first));
    if (!first)
      return nullptr;
    Ref second = own(Converter<B>::toPython(v.second));
    if (!second)
      return nullptr;
    return PyTuple_Pack(2, first.get(), second.get());
  }
  static bool fromPython(PyObject *o, std::pair<A, B> &out) {
    Ref items = own(PySequence_Tuple(o));
    if (!items)
      return false;
    Py_ssize_t n = PyTuple_GET_SIZE(items.get());
    if (n != 2) {
      if (n > 2)
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected 2)");
      else
        PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected 2, got %zd)", n);
      return false;
    }
    return Converter<A>::fromPython(PyTuple_GET_ITEM(items.get(), 0), out.first) &&
           Converter<B>::fromPython(PyTuple_GET_ITEM(items.get(), 1), out.second);
  }
};

// A map <-> a dict (from any object with items(), as Cython's map.from_py).
template <class Map> PyObject *mapToPython(const Map &m) {
  Ref result = own(PyDict_New());
  if (!result)
    return nullptr;
  for (const auto &[key, value] : m) {
    Ref k = own(Converter<std::decay_t<decltype(key)>>::toPython(key));
    if (!k)
      return nullptr;
    Ref v = own(Converter<std::decay_t<decltype(value)>>::toPython(value));
    if (!v || PyDict_SetItem(result.get(), k.get(), v.get()) < 0)
      return nullptr;
  }
  return result.release();
}

template <class K, class V, class Add> bool mapFromPython(PyObject *o, Add add) {
  auto convert = [&](PyObject *key, PyObject *value) {
    K k{};
    V v{};
    if (!Converter<K>::fromPython(key, k) || !Converter<V>::fromPython(value, v))
      return false;
    add(std::move(k), std::move(v));
    return true;
  };
  if (PyDict_Check(o)) {
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(o, &pos, &key, &value))
      if (!convert(key, value))
        return false;
    return true;
  }
  // Any mapping: its items(), as Cython's map.from_py reads them
  // (AttributeError for an object without).
  Ref items = own(PyObject_CallMethod(o, "items", nullptr));
  if (!items)
    return false;
  return itemsFromPython<std::pair<K, V>>(items.get(), [&](std::pair<K, V> &&kv) {
    add(std::move(kv.first), std::move(kv.second));
  });
}

template <class K, class V, class C, class A> struct Converter<std::map<K, V, C, A>> {
  static PyObject *toPython(const std::map<K, V, C, A> &m) { return mapToPython(m); }
  static bool fromPython(PyObject *o, std::map<K, V, C, A> &out) {
    out.clear();
    return mapFromPython<K, V>(o, [&](K &&k, V &&v) { out.emplace(std::move(k), std::move(v)); });
  }
};
template <class K, class V, class H, class E, class A> struct Converter<std::unordered_map<K, V, H, E, A>> {
  static PyObject *toPython(const std::unordered_map<K, V, H, E, A> &m) { return mapToPython(m); }
  static bool fromPython(PyObject *o, std::unordered_map<K, V, H, E, A> &out) {
    out.clear();
    return mapFromPython<K, V>(o, [&](K &&k, V &&v) { out.emplace(std::move(k), std::move(v)); });
  }
};

template <class T> PyObject *toPython(const T &value) { return Converter<T>::toPython(value); }
template <class T> bool fromPython(PyObject *o, T &out) { return Converter<T>::fromPython(o, out); }

} // namespace pyxc::cpp
