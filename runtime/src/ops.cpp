#include "pyxc/ops.h"
#include "pyxc/numbers.h"

#include "pyxc/errors.h"
#include "pyxc/function.h"
#include "pyxc/runtime.h"

#include <cstring>
#include <vector>

namespace pyxc {

PyObject *builtins(PyObject *globals) {
  static PyObject *key = PyUnicode_InternFromString("__builtins__");
  PyObject *b = key ? PyDict_GetItemWithError(globals, key) : nullptr;
  if (b && PyModule_Check(b))
    b = PyModule_GetDict(b);
  return b ? b : PyEval_GetBuiltins();
}

PyObject *loadGlobal(PyObject *globals, PyObject *name) {
  PyObject *v = PyDict_GetItemWithError(globals, name);
  if (!v && !PyErr_Occurred())
    v = PyDict_GetItemWithError(builtins(globals), name);
  if (v)
    return Py_NewRef(v);
  if (!PyErr_Occurred())
    raiseNameError(name);
  return nullptr;
}

PyObject *loadGlobalSlow(PyObject *globals, PyObject *name, GlobalCache &cache) {
  cache.value = nullptr;
  PyObject *v = PyDict_GetItemWithError(globals, name);
  if (v) {
#if PY_VERSION_HEX < 0x030C0000
    cache = {globals, nullptr, reinterpret_cast<PyDictObject *>(globals)->ma_version_tag, 0, v};
#endif
    return Py_NewRef(v);
  }
  if (PyErr_Occurred())
    return nullptr;
  PyObject *b = builtins(globals);
  v = PyDict_Check(b) ? PyDict_GetItemWithError(b, name) : nullptr;
  if (v) {
#if PY_VERSION_HEX < 0x030C0000
    cache = {globals, b, reinterpret_cast<PyDictObject *>(globals)->ma_version_tag,
             reinterpret_cast<PyDictObject *>(b)->ma_version_tag, v};
#endif
    return Py_NewRef(v);
  }
  if (!PyErr_Occurred())
    raiseNameError(name);
  return nullptr;
}

PyObject *loadClassName(PyObject *ns, PyObject *globals, PyObject *name) {
  PyObject *v = PyObject_GetItem(ns, name);
  if (v)
    return v;
  if (!PyErr_ExceptionMatches(PyExc_KeyError))
    return nullptr;
  PyErr_Clear();
  return loadGlobal(globals, name);
}

int deleteGlobal(PyObject *globals, PyObject *name) {
  if (PyDict_DelItem(globals, name) == 0)
    return 0;
  if (PyErr_ExceptionMatches(PyExc_KeyError)) {
    PyErr_Clear();
    raiseNameError(name);
  }
  return -1;
}

static int notIterable(PyObject *obj) {
  PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object", Py_TYPE(obj)->tp_name);
  return -1;
}

// Too few values for `count` targets: CPython's message, or Cython's.
static void notEnoughValues(Py_ssize_t count, Py_ssize_t got, bool cythonWording) {
  if (cythonWording)
    PyErr_Format(PyExc_ValueError, "need more than %zd value%s to unpack", got, got == 1 ? "" : "s");
  else
    PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected %zd, got %zd)", count, got);
}

int unpackSequence(PyObject *iterable, Py_ssize_t count, PyObject **out, bool cythonWording) {
  if ((PyTuple_CheckExact(iterable) || PyList_CheckExact(iterable))) {
    Py_ssize_t n = PySequence_Fast_GET_SIZE(iterable);
    if (n != count) {
      if (n < count)
        notEnoughValues(count, n, cythonWording);
      else
#if PY_VERSION_HEX >= 0x030C0000
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %zd, got %zd)", count, n);
#else
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %zd)", count);
#endif
      return -1;
    }
    PyObject **items = PySequence_Fast_ITEMS(iterable);
    for (Py_ssize_t i = 0; i < count; ++i)
      out[i] = Py_NewRef(items[i]);
    return 0;
  }
  Ref it = own(PyObject_GetIter(iterable));
  if (!it) {
    if (PyErr_ExceptionMatches(PyExc_TypeError) && !Py_TYPE(iterable)->tp_iter && !PySequence_Check(iterable)) {
      PyErr_Clear();
      return notIterable(iterable);
    }
    return -1;
  }
  for (Py_ssize_t i = 0; i < count; ++i) {
    out[i] = PyIter_Next(it.get());
    if (!out[i]) {
      for (Py_ssize_t j = 0; j < i; ++j)
        Py_CLEAR(out[j]);
      if (!PyErr_Occurred())
        notEnoughValues(count, i, cythonWording);
      return -1;
    }
  }
  Ref extra = own(PyIter_Next(it.get()));
  if (extra || PyErr_Occurred()) {
    for (Py_ssize_t j = 0; j < count; ++j)
      Py_CLEAR(out[j]);
    if (extra)
      PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %zd)", count);
    return -1;
  }
  return 0;
}

