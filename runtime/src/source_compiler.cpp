// exec, eval and compile called from compiled code (pyxc::callSourceCompiler).
#include "pyxc/runtime.h"

#include <cstring>

namespace pyxc {

namespace {

struct Builtins {
  PyObject *exec = nullptr, *eval = nullptr, *compile = nullptr;
};

// The builtin functions, looked up once per process.
const Builtins *builtins() {
  static Builtins b;
  static bool done = false;
  if (!done) {
    PyObject *module = PyImport_ImportModule("builtins");
    if (!module)
      return nullptr;
    b.exec = PyObject_GetAttrString(module, "exec");
    b.eval = PyObject_GetAttrString(module, "eval");
    b.compile = PyObject_GetAttrString(module, "compile");
    Py_DECREF(module);
    if (!b.exec || !b.eval || !b.compile)
      return nullptr;
    done = true;
  }
  return &b;
}

// Compiles exec's or eval's source argument as the builtin would, with
// the given flags only. Returns the code object, or a new reference to
// `source` when it is not source text (a code object, or an error the
// builtin reports itself).
PyObject *compileSource(PyObject *source, int start, int futureFlags) {
  const char *text;
  Py_ssize_t size;
  PyCompilerFlags flags = _PyCompilerFlags_INIT;
  flags.cf_flags = futureFlags;
  if (PyUnicode_Check(source)) {
    text = PyUnicode_AsUTF8AndSize(source, &size);
    if (!text)
      return nullptr;
    flags.cf_flags |= PyCF_SOURCE_IS_UTF8;
  } else if (PyBytes_Check(source)) {
    text = PyBytes_AS_STRING(source);
    size = PyBytes_GET_SIZE(source);
  } else if (PyByteArray_Check(source)) {
    text = PyByteArray_AS_STRING(source);
    size = PyByteArray_GET_SIZE(source);
  } else {
    return Py_NewRef(source);
  }
  if (static_cast<Py_ssize_t>(std::strlen(text)) != size)
    return Py_NewRef(source); // the builtin reports null bytes as this Python version does
  if (start == Py_eval_input) // eval() ignores leading spaces and tabs
    while (*text == ' ' || *text == '\t')
      ++text;
  PyObject *filename = PyUnicode_FromString("<string>");
  if (!filename)
    return nullptr;
  PyObject *code = Py_CompileStringObject(text, filename, start, &flags, -1);
  Py_DECREF(filename);
  return code;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, ...): unless
// the call says dont_inherit itself, the module's flags join the given ones
// and nothing is inherited.
PyObject *callCompile(PyObject *callee, PyObject *const *args, size_t nargs, PyObject *kwnames, int futureFlags) {
  Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  if (nargs >= 5)
    return PyObject_Vectorcall(callee, args, nargs, kwnames);
  for (Py_ssize_t i = 0; i < nkw; ++i)
    if (PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(kwnames, i), "dont_inherit") == 0)
      return PyObject_Vectorcall(callee, args, nargs, kwnames);
  PyObject *positional = PyTuple_New(static_cast<Py_ssize_t>(nargs < 4 ? nargs : 3));
  PyObject *keywords = PyDict_New();
  PyObject *result = nullptr;
  if (positional && keywords) {
    for (size_t i = 0; i < nargs && i < 3; ++i)
      PyTuple_SET_ITEM(positional, static_cast<Py_ssize_t>(i), Py_NewRef(args[i]));
    bool ok = true;
    for (Py_ssize_t i = 0; i < nkw && ok; ++i)
      ok = PyDict_SetItem(keywords, PyTuple_GET_ITEM(kwnames, i), args[nargs + static_cast<size_t>(i)]) == 0;
    PyObject *given = nargs == 4 ? args[3] : ok ? PyDict_GetItemString(keywords, "flags") : nullptr;
    long flags = given ? PyLong_AsLong(given) : 0;
    PyObject *merged = ok && !(flags == -1 && PyErr_Occurred()) ? PyLong_FromLong(flags | futureFlags) : nullptr;
    if (merged && PyDict_SetItemString(keywords, "flags", merged) == 0 &&
        PyDict_SetItemString(keywords, "dont_inherit", Py_True) == 0)
      result = PyObject_Call(callee, positional, keywords);
    Py_XDECREF(merged);
  }
  Py_XDECREF(positional);
  Py_XDECREF(keywords);
  return result;
}

} // namespace

PyObject *callSourceCompiler(PyObject *callee, PyObject *const *args, size_t nargs, PyObject *kwnames,
                             int futureFlags) {
  const Builtins *b = builtins();
  if (!b)
    return nullptr;
  if (callee == b->compile)
    return callCompile(callee, args, nargs, kwnames, futureFlags);
  if ((callee != b->exec && callee != b->eval) || nargs == 0)
    return PyObject_Vectorcall(callee, args, nargs, kwnames);
  PyObject *code = compileSource(args[0], callee == b->exec ? Py_file_input : Py_eval_input, futureFlags);
  if (!code)
    return nullptr;
  Py_ssize_t total = static_cast<Py_ssize_t>(nargs) + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
  PyObject **copy = static_cast<PyObject **>(PyMem_Malloc(sizeof(PyObject *) * static_cast<size_t>(total)));
  if (!copy) {
    Py_DECREF(code);
    return PyErr_NoMemory();
  }
  copy[0] = code;
  for (Py_ssize_t i = 1; i < total; ++i)
    copy[i] = args[i];
  PyObject *result = PyObject_Vectorcall(callee, copy, nargs, kwnames);
  PyMem_Free(copy);
  Py_DECREF(code);
  return result;
}

} // namespace pyxc
