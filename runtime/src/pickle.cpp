// Cython's automatic pickling of cdef classes (pyxc/extension.h).
#include "pyxc/extension.h"

#include "pyxc/ref.h"

#include <cstdio>
#include <string>

namespace pyxc {

namespace {

// The first 7 hex digits of a digest of the attribute names joined by
// spaces, as an int: what Cython's __reduce_cython__ stores, so pickles move
// between modules built by either compiler.
int computeChecksums(PickleSpec &spec) {
  if (spec.haveChecksums)
    return 0;
  std::string names;
  for (Py_ssize_t i = 0; i < spec.count; ++i)
    names += (i ? " " : "") + std::string(spec.members[i].name);
  Ref hashlib = own(PyImport_ImportModule("hashlib"));
  if (!hashlib)
    return -1;
  Ref data = own(PyBytes_FromStringAndSize(names.data(), Py_ssize_t(names.size())));
  if (!data)
    return -1;
  int found = 0;
  for (const char *algorithm : {"sha256", "sha1", "md5"}) {
    Ref digest = own(PyObject_CallMethod(hashlib.get(), algorithm, "O", data.get()));
    Ref hex = own(digest ? PyObject_CallMethod(digest.get(), "hexdigest", nullptr) : nullptr);
    if (!hex) { // an algorithm this Python lacks (md5 under FIPS)
      PyErr_Clear();
      continue;
    }
    Ref prefix = own(PyUnicode_Substring(hex.get(), 0, 7));
    Ref value = own(prefix ? PyLong_FromUnicodeObject(prefix.get(), 16) : nullptr);
    if (!value)
      return -1;
    spec.checksums[found++] = PyLong_AsLong(value.get());
  }
  if (found == 0) {
    PyErr_SetString(PyExc_RuntimeError, "no hash algorithm for the pickle checksum");
    return -1;
  }
  for (int i = found; i < 3; ++i) // fewer algorithms: the last one repeated (Cython's padding)
    spec.checksums[i] = spec.checksums[found - 1];
  spec.haveChecksums = true;
  return 0;
}

PyObject *refuse(const PickleSpec &spec) {
  PyErr_SetString(PyExc_TypeError, spec.refusal);
  return nullptr;
}

} // namespace

PyObject *reduceCython(PyObject *self, PickleSpec &spec, PyObject *globals) {
  if (spec.refusal)
    return refuse(spec);
  if (computeChecksums(spec) < 0)
    return nullptr;
  Ref state = own(PyTuple_New(spec.count));
  if (!state)
    return nullptr;
  bool anyObject = false;
  for (Py_ssize_t i = 0; i < spec.count; ++i) {
    PyObject *value = spec.members[i].get(self, nullptr);
    if (!value)
      return nullptr;
    anyObject = anyObject || (spec.members[i].isObject && value != Py_None);
    PyTuple_SET_ITEM(state.get(), i, value);
  }
  // An instance dict's items go last; any object but None in the state
  // makes pickle call __setstate__ after the instance is memoised (cycles).
  bool useSetstate = anyObject;
  Ref dict = own(PyObject_GetAttrString(self, "__dict__"));
  if (!dict) {
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
      return nullptr;
    PyErr_Clear();
  } else if (dict.get() != Py_None) {
    int truth = PyObject_IsTrue(dict.get());
    if (truth < 0)
      return nullptr;
    if (truth) {
      Ref extended = own(PyTuple_New(spec.count + 1));
      if (!extended)
        return nullptr;
      for (Py_ssize_t i = 0; i < spec.count; ++i)
        PyTuple_SET_ITEM(extended.get(), i, Py_NewRef(PyTuple_GET_ITEM(state.get(), i)));
      PyTuple_SET_ITEM(extended.get(), spec.count, dict.release());
      state = std::move(extended);
      useSetstate = true;
    }
  }
  PyObject *unpickle = PyDict_GetItemString(globals, spec.unpickleName); // borrowed
  if (!unpickle) {
    PyErr_Format(PyExc_NameError, "name '%s' is not defined", spec.unpickleName);
    return nullptr;
  }
  PyObject *type = reinterpret_cast<PyObject *>(Py_TYPE(self));
  if (useSetstate)
    return Py_BuildValue("(O(OlO)O)", unpickle, type, spec.checksums[0], Py_None, state.get());
  return Py_BuildValue("(O(OlO))", unpickle, type, spec.checksums[0], state.get());
}

PyObject *setstateCython(PyObject *self, PyObject *state, PickleSpec &spec) {
  if (spec.refusal)
    return refuse(spec);
  if (!PyTuple_Check(state)) {
    PyErr_Format(PyExc_TypeError, "Expected tuple, got %.200s", Py_TYPE(state)->tp_name);
    return nullptr;
  }
  for (Py_ssize_t i = 0; i < spec.count; ++i) {
    if (i >= PyTuple_GET_SIZE(state)) {
      PyErr_SetString(PyExc_IndexError, "tuple index out of range");
      return nullptr;
    }
    if (spec.members[i].set(self, PyTuple_GET_ITEM(state, i), nullptr) < 0)
      return nullptr;
  }
  // The instance dict's items, when the state has them and the instance a dict.
  if (PyTuple_GET_SIZE(state) > spec.count && PyObject_HasAttrString(self, "__dict__")) {
    Ref dict = own(PyObject_GetAttrString(self, "__dict__"));
    Ref updated = own(dict ? PyObject_CallMethod(dict.get(), "update", "O", PyTuple_GET_ITEM(state, spec.count))
                           : nullptr);
    if (!updated)
      return nullptr;
  }
  Py_RETURN_NONE;
}

PyObject *unpickleCython(PyObject *args, PickleSpec &spec) {
  PyObject *type, *state;
  long checksum;
  if (!PyArg_ParseTuple(args, "OlO", &type, &checksum, &state))
    return nullptr;
  if (state != Py_None && !PyTuple_Check(state)) {
    PyErr_Format(PyExc_TypeError, "Argument '__pyx_state' has incorrect type (expected tuple, got %.200s)",
                 Py_TYPE(state)->tp_name);
    return nullptr;
  }
  if (computeChecksums(spec) < 0)
    return nullptr;
  const long *c = spec.checksums;
  if (checksum != c[0] && checksum != c[1] && checksum != c[2]) {
    Ref pickle = own(PyImport_ImportModule("pickle"));
    Ref error = own(pickle ? PyObject_GetAttrString(pickle.get(), "PickleError") : nullptr);
    if (!error)
      return nullptr;
    // The distinct checksums, as Cython lists them.
    char known[64];
    if (c[1] == c[0])
      snprintf(known, sizeof known, "0x%lx", c[0]);
    else if (c[2] == c[1])
      snprintf(known, sizeof known, "0x%lx, 0x%lx", c[0], c[1]);
    else
      snprintf(known, sizeof known, "0x%lx, 0x%lx, 0x%lx", c[0], c[1], c[2]);
    char given[24];
    snprintf(given, sizeof given, "0x%lx", checksum);
    PyErr_Format(error.get(), "Incompatible checksums (%s vs (%s) = (%s))", given, known, spec.memberNames);
    return nullptr;
  }
  Ref instance = own(PyObject_CallMethod(reinterpret_cast<PyObject *>(*spec.type), "__new__", "O", type));
  if (!instance)
    return nullptr;
  if (state != Py_None) {
    Ref done = own(setstateCython(instance.get(), state, spec));
    if (!done)
      return nullptr;
  }
  return instance.release();
}

// Whether `method` is named `name` (a base's __reduce_cython__, inherited).
static bool named(PyObject *method, const char *name) {
  Ref n = own(PyObject_GetAttrString(method, "__name__"));
  if (!n) {
    PyErr_Clear();
    return false;
  }
  return PyUnicode_Check(n.get()) && PyUnicode_CompareWithASCIIString(n.get(), name) == 0;
}

int setupReduce(PyTypeObject *type) {
  PyObject *t = reinterpret_cast<PyObject *>(type), *object = reinterpret_cast<PyObject *>(&PyBaseObject_Type);
  PyObject *reduceCythonMethod = PyDict_GetItemString(type->tp_dict, "__reduce_cython__"); // borrowed
  PyObject *setstateCythonMethod = PyDict_GetItemString(type->tp_dict, "__setstate_cython__");
  if (!reduceCythonMethod || !setstateCythonMethod)
    return 0;
  Ref reduceEx = own(PyObject_GetAttrString(t, "__reduce_ex__"));
  Ref objectReduceEx = own(PyObject_GetAttrString(object, "__reduce_ex__"));
  Ref reduce = own(PyObject_GetAttrString(t, "__reduce__"));
  Ref objectReduce = own(PyObject_GetAttrString(object, "__reduce__"));
  if (!reduceEx || !objectReduceEx || !reduce || !objectReduce)
    return -1;
  // A __reduce_ex__ or __reduce__ of the class's own (or a Python base's) wins.
  if (reduceEx.get() != objectReduceEx.get())
    return 0;
  if (reduce.get() != objectReduce.get() && !named(reduce.get(), "__reduce_cython__"))
    return 0;
  if (PyDict_SetItemString(type->tp_dict, "__reduce__", reduceCythonMethod) < 0)
    return -1;
  Ref setstate = own(PyObject_GetAttrString(t, "__setstate__"));
  if (!setstate) {
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
      return -1;
    PyErr_Clear();
  }
  if ((!setstate || named(setstate.get(), "__setstate_cython__")) &&
      PyDict_SetItemString(type->tp_dict, "__setstate__", setstateCythonMethod) < 0)
    return -1;
  PyType_Modified(type);
  return 0;
}

} // namespace pyxc