int unpackStarred(PyObject *iterable, Py_ssize_t before, Py_ssize_t after, PyObject **out) {
  Ref it = own(PyObject_GetIter(iterable));
  if (!it) {
    if (PyErr_ExceptionMatches(PyExc_TypeError) && !Py_TYPE(iterable)->tp_iter && !PySequence_Check(iterable)) {
      PyErr_Clear();
      return notIterable(iterable);
    }
    return -1;
  }
  Py_ssize_t total = before + 1 + after;
  for (Py_ssize_t i = 0; i < total; ++i)
    out[i] = nullptr;
  auto fail = [&] {
    for (Py_ssize_t i = 0; i < total; ++i)
      Py_CLEAR(out[i]);
    return -1;
  };
  for (Py_ssize_t i = 0; i < before; ++i) {
    out[i] = PyIter_Next(it.get());
    if (!out[i]) {
      if (!PyErr_Occurred())
        PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected at least %zd, got %zd)",
                     before + after, i);
      return fail();
    }
  }
  PyObject *rest = PySequence_List(it.get());
  if (!rest)
    return fail();
  out[before] = rest;
  Py_ssize_t n = PyList_GET_SIZE(rest);
  if (n < after) {
    PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected at least %zd, got %zd)", before + after,
                 before + n);
    return fail();
  }
  for (Py_ssize_t i = 0; i < after; ++i)
    out[before + 1 + i] = Py_NewRef(PyList_GET_ITEM(rest, n - after + i));
  if (after && PyList_SetSlice(rest, n - after, n, nullptr) < 0)
    return fail();
  return 0;
}

PyObject *importName(PyObject *name, PyObject *globals, PyObject *fromlist, int level) {
  return PyImport_ImportModuleLevelObject(name, globals, nullptr, fromlist, level);
}

PyObject *importFrom(PyObject *module, PyObject *name) {
  PyObject *v = PyObject_GetAttr(module, name);
  if (v || !PyErr_ExceptionMatches(PyExc_AttributeError))
    return v;
  PyErr_Clear();
  // A submodule imported as a side effect lives in sys.modules.
  Ref pkgname = own(PyObject_GetAttrString(module, "__name__"));
  if (pkgname && !PyUnicode_Check(pkgname.get()))
    pkgname = Ref(); // a __name__ that is no str names nothing
  if (pkgname) {
    Ref full = own(PyUnicode_FromFormat("%U.%U", pkgname.get(), name));
    if (full) {
      v = PyImport_GetModule(full.get());
      if (v)
        return v;
    }
  }
  PyErr_Clear();
  Ref file = own(PyModule_Check(module) ? PyModule_GetFilenameObject(module) : nullptr);
  PyErr_Clear();
  if (file && !PyUnicode_Check(file.get()))
    file = Ref();
  // The error carries the module's name and path (ImportError.name/.path), as CPython's.
  Ref message = own(pkgname && file ? PyUnicode_FromFormat("cannot import name '%U' from '%U' (%U)", name,
                                                           pkgname.get(), file.get())
                    : pkgname ? PyUnicode_FromFormat("cannot import name '%U' from '%U' (unknown location)", name,
                                                     pkgname.get())
                              : PyUnicode_FromFormat("cannot import name '%U'", name));
  if (message)
    PyErr_SetImportError(message.get(), pkgname ? pkgname.get() : nullptr, file ? file.get() : nullptr);
  return nullptr;
}

int importStar(PyObject *module, PyObject *globals) {
  Ref all = own(PyObject_GetAttrString(module, "__all__"));
  bool skipPrivate = false;
  if (!all) {
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
      return -1;
    PyErr_Clear();
    Ref dict = own(PyObject_GetAttrString(module, "__dict__"));
    if (!dict)
      return -1;
    all = own(PyMapping_Keys(dict.get()));
    if (!all)
      return -1;
    skipPrivate = true;
  }
  Ref it = own(PyObject_GetIter(all.get()));
  if (!it)
    return -1;
  while (Ref name = own(PyIter_Next(it.get()))) {
    if (skipPrivate && PyUnicode_Check(name.get()) && PyUnicode_READ_CHAR(name.get(), 0) == '_')
      continue;
    Ref value = own(PyObject_GetAttr(module, name.get()));
    if (!value || PyDict_SetItem(globals, name.get(), value.get()) < 0)
      return -1;
  }
  return PyErr_Occurred() ? -1 : 0;
}

