#include "pyxc/runtime.h"

namespace pyxc {

int checkRuntime(int abi) {
  if (abi != PYXC_RUNTIME_ABI) {
    PyErr_Format(PyExc_ImportError, "module built for pyxc runtime ABI %d, but this runtime is ABI %d", abi,
                 PYXC_RUNTIME_ABI);
    return -1;
  }
  // A module's constants, types and cached objects are made once, in the
  // first interpreter that imports it, and shared by the process: another
  // interpreter must not use them (its objects belong to the first one).
  // Refused with Cython's error, instead of corrupting both.
  static int64_t firstInterpreter = -1;
  int64_t interpreter = PyInterpreterState_GetID(PyInterpreterState_Get());
  if (firstInterpreter == -1)
    firstInterpreter = interpreter;
  else if (interpreter != firstInterpreter) {
    PyErr_SetString(PyExc_ImportError,
                    "Interpreter change detected - this module can only be loaded into one interpreter per process.");
    return -1;
  }
  if (initSmallInts() < 0)
    return -1;
  return initFunctionType(); // generator types: initGeneratorType(), by modules that have generators
}

PyObject *smallIntObjects[262];

int initSmallInts() {
  if (smallIntObjects[0])
    return 0;
  for (long v = -5; v <= 256; ++v)
    if (!(smallIntObjects[v + 5] = PyLong_FromLong(v))) // kept for the process's life
      return -1;
  return 0;
}

int initModuleGlobals(PyObject *module) {
  PyObject *globals = PyModule_GetDict(module);
  if (!globals)
    return -1;
  if (PyDict_GetItemString(globals, "__builtins__"))
    return 0;
  return PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
}

PyObject *internString(const char *utf8, Py_ssize_t size) {
  PyObject *s = PyUnicode_DecodeUTF8(utf8, size, "surrogatepass");
  if (s)
    PyUnicode_InternInPlace(&s);
  return s;
}

int exceptionMatchesValue(PyObject *exc, PyObject *type) {
  auto isClass = [](PyObject *t) { return PyExceptionClass_Check(t); };
  bool ok = isClass(type);
  if (PyTuple_Check(type)) {
    ok = true;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(type); ++i)
      ok &= isClass(PyTuple_GET_ITEM(type, i));
  }
  if (!ok) {
    PyErr_SetString(PyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return PyErr_GivenExceptionMatches(exc, type);
}

RangeCount countRange(PyObject *range) {
  RangeCount r{0, 1, 0, false};
  long values[3];
  const char *names[] = {"start", "stop", "step"};
  for (int i = 0; i < 3; ++i) {
    Ref v = own(PyObject_GetAttrString(range, names[i]));
    if (!v)
      return PyErr_Clear(), r;
    int overflow = 0;
    values[i] = PyLong_AsLongAndOverflow(v.get(), &overflow);
    if (overflow || (values[i] == -1 && PyErr_Occurred()))
      return PyErr_Clear(), r;
    // Keep start + count * step inside a long.
    if (values[i] > LONG_MAX / 4 || values[i] < LONG_MIN / 4)
      return r;
  }
  Py_ssize_t length = PyObject_Length(range);
  if (length < 0)
    return PyErr_Clear(), r;
  return RangeCount{values[0], values[2], long(length), true};
}

int setupAnnotations(PyObject *ns) {
  Ref key = own(PyUnicode_InternFromString("__annotations__"));
  if (!key)
    return -1;
  Ref existing = own(PyObject_GetItem(ns, key.get()));
  if (existing)
    return 0;
  if (!PyErr_ExceptionMatches(PyExc_KeyError))
    return -1;
  PyErr_Clear();
  Ref dict = own(PyDict_New());
  return dict ? PyObject_SetItem(ns, key.get(), dict.get()) : -1;
}

int initClassNamespace(PyObject *ns, PyObject *globals, PyObject *qualname) {
  PyObject *module = PyDict_GetItemString(globals, "__name__");
  if (module) {
    Ref moduleKey = own(PyUnicode_InternFromString("__module__"));
    if (!moduleKey || PyObject_SetItem(ns, moduleKey.get(), module) < 0)
      return -1;
  }
  Ref key = own(PyUnicode_InternFromString("__qualname__"));
  return key ? PyObject_SetItem(ns, key.get(), qualname) : -1;
}

PyObject *loadClassFree(PyObject *ns, PyObject *name, PyObject *cell) {
  PyObject *v = PyObject_GetItem(ns, name);
  if (v || !PyErr_ExceptionMatches(PyExc_KeyError))
    return v;
  PyErr_Clear();
  v = PyCell_GET(cell);
  if (!v) {
    PyErr_Format(PyExc_NameError,
                 "cannot access free variable '%U' where it is not associated with a value in enclosing scope", name);
    return nullptr;
  }
  return Py_NewRef(v);
}

int deleteClassName(PyObject *ns, PyObject *name) {
  if (PyObject_DelItem(ns, name) == 0)
    return 0;
  if (PyErr_ExceptionMatches(PyExc_KeyError)) {
    PyErr_Clear();
    PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
  }
  return -1;
}

void discardGlobal(PyObject *mapping, PyObject *name) {
  PyObject *exc = pyxc_GetRaisedException();
  if (PyObject_DelItem(mapping, name) < 0)
    PyErr_Clear();
  pyxc_SetRaisedException(exc);
}

PyObject *moduleNameOf(PyObject *globals) {
  PyObject *name = PyDict_GetItemString(globals, "__name__");
  return name ? name : Py_None;
}

static PyObject *lookupSpecial(PyObject *obj, const char *name) {
  Ref attr = own(PyObject_GetAttrString(reinterpret_cast<PyObject *>(Py_TYPE(obj)), name));
  if (!attr) {
    PyErr_Clear();
    return nullptr;
  }
  descrgetfunc get = Py_TYPE(attr.get())->tp_descr_get;
  if (get)
    return get(attr.get(), obj, reinterpret_cast<PyObject *>(Py_TYPE(obj)));
  return attr.release();
}

PyObject *enterContext(PyObject *manager, Ref *exitOut, bool async) {
  const char *protocol = async ? "asynchronous context manager" : "context manager";
  Ref enter = own(lookupSpecial(manager, async ? "__aenter__" : "__enter__"));
  if (!enter) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_TypeError, "'%.200s' object does not support the %s protocol", Py_TYPE(manager)->tp_name,
                   protocol);
    return nullptr;
  }
  Ref exit = own(lookupSpecial(manager, async ? "__aexit__" : "__exit__"));
  if (!exit) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_TypeError, "'%.200s' object does not support the %s protocol (missed %s method)",
                   Py_TYPE(manager)->tp_name, protocol, async ? "__aexit__" : "__exit__");
    return nullptr;
  }
  PyObject *result = PyObject_CallNoArgs(enter.get());
  if (result)
    *exitOut = std::move(exit);
  return result;
}

