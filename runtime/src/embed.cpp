// pyxc --embed: a program that runs a compiled module as __main__, as
// `python module.py` runs its source (Cython's --embed does the same).
#include "pyxc/runtime.h"

namespace pyxc {

namespace {

// Creates the module from its definition with a spec named __main__, puts
// it in sys.modules, and runs its body. 0, or 1 after printing the error
// (SystemExit exits the process with its code, as the interpreter does).
int runAsMain(PyObject *(*init)()) {
  PyObject *def = init(); // multi-phase initialisation: the module's PyModuleDef
  if (!def) {
    PyErr_Print();
    return 1;
  }
  int rc = 1;
  PyObject *machinery = PyImport_ImportModule("importlib.machinery");
  PyObject *spec = machinery ? PyObject_CallMethod(machinery, "ModuleSpec", "sO", "__main__", Py_None) : nullptr;
  PyObject *module = spec ? PyModule_FromDefAndSpec(reinterpret_cast<PyModuleDef *>(def), spec) : nullptr;
  PyObject *modules = PyImport_GetModuleDict();
  if (module && PyDict_SetItemString(modules, "__main__", module) == 0 &&
      PyModule_ExecDef(module, reinterpret_cast<PyModuleDef *>(def)) == 0)
    rc = 0;
  if (rc != 0)
    PyErr_Print();
  Py_XDECREF(module);
  Py_XDECREF(spec);
  Py_XDECREF(machinery);
  return rc;
}

} // namespace

int runEmbedded(int argc, char **argv, PyObject *(*init)()) {
  PyConfig config;
  PyConfig_InitPythonConfig(&config);
  config.parse_argv = 0; // sys.argv is the command line as it is, not python's options
  PyStatus status = PyConfig_SetBytesArgv(&config, argc, argv);
  if (!PyStatus_Exception(status))
    status = Py_InitializeFromConfig(&config);
  PyConfig_Clear(&config);
  if (PyStatus_Exception(status)) {
    if (PyStatus_IsExit(status))
      return status.exitcode;
    Py_ExitStatusException(status);
  }
  int rc = runAsMain(init);
  if (Py_FinalizeEx() < 0 && rc == 0)
    rc = 120; // as the interpreter: flushing stdout or finalising failed
  return rc;
}

} // namespace pyxc