int richCompareTruth(PyObject *a, PyObject *b, int op) { return compareTruth(a, b, op); }

// A key an exact dict lacks: KeyError(key), unless the lookup itself failed.
PyObject *getItemSlow(PyObject *obj, PyObject *key) {
  (void)obj;
  if (PyErr_Occurred())
    return nullptr;
  PyObject *args = PyTuple_Pack(1, key); // KeyError((1, 2)), not KeyError(1, 2)
  if (args) {
    PyErr_SetObject(PyExc_KeyError, args);
    Py_DECREF(args);
  }
  return nullptr;
}

PyObject *formatValueSlow(PyObject *value, int conversion, PyObject *spec) {
  Ref converted;
  switch (conversion) {
  case 's': converted = own(PyObject_Str(value)); break;
  case 'r': converted = own(PyObject_Repr(value)); break;
  case 'a': converted = own(PyObject_ASCII(value)); break;
  case 'd': { // as Cython's __Pyx_PyNumber_Long: numbers only (no parsing of strings)
    PyNumberMethods *nb = Py_TYPE(value)->tp_as_number;
    if (PyLong_CheckExact(value)) {
      converted = keep(value);
    } else if (nb && (nb->nb_int || nb->nb_index)) {
      converted = own(PyNumber_Long(value));
    } else {
      PyErr_SetString(PyExc_TypeError, "an integer is required");
      return nullptr;
    }
    break;
  }
  default: converted = keep(value); break;
  }
  if (!converted)
    return nullptr;
  if (!spec && PyUnicode_CheckExact(converted.get()))
    return converted.release();
  // format(x, '') of an exact int or float is its str(), without the
  // format-spec machinery.
  if (!spec && (PyLong_CheckExact(converted.get()) || PyFloat_CheckExact(converted.get())))
    return Py_TYPE(converted.get())->tp_repr(converted.get());
  return PyObject_Format(converted.get(), spec);
}

// BUILD_STRING: every part is an exact str; size the result once, copy once.
// All parts ASCII (the common case): one pass for the length, one copy each.
static PyObject *joinAscii(PyObject *const *parts, Py_ssize_t count, Py_ssize_t length) {
  PyObject *result = PyUnicode_New(length, 127);
  if (!result)
    return nullptr;
  char *out = static_cast<char *>(PyUnicode_DATA(result));
  for (Py_ssize_t i = 0; i < count; ++i) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(parts[i]);
    std::memcpy(out, PyUnicode_DATA(parts[i]), size_t(n));
    out += n;
  }
  return result;
}

PyObject *joinStrings(PyObject *const *parts, Py_ssize_t count) {
  Py_ssize_t asciiLength = 0;
  bool ascii = true;
  for (Py_ssize_t i = 0; i < count && ascii; ++i) {
    ascii = PyUnicode_IS_ASCII(parts[i]);
    asciiLength += PyUnicode_GET_LENGTH(parts[i]);
  }
  if (ascii)
    return joinAscii(parts, count, asciiLength);
  Py_ssize_t length = 0;
  Py_UCS4 maxChar = 0;
  for (Py_ssize_t i = 0; i < count; ++i) {
    length += PyUnicode_GET_LENGTH(parts[i]);
    Py_UCS4 m = PyUnicode_MAX_CHAR_VALUE(parts[i]);
    maxChar = m > maxChar ? m : maxChar;
  }
  PyObject *result = PyUnicode_New(length, maxChar);
  if (!result)
    return nullptr;
  Py_ssize_t at = 0;
  int kind = PyUnicode_KIND(result);
  char *data = static_cast<char *>(PyUnicode_DATA(result));
  for (Py_ssize_t i = 0; i < count; ++i) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(parts[i]);
    if (!n)
      continue;
    if (PyUnicode_KIND(parts[i]) == kind) {
      std::memcpy(data + at * kind, PyUnicode_DATA(parts[i]), size_t(n) * size_t(kind));
    } else if (PyUnicode_CopyCharacters(result, at, parts[i], 0, n) < 0) {
      Py_DECREF(result);
      return nullptr;
    }
    at += n;
  }
  return result;
}