PyObject *callExit(PyObject *exit, PyObject *exc) {
  if (!exc) {
    PyObject *args[] = {Py_None, Py_None, Py_None};
    return PyObject_Vectorcall(exit, args, 3, nullptr);
  }
  Ref tb = own(PyException_GetTraceback(exc));
  PyObject *args[] = {reinterpret_cast<PyObject *>(Py_TYPE(exc)), exc, tb ? tb.get() : Py_None};
  return PyObject_Vectorcall(exit, args, 3, nullptr);
}

int exitContext(PyObject *exit) {
  Ref r = own(callExit(exit, nullptr));
  return r ? 0 : -1;
}

int exitContextWithException(PyObject *exit, PyObject *exc) {
  Ref r = own(callExit(exit, exc));
  if (!r)
    return -1;
  return isTrue(r.get());
}

int setUpdate(PyObject *set, PyObject *iterable) {
  Ref it = own(PyObject_GetIter(iterable));
  if (!it)
    return -1;
  while (Ref item = own(PyIter_Next(it.get())))
    if (PySet_Add(set, item.get()) < 0)
      return -1;
  return PyErr_Occurred() ? -1 : 0;
}

int dictUpdate(PyObject *dict, PyObject *mapping) {
  if (PyDict_Update(dict, mapping) == 0)
    return 0;
  if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping", Py_TYPE(mapping)->tp_name);
  }
  return -1;
}

int setKeyword(PyObject *callable, PyObject *kwargs, PyObject *name, PyObject *value) {
  int has = PyDict_Contains(kwargs, name);
  if (has < 0)
    return -1;
  if (has) {
    Ref described = own(functionDescription(callable));
    if (described)
      PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%U'", described.get(), name);
    return -1;
  }
  return PyDict_SetItem(kwargs, name, value);
}

} // namespace pyxc
