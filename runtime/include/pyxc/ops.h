// Operations generated code calls where CPython's interpreter has an opcode
// and the C API has no single function: name lookup, unpacking, imports,
// f-string formatting, chained operations.
#pragma once

#include "pyxc/compat.h"
#include "pyxc/ref.h"

namespace pyxc {

// LOAD_GLOBAL: the module's globals, then builtins; NameError otherwise.
PyObject *loadGlobal(PyObject *globals, PyObject *name);

// A call site's memory of a global lookup (CPython's LOAD_GLOBAL inline
// cache): valid while neither the globals nor the builtins dict changed,
// which their version tags tell. 3.12 deprecated the tags; there the cache
// is not used.
struct GlobalCache {
  PyObject *globals = nullptr;
  PyObject *builtins = nullptr; // set when the value came from builtins
  uint64_t globalsVersion = 0, builtinsVersion = 0;
  PyObject *value = nullptr; // borrowed: the dicts hold it while the versions match
};
PyObject *loadGlobalSlow(PyObject *globals, PyObject *name, GlobalCache &cache);

inline PyObject *loadGlobal(PyObject *globals, PyObject *name, GlobalCache &cache) {
#if PY_VERSION_HEX < 0x030C0000
  if (cache.value && cache.globals == globals &&
      cache.globalsVersion == reinterpret_cast<PyDictObject *>(globals)->ma_version_tag &&
      (!cache.builtins || cache.builtinsVersion == reinterpret_cast<PyDictObject *>(cache.builtins)->ma_version_tag))
    return Py_NewRef(cache.value);
  return loadGlobalSlow(globals, name, cache);
#else
  (void)cache;
  return loadGlobal(globals, name);
#endif
}
// LOAD_NAME in a class body: the class namespace first.
PyObject *loadClassName(PyObject *ns, PyObject *globals, PyObject *name);
int deleteGlobal(PyObject *globals, PyObject *name);

// UNPACK_SEQUENCE into exactly `count` new references; `cythonWording`
// (.pyx modules) gives Cython's "need more than N values to unpack".
int unpackSequence(PyObject *iterable, Py_ssize_t count, PyObject **out, bool cythonWording = false);
// UNPACK_EX: `before` items, a list of the rest, `after` items.
int unpackStarred(PyObject *iterable, Py_ssize_t before, Py_ssize_t after, PyObject **out);

// IMPORT_NAME / IMPORT_FROM / import *.
PyObject *importName(PyObject *name, PyObject *globals, PyObject *fromlist, int level);
PyObject *importFrom(PyObject *module, PyObject *name);
int importStar(PyObject *module, PyObject *globals);

// FORMAT_VALUE: conversion is -1, 's', 'r' or 'a', or 'd' (Cython's `%d`:
// the value's int() through its number methods first); spec may be null.
PyObject *formatValueSlow(PyObject *value, int conversion, PyObject *spec);
// f"{x}": an exact str is its own value, with no call.
inline PyObject *formatValue(PyObject *value, int conversion, PyObject *spec) {
  if ((conversion == -1 || conversion == 's') && !spec && PyUnicode_CheckExact(value))
    return Py_NewRef(value);
  return formatValueSlow(value, conversion, spec);
}
// str(x): an exact str is itself and an exact int its decimal digits,
// without PyObject_Str's recursion guard and result checks.
inline PyObject *toStr(PyObject *value) {
  if (PyUnicode_CheckExact(value))
    return Py_NewRef(value);
  if (PyLong_CheckExact(value))
    return PyLong_Type.tp_repr(value);
  return PyObject_Str(value);
}
// BUILD_STRING
PyObject *joinStrings(PyObject *const *parts, Py_ssize_t count);

// A call with *args/**kwargs already collected (CALL_FUNCTION_EX).
PyObject *callEx(PyObject *callable, PyObject *args, PyObject *kwargs);
// Merges a **mapping into a call's kwargs dict, with CPython's errors for
// duplicates and non-mappings.
int mergeKwargs(PyObject *callable, PyObject *kwargs, PyObject *mapping);
// Extends a list with an iterable (for *args and [*a]), with CPython's
// message when `callable` is given and the value is not iterable.
int extendStarArgs(PyObject *callable, PyObject *list, PyObject *iterable);

// `x in y` / `x not in y` as 0/1/-1.
inline int contains(PyObject *container, PyObject *item) {
  if (PyDict_CheckExact(container))
    return PyDict_Contains(container, item);
  return PySequence_Contains(container, item);
}

// `x in d` for a variable Cython code typed `dict` (a dict or None): None
// raises as Cython's dict test does.
int raiseNoneNotIterable();
inline int dictContains(PyObject *dict, PyObject *item) {
  return dict == Py_None ? raiseNoneNotIterable() : PyDict_Contains(dict, item);
}

// x[key] and x[key] = v with exact dicts and lists (int index) handled
// inline; everything else through the mapping/sequence protocol.
PyObject *getItemSlow(PyObject *obj, PyObject *key);
inline PyObject *getItem(PyObject *obj, PyObject *key) {
  if (PyDict_CheckExact(obj)) {
    PyObject *v = PyDict_GetItemWithError(obj, key);
    if (v)
      return Py_NewRef(v);
    return getItemSlow(obj, key); // KeyError, or __missing__-free error
  }
  if (PyList_CheckExact(obj) && PyLong_CheckExact(key)) {
    Py_ssize_t i = PyLong_AsSsize_t(key);
    if (i == -1 && PyErr_Occurred()) {
      PyErr_Clear(); // too big: the protocol raises the right error
    } else {
      Py_ssize_t n = PyList_GET_SIZE(obj);
      if (i < 0)
        i += n;
      if (i >= 0 && i < n)
        return Py_NewRef(PyList_GET_ITEM(obj, i));
    }
  }
  return PyObject_GetItem(obj, key);
}
// d[key] where d is known to be an exact dict.
inline PyObject *dictGetItem(PyObject *dict, PyObject *key) {
  PyObject *v = PyDict_GetItemWithError(dict, key);
  return v ? Py_NewRef(v) : getItemSlow(dict, key);
}
inline int setItem(PyObject *obj, PyObject *key, PyObject *value) {
  if (PyDict_CheckExact(obj))
    return PyDict_SetItem(obj, key, value);
  return PyObject_SetItem(obj, key, value);
}

// "module.qualname()" as CPython names a callable in call errors.
PyObject *functionDescription(PyObject *callable);

// The builtin namespace of a module's globals.
PyObject *builtins(PyObject *globals);

// A class statement: metaclass from keywords or bases, __prepare__, then the
// call; `ns` was filled by the class body.
PyObject *prepareClass(PyObject *name, PyObject *bases, PyObject *kwargs, PyObject **metaclass);
PyObject *buildClass(PyObject *metaclass, PyObject *name, PyObject *bases, PyObject *ns, PyObject *kwargs);

} // namespace pyxc