// A method found on the type can be called unbound only when nothing on the
// instance can shadow it: the type's attribute lookup is the generic one and
// its instances have no __dict__. The builtin types (str, list, dict, ...)
// are the common case.
static bool cacheableMethodOwner(PyTypeObject *type) {
  return type->tp_getattro == PyObject_GenericGetAttr && type->tp_dictoffset == 0 &&
         !PyType_HasFeature(type, Py_TPFLAGS_MANAGED_DICT);
}

PyObject *callMethodSlow(MethodCache &cache, PyObject *name, PyObject *const *args, size_t nargs,
                         PyObject *kwnames) {
  PyTypeObject *type = Py_TYPE(args[0]);
  if (cacheableMethodOwner(type)) {
    PyObject *method = _PyType_Lookup(type, name); // assigns the version tag
    if (method && PyType_HasFeature(Py_TYPE(method), Py_TPFLAGS_METHOD_DESCRIPTOR) &&
        PyType_HasFeature(type, Py_TPFLAGS_VALID_VERSION_TAG)) {
      if (vectorcallfunc call = PyVectorcall_Function(method)) {
        cache = MethodCache{type, type->tp_version_tag, call, method};
        return call(method, args, nargs, kwnames);
      }
    }
  }
  // Instances with a __dict__ may shadow the method: look it up on this
  // object (as CPython's LOAD_METHOD does), then call a compiled function
  // found on the class straight into its body.
  PyObject *method = nullptr;
  int unbound = _PyObject_GetMethod(args[0], name, &method);
  if (!method)
    return nullptr;
  PyObject *result;
  if (unbound) {
    if (!directCall(method, args, nargs, kwnames, &result))
      result = PyObject_Vectorcall(method, args, nargs, kwnames);
  } else {
    result = PyObject_Vectorcall(method, args + 1, (nargs - 1) | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
  }
  Py_DECREF(method);
  return result;
}

PyObject *callEx(PyObject *callable, PyObject *args, PyObject *kwargs) {
  return PyObject_Call(callable, args, kwargs);
}

// How CPython names a callable in call errors (_PyObject_FunctionStr):
// "module.qualname()", "qualname()" for builtins, or str(callable).
static Ref callableDescription(PyObject *callable) {
  Ref qualname = own(PyObject_GetAttrString(callable, "__qualname__"));
  if (!qualname) {
    PyErr_Clear();
    return own(PyObject_Str(callable));
  }
  Ref module = own(PyObject_GetAttrString(callable, "__module__"));
  PyErr_Clear();
  if (module && module.get() != Py_None && PyUnicode_Check(module.get()) &&
      PyUnicode_CompareWithASCIIString(module.get(), "builtins") != 0)
    return own(PyUnicode_FromFormat("%S.%S()", module.get(), qualname.get()));
  return own(PyUnicode_FromFormat("%S()", qualname.get()));
}

PyObject *functionDescription(PyObject *callable) { return callableDescription(callable).release(); }

int mergeKwargs(PyObject *callable, PyObject *kwargs, PyObject *mapping) {
  if (!PyDict_Check(mapping) && !PyObject_HasAttrString(mapping, "keys")) {
    Ref what = callableDescription(callable);
    PyErr_Format(PyExc_TypeError, "%U argument after ** must be a mapping, not %.200s", what.get(),
                 Py_TYPE(mapping)->tp_name);
    return -1;
  }
  Ref keys = own(PyMapping_Keys(mapping));
  if (!keys)
    return -1;
  Py_ssize_t n = PyList_GET_SIZE(keys.get());
  for (Py_ssize_t i = 0; i < n; ++i) {
    PyObject *key = PyList_GET_ITEM(keys.get(), i);
    if (!PyUnicode_Check(key)) {
      Ref what = callableDescription(callable);
      PyErr_Format(PyExc_TypeError, "%U keywords must be strings", what.get());
      return -1;
    }
    int has = PyDict_Contains(kwargs, key);
    if (has < 0)
      return -1;
    if (has) {
      Ref what = callableDescription(callable);
      PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%U'", what.get(), key);
      return -1;
    }
    Ref value = own(PyObject_GetItem(mapping, key));
    if (!value || PyDict_SetItem(kwargs, key, value.get()) < 0)
      return -1;
  }
  return 0;
}

int extendStarArgs(PyObject *callable, PyObject *list, PyObject *iterable) {
  Ref result = own(_PyList_Extend(reinterpret_cast<PyListObject *>(list), iterable));
  if (result)
    return 0;
  if (callable && PyErr_ExceptionMatches(PyExc_TypeError) && !Py_TYPE(iterable)->tp_iter &&
      !PySequence_Check(iterable)) {
    PyErr_Clear();
    Ref what = callableDescription(callable);
    PyErr_Format(PyExc_TypeError, "%U argument after * must be an iterable, not %.200s", what.get(),
                 Py_TYPE(iterable)->tp_name);
  }
  return -1;
}

PyObject *prepareClass(PyObject *name, PyObject *bases, PyObject *kwargs, PyObject **metaclass) {
  Ref meta;
  if (kwargs && PyDict_Check(kwargs)) {
    PyObject *m = PyDict_GetItemString(kwargs, "metaclass");
    if (m) {
      meta = keep(m);
      if (PyDict_DelItemString(kwargs, "metaclass") < 0)
        return nullptr;
    }
  }
  if (!meta) {
    meta = keep(PyTuple_GET_SIZE(bases) ? reinterpret_cast<PyObject *>(Py_TYPE(PyTuple_GET_ITEM(bases, 0)))
                                        : reinterpret_cast<PyObject *>(&PyType_Type));
  }
  if (PyType_Check(meta.get())) {
    // The most derived metaclass of the bases wins (type.__new__'s rule).
    PyTypeObject *winner = reinterpret_cast<PyTypeObject *>(meta.get());
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); ++i) {
      PyTypeObject *t = Py_TYPE(PyTuple_GET_ITEM(bases, i));
      if (PyType_IsSubtype(winner, t))
        continue;
      if (PyType_IsSubtype(t, winner)) {
        winner = t;
        continue;
      }
      PyErr_SetString(PyExc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                       "subclass of the metaclasses of all its bases");
      return nullptr;
    }
    meta = keep(reinterpret_cast<PyObject *>(winner));
  }
  Ref prepare = own(PyObject_GetAttrString(meta.get(), "__prepare__"));
  Ref ns;
  if (prepare) {
    Ref args = own(PyTuple_Pack(2, name, bases));
    if (!args)
      return nullptr;
    ns = own(PyObject_Call(prepare.get(), args.get(), kwargs));
  } else if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
    PyErr_Clear();
    ns = own(PyDict_New());
  }
  if (!ns)
    return nullptr;
  if (!PyMapping_Check(ns.get())) {
    PyErr_Format(PyExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                 PyType_Check(meta.get()) ? reinterpret_cast<PyTypeObject *>(meta.get())->tp_name : "<metaclass>",
                 Py_TYPE(ns.get())->tp_name);
    return nullptr;
  }
  *metaclass = meta.release();
  return ns.release();
}

