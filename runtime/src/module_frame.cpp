// A compiled module's body runs inside one Python frame of the module
// (pyxc::runModuleBody), so that code that looks up its caller's module
// through sys._getframe finds this one: namedtuple(), Enum('Name', ...),
// TypeVar() and NamedTuple() at module level get the module's __name__
// (and pickle), as under CPython. Compiled functions push no frames of
// their own (nor do Cython's): called later from elsewhere, such code sees
// that caller's frame.
#include "pyxc/runtime.h"

namespace pyxc {

namespace {

const char kBodyKey[] = "__pyxc_module_body__";

// The one statement the frame runs: a call of the compiled body, which
// first takes its own name back out of the module's dict.
PyObject *callBody(PyObject *capsule, PyObject *) {
  auto body = reinterpret_cast<int (*)(PyObject *)>(PyCapsule_GetPointer(capsule, "pyxc.module_body"));
  PyObject *module = static_cast<PyObject *>(PyCapsule_GetContext(capsule));
  if (!body || PyDict_DelItemString(PyModule_GetDict(module), kBodyKey) < 0)
    return nullptr;
  return body(module) < 0 ? nullptr : Py_NewRef(Py_None);
}

PyMethodDef callBodyDef = {kBodyKey, callBody, METH_NOARGS, nullptr};

// The frame's own traceback entry (line 1 of the one statement) is no line
// of the module: an error from the body keeps only the entries the body
// recorded.
void dropFrameEntry(PyObject *code) {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  if (tb && PyTraceBack_Check(tb)) {
    auto *entry = reinterpret_cast<PyTracebackObject *>(tb);
    PyCodeObject *entryCode = PyFrame_GetCode(entry->tb_frame);
    if (reinterpret_cast<PyObject *>(entryCode) == code) {
      PyObject *rest = Py_XNewRef(reinterpret_cast<PyObject *>(entry->tb_next));
      Py_DECREF(tb);
      tb = rest;
      if (value)
        PyException_SetTraceback(value, tb ? tb : Py_None);
    }
    Py_XDECREF(entryCode);
  }
  PyErr_Restore(type, value, tb);
}

} // namespace

int runModuleBody(PyObject *module, int (*body)(PyObject *), const char *filename) {
  PyObject *globals = PyModule_GetDict(module);
  PyObject *capsule = PyCapsule_New(reinterpret_cast<void *>(body), "pyxc.module_body", nullptr);
  if (!capsule)
    return -1;
  PyObject *call = nullptr, *code = nullptr, *result = nullptr;
  if (PyCapsule_SetContext(capsule, module) == 0 && (call = PyCFunction_New(&callBodyDef, capsule)) &&
      PyDict_SetItemString(globals, kBodyKey, call) == 0 &&
      (code = Py_CompileString("__pyxc_module_body__()", filename, Py_eval_input))) {
    result = PyEval_EvalCode(code, globals, globals);
    if (!result)
      dropFrameEntry(code);
  }
  if (!result && PyDict_GetItemString(globals, kBodyKey)) { // failed before the body ran
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyDict_DelItemString(globals, kBodyKey);
    PyErr_Restore(type, value, tb);
  }
  Py_XDECREF(result);
  Py_XDECREF(code);
  Py_XDECREF(call);
  Py_DECREF(capsule);
  return result ? 0 : -1;
}

} // namespace pyxc
