#include "pyxc/extension.h"

#include "pyxc/errors.h"
#include "pyxc/ref.h"

namespace pyxc {

PyTypeObject *newExtensionType(PyObject *module, PyType_Spec *spec, PyTypeObject *base, PyObject *bases) {
  if (bases)
    return reinterpret_cast<PyTypeObject *>(PyType_FromModuleAndSpec(module, spec, bases));
  Ref single = own(base ? PyTuple_Pack(1, reinterpret_cast<PyObject *>(base)) : nullptr);
  if (base && !single)
    return nullptr;
  return reinterpret_cast<PyTypeObject *>(PyType_FromModuleAndSpec(module, spec, single.get()));
}

// type()'s call of __set_name__ on each attribute that has one.
static int setNames(PyTypeObject *type, PyObject *ns) {
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (PyDict_Next(ns, &pos, &key, &value)) {
    Ref setName = own(PyObject_GetAttrString(reinterpret_cast<PyObject *>(Py_TYPE(value)), "__set_name__"));
    if (!setName) {
      if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
      PyErr_Clear();
      continue;
    }
    Ref result = own(PyObject_CallFunctionObjArgs(setName.get(), value, reinterpret_cast<PyObject *>(type), key,
                                                  nullptr));
    if (!result) {
      PyErr_Format(PyExc_RuntimeError, "Error calling __set_name__ on '%.100s' instance %R in '%.100s'",
                   Py_TYPE(value)->tp_name, key, type->tp_name);
      return -1;
    }
  }
  return 0;
}

// @cython.total_ordering: the comparisons a class leaves out, derived as
// Cython derives them from its ordering method (the first of <, <=, >, >=
// it has) and its equality (__eq__, else the negation of __ne__).
namespace {
PyObject *compareName(int op) {
  static PyObject *names[6] = {};
  static const char *const spelled[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  if (!names[op])
    names[op] = PyUnicode_InternFromString(spelled[op]);
  return names[op];
}
// The class's own method for `op` (or a base's), not object's default.
PyObject *ownComparison(PyTypeObject *type, int op) {
  PyObject *name = compareName(op);
  if (!name)
    return nullptr;
  PyObject *method = _PyType_Lookup(type, name);
  return method && method != _PyType_Lookup(&PyBaseObject_Type, name) ? method : nullptr;
}
constexpr int kNotImplemented = 2;
// 1 or 0 from calling the method for `op`; kNotImplemented; -1 on error.
int compareTruth(PyObject *method, PyObject *self, PyObject *other) {
  PyObject *args[] = {self, other};
  Ref result = own(PyObject_Vectorcall(method, args, 2, nullptr));
  if (!result)
    return -1;
  if (result.get() == Py_NotImplemented)
    return kNotImplemented;
  return PyObject_IsTrue(result.get());
}
int equality(PyTypeObject *type, PyObject *self, PyObject *other) {
  if (PyObject *eq = ownComparison(type, Py_EQ))
    return compareTruth(eq, self, other);
  if (PyObject *ne = ownComparison(type, Py_NE)) {
    int t = compareTruth(ne, self, other);
    return t < 0 || t == kNotImplemented ? t : !t;
  }
  return self == other;
}
} // namespace

static PyObject *totalOrderingSlot(PyObject *self, PyObject *other, int op) {
  PyTypeObject *type = Py_TYPE(self);
  if (PyObject *method = ownComparison(type, op)) {
    PyObject *args[] = {self, other};
    return PyObject_Vectorcall(method, args, 2, nullptr);
  }
  if (op == Py_EQ || op == Py_NE) { // one from the other, else Python's default
    int e = equality(type, self, other);
    if (e < 0)
      return nullptr;
    if (e == kNotImplemented || (!ownComparison(type, Py_EQ) && !ownComparison(type, Py_NE)))
      Py_RETURN_NOTIMPLEMENTED;
    return PyBool_FromLong(op == Py_EQ ? e : !e);
  }
  int root = -1;
  for (int candidate : {Py_LT, Py_LE, Py_GT, Py_GE})
    if (root < 0 && ownComparison(type, candidate))
      root = candidate;
  if (root < 0)
    Py_RETURN_NOTIMPLEMENTED;
  int r = compareTruth(ownComparison(type, root), self, other);
  if (r < 0)
    return nullptr;
  if (r == kNotImplemented)
    Py_RETURN_NOTIMPLEMENTED;
  // Each derived comparison from r (the root's answer) and, where it needs
  // it, equality e: on the root's side of the order, the strict one is
  // `r and not e` and the other `r or e`; on the opposite side, the one of
  // the root's strictness is `not r and not e` (`not r or e`), the other `not r`.
  bool lessLike = root == Py_LT || root == Py_LE; // the root orders a before b
  bool strict = root == Py_LT || root == Py_GT;
  bool sameSide = (op == Py_LT || op == Py_LE) == lessLike;
  bool opStrict = op == Py_LT || op == Py_GT;
  if (!sameSide && strict != opStrict)
    return PyBool_FromLong(!r);
  if (sameSide && r != opStrict) // r and not e with r false; r or e with r true
    return PyBool_FromLong(r);
  int e = equality(type, self, other);
  if (e < 0)
    return nullptr;
  if (e == kNotImplemented)
    Py_RETURN_NOTIMPLEMENTED;
  int result = sameSide ? (opStrict ? !e : e) : (strict ? !r && !e : !r || e);
  return PyBool_FromLong(result);
}

void useSequenceSlotsOnly(PyTypeObject *type) {
  if (type->tp_as_mapping) {
    type->tp_as_mapping->mp_subscript = nullptr;
    type->tp_as_mapping->mp_ass_subscript = nullptr;
    type->tp_as_mapping->mp_length = nullptr;
  }
  PyType_Modified(type);
}

PyObject *richcmpSlot(PyObject *self, PyObject *other, int op) {
  static PyObject *name = PyUnicode_InternFromString("__richcmp__");
  PyObject *method = name ? _PyType_Lookup(Py_TYPE(self), name) : nullptr;
  if (!method)
    Py_RETURN_NOTIMPLEMENTED;
  Ref opValue = own(PyLong_FromLong(op));
  if (!opValue)
    return nullptr;
  PyObject *args[] = {self, other, opValue.get()};
  return PyObject_Vectorcall(method, args, 3, nullptr);
}

// A cdef class with __delitem__ but no __setitem__ (or the other way
// round): the missing half raises NotImplementedError, in Cython's words.
static PyObject *setItemUnsupported(PyObject *self, PyObject *) {
  PyErr_Format(PyExc_NotImplementedError, "Subscript assignment not supported by %.200s", Py_TYPE(self)->tp_name);
  return nullptr;
}
static PyObject *delItemUnsupported(PyObject *self, PyObject *) {
  PyErr_Format(PyExc_NotImplementedError, "Subscript deletion not supported by %.200s", Py_TYPE(self)->tp_name);
  return nullptr;
}
static PyMethodDef setItemUnsupportedDef = {"__setitem__", setItemUnsupported, METH_VARARGS, nullptr};
static PyMethodDef delItemUnsupportedDef = {"__delitem__", delItemUnsupported, METH_VARARGS, nullptr};

static int completeItemAssignment(PyTypeObject *type) {
  auto has = [&](const char *name) {
    PyObject *key = PyUnicode_InternFromString(name);
    bool found = key && _PyType_Lookup(type, key);
    Py_XDECREF(key);
    return found;
  };
  bool set = has("__setitem__"), del = has("__delitem__");
  if (set == del)
    return 0;
  PyMethodDef *missing = set ? &delItemUnsupportedDef : &setItemUnsupportedDef;
  Ref descr = own(PyDescr_NewMethod(type, missing));
  if (!descr)
    return -1;
  return PyObject_SetAttrString(reinterpret_cast<PyObject *>(type), missing->ml_name, descr.get());
}

int finishExtensionType(PyTypeObject *type, PyObject *ns, PyObject **cinit, PyObject **dealloc, bool totalOrdering) {
  Ref items = own(PyDict_Copy(ns));
  if (!items)
    return -1;
  // Python 2's __long__ and __nonzero__ are the int conversion and the
  // truth test where no __int__ / __bool__ is given, as Cython maps them.
  for (auto [py2, py3] : {std::pair{"__long__", "__int__"}, std::pair{"__nonzero__", "__bool__"}})
    if (PyObject *old = PyDict_GetItemString(items.get(), py2);
        old && !PyDict_GetItemString(items.get(), py3) && PyDict_SetItemString(items.get(), py3, old) < 0)
      return -1;
  for (auto [name, out] : {std::pair{"__cinit__", cinit}, std::pair{"__dealloc__", dealloc}}) {
    PyObject *f = PyDict_GetItemString(items.get(), name);
    if (!f)
      continue;
    Py_XSETREF(*out, Py_NewRef(f));
    if (PyDict_DelItemString(items.get(), name) < 0)
      return -1;
  }
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (PyDict_Next(items.get(), &pos, &key, &value)) {
    // Through setattr, so that special methods fill their slots; a name
    // type() itself defines read-only (a `__dict__` property) goes into
    // the dict as a class statement would put it.
    if (PyObject_SetAttr(reinterpret_cast<PyObject *>(type), key, value) < 0) {
      if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
      PyErr_Clear();
      if (PyDict_SetItem(type->tp_dict, key, value) < 0)
        return -1;
    }
  }
  if (setNames(type, items.get()) < 0 || completeItemAssignment(type) < 0)
    return -1;
  bool richcmp = PyDict_GetItemString(items.get(), "__richcmp__") != nullptr;
  // Equality without __hash__ makes instances unhashable, as in a class statement.
  if ((richcmp || PyDict_GetItemString(items.get(), "__eq__")) && !PyDict_GetItemString(items.get(), "__hash__") &&
      PyObject_SetAttrString(reinterpret_cast<PyObject *>(type), "__hash__", Py_None) < 0)
    return -1;
  if (totalOrdering) // after the class's own comparisons took the slot
    type->tp_richcompare = totalOrderingSlot;
  type->tp_flags |= Py_TPFLAGS_IMMUTABLETYPE;
  PyType_Modified(type);
  return 0;
}

PyTypeObject *importExtensionType(const char *module, const char *name, size_t size, size_t alignment,
                                  CheckSize check) {
  Ref m = own(PyImport_ImportModule(module));
  if (!m)
    return nullptr;
  Ref type = own(PyObject_GetAttrString(m.get(), name));
  if (!type)
    return nullptr;
  if (!PyType_Check(type.get())) {
    PyErr_Format(PyExc_TypeError, "%.200s.%.200s is not a type object", module, name);
    return nullptr;
  }
  auto *t = reinterpret_cast<PyTypeObject *>(type.get());
  size_t basic = static_cast<size_t>(t->tp_basicsize), item = static_cast<size_t>(t->tp_itemsize);
  // A variable-size object's struct (int's, tuple's) ends inside its first
  // item, padded to the struct's alignment.
  if (item && item < alignment)
    item = alignment;
  const char *changed = "%.200s.%.200s size changed, may indicate binary incompatibility. Expected %zd from C header, "
                        "got %zd from PyObject";
  if (basic + item < size) {
    PyErr_Format(PyExc_ValueError, changed, module, name, size, basic + item);
    return nullptr;
  }
  if (check == CheckSize::Error && basic > size) {
    PyErr_Format(PyExc_ValueError,
                 "%.200s.%.200s size changed, may indicate binary incompatibility. Expected %zd from C header, got "
                 "%zd-%zd from PyObject",
                 module, name, size, basic, basic + item);
    return nullptr;
  }
  if (check == CheckSize::Warn && basic > size && PyErr_WarnFormat(nullptr, 0, changed, module, name, size, basic) < 0)
    return nullptr;
  return reinterpret_cast<PyTypeObject *>(type.release());
}

int exportVtable(PyTypeObject *type, void *vtable) {
  Ref capsule = own(PyCapsule_New(vtable, nullptr, nullptr));
  if (!capsule)
    return -1;
  return PyObject_SetAttrString(reinterpret_cast<PyObject *>(type), "__pyx_vtable__", capsule.get());
}

void *importVtable(PyTypeObject *type) {
  Ref capsule = own(PyObject_GetAttrString(reinterpret_cast<PyObject *>(type), "__pyx_vtable__"));
  if (!capsule)
    return nullptr;
  void *vtable = PyCapsule_GetPointer(capsule.get(), nullptr);
  if (!vtable && !PyErr_Occurred())
    PyErr_Format(PyExc_TypeError, "%.200s has no table of C methods", type->tp_name);
  return vtable;
}

int exportFunction(PyObject *module, const char *name, void *function, const char *signature) {
  Ref api = own(PyObject_GetAttrString(module, "__pyx_capi__"));
  if (!api) {
    PyErr_Clear();
    api = own(PyDict_New());
    if (!api || PyObject_SetAttrString(module, "__pyx_capi__", api.get()) < 0)
      return -1;
  }
  Ref capsule = own(PyCapsule_New(function, signature, nullptr));
  if (!capsule)
    return -1;
  return PyDict_SetItemString(api.get(), name, capsule.get());
}

int importFunction(const char *module, const char *name, const char *signature, void **function) {
  Ref m = own(PyImport_ImportModule(module));
  if (!m)
    return -1;
  Ref api = own(PyObject_GetAttrString(m.get(), "__pyx_capi__"));
  PyObject *capsule = api && PyDict_Check(api.get()) ? PyDict_GetItemString(api.get(), name) : nullptr;
  if (!capsule) {
    PyErr_Clear();
    PyErr_Format(PyExc_ImportError, "%.200s does not export expected C function %.200s", module, name);
    return -1;
  }
  if (!PyCapsule_IsValid(capsule, signature)) {
    PyErr_Format(PyExc_TypeError, "C function %.200s.%.200s has wrong signature (expected %.500s, got %.500s)", module,
                 name, signature, PyCapsule_GetName(capsule));
    return -1;
  }
  *function = PyCapsule_GetPointer(capsule, signature);
  return *function ? 0 : -1;
}

PyObject *allocInstance(PyTypeObject *type) { return type->tp_alloc(type, 0); }

int callCinit(PyObject *cinit, PyObject *self, PyObject *args, PyObject *kwargs, bool passArguments) {
  Ref result;
  if (!passArguments) {
    result = own(PyObject_CallOneArg(cinit, self));
  } else {
    Py_ssize_t n = PyTuple_GET_SIZE(args);
    Ref all = own(PyTuple_New(n + 1));
    if (!all)
      return -1;
    PyTuple_SET_ITEM(all.get(), 0, Py_NewRef(self));
    for (Py_ssize_t i = 0; i < n; ++i)
      PyTuple_SET_ITEM(all.get(), i + 1, Py_NewRef(PyTuple_GET_ITEM(args, i)));
    result = own(PyObject_Call(cinit, all.get(), kwargs));
  }
  return result ? 0 : -1;
}

void callDealloc(PyObject *dealloc, PyObject *self) {
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  Py_SET_REFCNT(self, Py_REFCNT(self) + 1);
  PyObject *result = PyObject_CallOneArg(dealloc, self);
  if (!result)
    PyErr_WriteUnraisable(dealloc);
  Py_XDECREF(result);
  Py_SET_REFCNT(self, Py_REFCNT(self) - 1);
  PyErr_Restore(type, value, traceback);
}

int pythonOverride(PyObject *self, PyTypeObject *cls, PyObject *name, PyObject **override) {
  if (Py_TYPE(self) == cls)
    return 0; // the cdef class itself: its type is immutable and its instances have no __dict__
  PyObject *mine = _PyType_Lookup(cls, name);
  Ref found = own(PyObject_GetAttr(self, name));
  if (!found)
    return -1;
  if (PyMethod_Check(found.get()) && PyMethod_GET_FUNCTION(found.get()) == mine && PyMethod_GET_SELF(found.get()) == self)
    return 0;
  *override = found.release();
  return 1;
}

void raiseNoneAttribute(PyObject *name) {
  GilGuard gil; // (`c.a.b` reads a C attribute without the GIL too)
  PyErr_Format(PyExc_AttributeError, "'NoneType' object has no attribute '%U'", name);
}

int checkInstanceSlow(PyObject *obj, PyTypeObject *type) {
  if (PyType_IsSubtype(Py_TYPE(obj), type))
    return 0;
  PyErr_Format(PyExc_TypeError, "Cannot convert %.200s to %.200s", Py_TYPE(obj)->tp_name, type->tp_name);
  return -1;
}

PyObject *checkedCast(PyObject *obj, PyTypeObject *type, bool builtin) {
  if (PyObject_TypeCheck(obj, type))
    return obj;
  PyErr_Format(PyExc_TypeError, builtin ? "Expected %.200s, got %.200s" : "Cannot convert %.200s to %.200s",
               builtin ? type->tp_name : Py_TYPE(obj)->tp_name, builtin ? Py_TYPE(obj)->tp_name : type->tp_name);
  return nullptr;
}

} // namespace pyxc