// type.__new__ makes plain functions named __new__ static and
// __init_subclass__/__class_getitem__ class methods; it only recognises
// interpreted functions, so compiled ones are wrapped here.
static int wrapImplicitMethods(PyObject *ns) {
  static const struct {
    const char *name;
    PyTypeObject *wrapper;
  } kImplicit[] = {{"__new__", &PyStaticMethod_Type},
                   {"__init_subclass__", &PyClassMethod_Type},
                   {"__class_getitem__", &PyClassMethod_Type}};
  for (const auto &entry : kImplicit) {
    Ref key = own(PyUnicode_InternFromString(entry.name));
    if (!key)
      return -1;
    Ref value = own(PyObject_GetItem(ns, key.get()));
    if (!value) {
      if (!PyErr_ExceptionMatches(PyExc_KeyError))
        return -1;
      PyErr_Clear();
      continue;
    }
    if (Py_TYPE(value.get()) != FunctionType)
      continue;
    Ref wrapped = own(PyObject_CallOneArg(reinterpret_cast<PyObject *>(entry.wrapper), value.get()));
    if (!wrapped || PyObject_SetItem(ns, key.get(), wrapped.get()) < 0)
      return -1;
  }
  return 0;
}

PyObject *buildClass(PyObject *metaclass, PyObject *name, PyObject *bases, PyObject *ns, PyObject *kwargs) {
  if (wrapImplicitMethods(ns) < 0)
    return nullptr;
  Ref args = own(PyTuple_Pack(3, name, bases, ns));
  if (!args)
    return nullptr;
  return PyObject_Call(metaclass, args.get(), kwargs);
}

int raiseNoneNotIterable() {
  PyErr_SetString(PyExc_TypeError, "'NoneType' object is not iterable");
  return -1;
}

} // namespace pyxc
