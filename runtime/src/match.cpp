#include "pyxc/match.h"

#include "pyxc/ref.h"

#include <vector>

namespace pyxc {

int isMatchSequence(PyObject *subject) {
  return (Py_TYPE(subject)->tp_flags & Py_TPFLAGS_SEQUENCE) != 0;
}

int isMatchMapping(PyObject *subject) { return (Py_TYPE(subject)->tp_flags & Py_TPFLAGS_MAPPING) != 0; }

int matchKeys(PyObject *subject, PyObject *const *keys, Py_ssize_t count, PyObject **out) {
  for (Py_ssize_t i = 0; i < count; ++i)
    out[i] = nullptr;
  auto fail = [&](int rc) {
    for (Py_ssize_t i = 0; i < count; ++i)
      Py_CLEAR(out[i]);
    return rc;
  };
  Ref seen = own(PySet_New(nullptr));
  Ref get = own(PyObject_GetAttrString(subject, "get"));
  Ref dummy = own(PyObject_CallNoArgs(reinterpret_cast<PyObject *>(&PyBaseObject_Type)));
  if (!seen || !get || !dummy)
    return -1;
  for (Py_ssize_t i = 0; i < count; ++i) {
    int dup = PySet_Contains(seen.get(), keys[i]);
    if (dup < 0)
      return fail(-1);
    if (dup) {
      PyErr_Format(PyExc_ValueError, "mapping pattern checks duplicate key (%R)", keys[i]);
      return fail(-1);
    }
    if (PySet_Add(seen.get(), keys[i]) < 0)
      return fail(-1);
    PyObject *args[] = {keys[i], dummy.get()};
    PyObject *value = PyObject_Vectorcall(get.get(), args, 2, nullptr);
    if (!value)
      return fail(-1);
    if (value == dummy.get()) {
      Py_DECREF(value);
      return fail(0);
    }
    out[i] = value;
  }
  return 1;
}

PyObject *mappingRest(PyObject *subject, PyObject *const *keys, Py_ssize_t count) {
  Ref rest = own(PyDict_New());
  if (!rest || PyDict_Update(rest.get(), subject) < 0)
    return nullptr;
  for (Py_ssize_t i = 0; i < count; ++i)
    if (PyDict_DelItem(rest.get(), keys[i]) < 0)
      return nullptr;
  return rest.release();
}

// Types whose single positional sub-pattern matches the subject itself.
static bool matchesSelf(PyObject *cls) {
  PyTypeObject *self[] = {&PyBool_Type,  &PyByteArray_Type, &PyBytes_Type, &PyDict_Type,
                          &PyFloat_Type, &PyFrozenSet_Type, &PyLong_Type,  &PyList_Type,
                          &PySet_Type,   &PyUnicode_Type,   &PyTuple_Type};
  for (PyTypeObject *t : self)
    if (PyType_IsSubtype(reinterpret_cast<PyTypeObject *>(cls), t))
      return true;
  return false;
}

int matchClass(PyObject *subject, PyObject *cls, Py_ssize_t positional, PyObject *names, PyObject **out) {
  Py_ssize_t nkw = names ? PyTuple_GET_SIZE(names) : 0;
  for (Py_ssize_t i = 0; i < positional + nkw; ++i)
    out[i] = nullptr;
  auto fail = [&](int rc) {
    for (Py_ssize_t i = 0; i < positional + nkw; ++i)
      Py_CLEAR(out[i]);
    return rc;
  };
  if (!PyType_Check(cls)) {
    PyErr_SetString(PyExc_TypeError, "called match pattern must be a class");
    return -1;
  }
  int is = PyObject_IsInstance(subject, cls);
  if (is <= 0)
    return is;
  const char *clsName = reinterpret_cast<PyTypeObject *>(cls)->tp_name;
  std::vector<PyObject *> seen;
  auto lookup = [&](PyObject *name, PyObject **slot) -> int {
    for (PyObject *s : seen) {
      int eq = PyUnicode_Compare(s, name);
      if (eq == 0) {
        PyErr_Format(PyExc_TypeError, "%s() got multiple sub-patterns for attribute %R", clsName, name);
        return -1;
      }
    }
    seen.push_back(name);
    PyObject *v = PyObject_GetAttr(subject, name);
    if (!v) {
      if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
      PyErr_Clear();
      return 0;
    }
    *slot = v;
    return 1;
  };
  if (positional) {
    Ref matchArgs = own(PyObject_GetAttrString(cls, "__match_args__"));
    if (!matchArgs) {
      if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
      PyErr_Clear();
    }
    bool self = !matchArgs && matchesSelf(cls);
    if (matchArgs && !PyTuple_CheckExact(matchArgs.get())) {
      PyErr_Format(PyExc_TypeError, "%s.__match_args__ must be a tuple (got %s)", clsName,
                   Py_TYPE(matchArgs.get())->tp_name);
      return -1;
    }
    Py_ssize_t allowed = self ? 1 : matchArgs ? PyTuple_GET_SIZE(matchArgs.get()) : 0;
    if (positional > allowed) {
      PyErr_Format(PyExc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)", clsName, allowed,
                   allowed == 1 ? "" : "s", positional);
      return -1;
    }
    if (self) {
      out[0] = Py_NewRef(subject);
    } else {
      for (Py_ssize_t i = 0; i < positional; ++i) {
        PyObject *name = PyTuple_GET_ITEM(matchArgs.get(), i);
        if (!PyUnicode_Check(name)) {
          PyErr_Format(PyExc_TypeError, "__match_args__ elements must be strings (got %s)", Py_TYPE(name)->tp_name);
          return fail(-1);
        }
        int r = lookup(name, &out[i]);
        if (r <= 0)
          return fail(r);
      }
    }
  }
  for (Py_ssize_t k = 0; k < nkw; ++k) {
    int r = lookup(PyTuple_GET_ITEM(names, k), &out[positional + k]);
    if (r <= 0)
      return fail(r);
  }
  return 1;
}

} // namespace pyxc
