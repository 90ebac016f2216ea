// cpdef enums as Python sees them (Cython 3.3's model): an IntEnum subclass
// per enum, whose base accepts any int value, making a nameless
// pseudo-member for values that are not items (`Color(7)` is `<Color: 7>`),
// since C code may hold any value of the enum's type.
#include "pyxc/cvalues.h"

namespace pyxc {

namespace {

// Written in Python: it is a class with two methods over the enum module's
// machinery, and Python says that most plainly.
constexpr const char kFlexibleEnumBase[] = R"(
import enum

class __Pyx_FlexibleEnumBase(enum.IntEnum):
    @classmethod
    def _missing_(cls, value):
        member = int.__new__(cls, value)
        member._value_ = value
        member._name_ = None
        cache = getattr(cls, '_value2member_map_', None)
        if cache is not None:
            member = cache.setdefault(value, member)
        return member

    def __repr__(self):
        if self._name_ is None:
            return f"<{self.__class__.__name__}: {self._value_!r}>"
        return super().__repr__()
)";

// The base, made once per process.
PyObject *flexibleEnumBase() {
  static PyObject *base = nullptr;
  if (base)
    return base;
  PyObject *ns = PyDict_New();
  if (!ns)
    return nullptr;
  PyObject *moduleName = PyUnicode_FromString("EnumBase");
  if (!moduleName || PyDict_SetItemString(ns, "__builtins__", PyEval_GetBuiltins()) < 0 ||
      PyDict_SetItemString(ns, "__name__", moduleName) < 0) {
    Py_XDECREF(moduleName);
    Py_DECREF(ns);
    return nullptr;
  }
  Py_DECREF(moduleName);
  PyObject *done = PyRun_String(kFlexibleEnumBase, Py_file_input, ns, ns);
  if (done) {
    Py_DECREF(done);
    base = PyDict_GetItemString(ns, "__Pyx_FlexibleEnumBase");
    Py_XINCREF(base);
  }
  Py_DECREF(ns);
  return base;
}

// enum.IntEnum, looked up once per process.
PyObject *intEnum() {
  static PyObject *cls = nullptr;
  if (!cls)
    if (PyObject *module = PyImport_ImportModule("enum")) {
      cls = PyObject_GetAttrString(module, "IntEnum");
      Py_DECREF(module);
    }
  return cls;
}

} // namespace

PyObject *makeCpdefEnum(PyObject *globals, const char *name, const char *const *items, const long long *values,
                        size_t count, bool flexible, PyObject *doc) {
  PyObject *base = flexible ? flexibleEnumBase() : intEnum();
  if (!base)
    return nullptr;
  PyObject *members = PyList_New(Py_ssize_t(count));
  if (!members)
    return nullptr;
  for (size_t i = 0; i < count; ++i) {
    PyObject *pair = Py_BuildValue("(sL)", items[i], values[i]);
    if (!pair) {
      Py_DECREF(members);
      return nullptr;
    }
    PyList_SET_ITEM(members, Py_ssize_t(i), pair);
  }
  PyObject *module = PyDict_GetItemString(globals, "__name__"); // borrowed; the enum's __module__
  PyObject *args = Py_BuildValue("(sN)", name, members);
  PyObject *kwargs = module ? Py_BuildValue("{sO}", "module", module) : nullptr;
  PyObject *cls = args && (kwargs || !module) ? PyObject_Call(base, args, kwargs) : nullptr;
  Py_XDECREF(args);
  Py_XDECREF(kwargs);
  if (cls && doc && PyObject_SetAttrString(cls, "__doc__", doc) < 0)
    Py_CLEAR(cls);
  if (cls && PyDict_SetItemString(globals, name, cls) < 0)
    Py_CLEAR(cls);
  return cls;
}

PyObject *enumMember(PyObject *cls, long long value) {
  if (!cls) {
    PyErr_SetString(PyExc_SystemError, "cpdef enum used before its module created it");
    return nullptr;
  }
  PyObject *v = PyLong_FromLongLong(value);
  if (!v)
    return nullptr;
  PyObject *member = PyObject_CallOneArg(cls, v);
  Py_DECREF(v);
  return member;
}

} // namespace pyxc

namespace pyxc {

long long enumValue(PyObject *cls, PyObject *o) {
  if (!cls) {
    PyErr_SetString(PyExc_SystemError, "cpdef enum used before its module created it");
    return -1;
  }
  PyObject *member = PyObject_CallOneArg(cls, o);
  if (!member)
    return -1;
  long long v = PyLong_AsLongLong(member);
  Py_DECREF(member);
  return v;
}

} // namespace pyxc
