#include "pyxc/fused.h"

#include "pyxc/memview.h"

#include <structmember.h>

#include <string>
#include <vector>

namespace pyxc {

namespace {

struct Candidate {
  std::string member;
  FusedMatch match;
  PyTypeObject *type;
  char kind;
  Py_ssize_t itemsize;
};

struct Argument {
  Py_ssize_t position;
  PyObject *name; // interned str
  std::vector<Candidate> candidates;
};

struct Specialisation {
  std::vector<std::string> members; // the signature's parts
  PyObject *function;
};

struct FusedFunction {
  PyObject_HEAD
  vectorcallfunc vectorcall;
  std::vector<Argument> *arguments;
  std::vector<Specialisation> *specialisations;
  PyObject *signatures; // dict: "double|int" -> function (__signatures__)
};

PyTypeObject *fusedFunctionType = nullptr;

FusedFunction *asFused(PyObject *o) { return reinterpret_cast<FusedFunction *>(o); }

// Whether `arg` exports a buffer of the candidate's element type.
bool bufferMatches(PyObject *arg, const Candidate &c) {
  if (!PyObject_CheckBuffer(arg))
    return false;
  Py_buffer view;
  if (PyObject_GetBuffer(arg, &view, PyBUF_RECORDS_RO) < 0) {
    PyErr_Clear();
    return false;
  }
  bool matches = view.itemsize == c.itemsize && bufferFormatIs(view.format, c.kind, c.itemsize);
  PyBuffer_Release(&view);
  return matches;
}

bool matches(PyObject *arg, const Candidate &c) {
  switch (c.match) {
  case FusedMatch::Instance: return PyObject_TypeCheck(arg, c.type);
  case FusedMatch::Integer: return PyLong_Check(arg);
  case FusedMatch::Floating: return PyFloat_Check(arg);
  case FusedMatch::Complex: return PyComplex_Check(arg);
  case FusedMatch::Buffer: return bufferMatches(arg, c);
  case FusedMatch::Object: return true;
  }
  return false;
}

// The argument a call passes for a parameter, or null (its default).
PyObject *argumentFor(const Argument &a, PyObject *const *args, size_t nargs, PyObject *kwnames) {
  if (a.position >= 0 && static_cast<size_t>(a.position) < nargs)
    return args[a.position];
  if (kwnames)
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); ++i)
      if (PyUnicode_Compare(PyTuple_GET_ITEM(kwnames, i), a.name) == 0)
        return args[nargs + i];
  return nullptr;
}

PyObject *fusedCall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
  FusedFunction *f = asFused(self);
  size_t nargs = PyVectorcall_NARGS(nargsf);
  // Per fused type, the member its argument takes (null: given no argument).
  std::vector<const std::string *> chosen;
  for (const Argument &a : *f->arguments) {
    PyObject *arg = argumentFor(a, args, nargs, kwnames);
    const std::string *member = nullptr;
    if (arg) // (none matching: undecided, as for a default, which the others may decide)
      for (const Candidate &c : a.candidates)
        if (matches(arg, c)) {
          member = &c.member;
          break;
        }
    chosen.push_back(member);
  }
  if (chosen.size() == 1 && !chosen[0]) {
    PyErr_SetString(PyExc_TypeError, "No matching signature found");
    return nullptr;
  }
  PyObject *function = nullptr;
  for (const Specialisation &s : *f->specialisations) {
    bool fits = s.members.size() == chosen.size();
    for (size_t k = 0; fits && k < chosen.size(); ++k)
      fits = !chosen[k] || *chosen[k] == s.members[k];
    if (!fits)
      continue;
    if (function) {
      PyErr_SetString(PyExc_TypeError, "Function call with ambiguous argument types");
      return nullptr;
    }
    function = s.function;
  }
  if (!function) {
    PyErr_SetString(PyExc_TypeError, "No matching signature found");
    return nullptr;
  }
  return PyObject_Vectorcall(function, args, nargsf, kwnames);
}

// `f[double]`, `f[double, int]`, `f["double|int"]`: a type names itself by
// its __name__.
PyObject *nameOf(PyObject *key) {
  if (PyUnicode_CheckExact(key))
    return Py_NewRef(key);
  if (PyType_Check(key))
    return PyObject_GetAttrString(key, "__name__");
  return PyObject_Str(key);
}

PyObject *fusedGetItem(PyObject *self, PyObject *key) {
  PyObject *signature = nullptr;
  if (PyTuple_Check(key)) {
    PyObject *names = PyList_New(PyTuple_GET_SIZE(key));
    if (!names)
      return nullptr;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(key); ++i) {
      PyObject *name = nameOf(PyTuple_GET_ITEM(key, i));
      if (!name) {
        Py_DECREF(names);
        return nullptr;
      }
      PyList_SET_ITEM(names, i, name);
    }
    PyObject *bar = PyUnicode_FromString("|");
    signature = bar ? PyUnicode_Join(bar, names) : nullptr;
    Py_XDECREF(bar);
    Py_DECREF(names);
  } else {
    signature = nameOf(key);
  }
  if (!signature)
    return nullptr;
  PyObject *function = PyObject_GetItem(asFused(self)->signatures, signature);
  Py_DECREF(signature);
  return function;
}

PyObject *getSignatures(PyObject *self, void *) { return Py_NewRef(asFused(self)->signatures); }

// Other attributes (__defaults__, __code__, ...): the first specialisation's.
PyObject *fusedGetAttr(PyObject *self, PyObject *name) {
  PyObject *found = PyObject_GenericGetAttr(self, name);
  if (found || !PyErr_ExceptionMatches(PyExc_AttributeError) || asFused(self)->specialisations->empty())
    return found;
  PyErr_Clear();
  return PyObject_GetAttr(asFused(self)->specialisations->front().function, name);
}

PyObject *fusedRepr(PyObject *self) {
  if (asFused(self)->specialisations->empty())
    return PyUnicode_FromFormat("<fused function at %p>", self);
  PyObject *name = PyObject_GetAttrString(asFused(self)->specialisations->front().function, "__qualname__");
  if (!name)
    return nullptr;
  PyObject *repr = PyUnicode_FromFormat("<fused function %U at %p>", name, self);
  Py_DECREF(name);
  return repr;
}

int fusedTraverse(PyObject *self, visitproc visit, void *arg) {
  Py_VISIT(Py_TYPE(self));
  Py_VISIT(asFused(self)->signatures);
  for (const Specialisation &s : *asFused(self)->specialisations)
    Py_VISIT(s.function);
  return 0;
}

int fusedClear(PyObject *self) {
  Py_CLEAR(asFused(self)->signatures);
  for (Specialisation &s : *asFused(self)->specialisations)
    Py_CLEAR(s.function);
  return 0;
}

void fusedDealloc(PyObject *self) {
  PyTypeObject *type = Py_TYPE(self);
  PyObject_GC_UnTrack(self);
  fusedClear(self);
  for (Argument &a : *asFused(self)->arguments)
    Py_XDECREF(a.name);
  delete asFused(self)->arguments;
  delete asFused(self)->specialisations;
  PyObject_GC_Del(self);
  Py_DECREF(type);
}

// __name__, __qualname__, __doc__ and __module__ are the first specialisation's.
PyObject *firstsAttribute(PyObject *self, void *name) {
  if (asFused(self)->specialisations->empty())
    Py_RETURN_NONE;
  return PyObject_GetAttrString(asFused(self)->specialisations->front().function, static_cast<const char *>(name));
}

// As a class attribute, a method (bound to the instance).
PyObject *fusedDescrGet(PyObject *self, PyObject *obj, PyObject *) {
  if (!obj || obj == Py_None)
    return Py_NewRef(self);
  return PyMethod_New(self, obj);
}

PyGetSetDef fusedGetSet[] = {
    {"__signatures__", getSignatures, nullptr, nullptr, nullptr},
    {"__name__", firstsAttribute, nullptr, nullptr, const_cast<char *>("__name__")},
    {"__qualname__", firstsAttribute, nullptr, nullptr, const_cast<char *>("__qualname__")},
    {"__doc__", firstsAttribute, nullptr, nullptr, const_cast<char *>("__doc__")},
    {"__module__", firstsAttribute, nullptr, nullptr, const_cast<char *>("__module__")},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyMemberDef fusedMembers[] = {
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(FusedFunction, vectorcall), READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

PyType_Slot fusedSlots[] = {
    {Py_tp_dealloc, reinterpret_cast<void *>(fusedDealloc)},
    {Py_tp_traverse, reinterpret_cast<void *>(fusedTraverse)},
    {Py_tp_clear, reinterpret_cast<void *>(fusedClear)},
    {Py_tp_repr, reinterpret_cast<void *>(fusedRepr)},
    {Py_tp_call, reinterpret_cast<void *>(PyVectorcall_Call)},
    {Py_tp_getattro, reinterpret_cast<void *>(fusedGetAttr)},
    {Py_tp_descr_get, reinterpret_cast<void *>(fusedDescrGet)},
    {Py_mp_subscript, reinterpret_cast<void *>(fusedGetItem)},
    {Py_tp_getset, fusedGetSet},
    {Py_tp_members, fusedMembers},
    {0, nullptr},
};

PyType_Spec fusedSpec = {
    "pyxc_fused_function",
    sizeof(FusedFunction),
    0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    fusedSlots,
};

} // namespace

PyObject *newFusedFunction(const FusedArgument *arguments, int count) {
  if (!fusedFunctionType &&
      !(fusedFunctionType = reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&fusedSpec))))
    return nullptr;
  auto *f = PyObject_GC_New(FusedFunction, fusedFunctionType);
  if (!f)
    return nullptr;
  f->vectorcall = fusedCall;
  f->arguments = new std::vector<Argument>();
  f->specialisations = new std::vector<Specialisation>();
  f->signatures = PyDict_New();
  PyObject_GC_Track(f);
  if (!f->signatures) {
    Py_DECREF(f);
    return nullptr;
  }
  for (int i = 0; i < count; ++i) {
    Argument a{arguments[i].position, PyUnicode_InternFromString(arguments[i].name), {}};
    if (!a.name) {
      Py_DECREF(f);
      return nullptr;
    }
    for (int k = 0; k < arguments[i].count; ++k) {
      const FusedCandidate &c = arguments[i].candidates[k];
      a.candidates.push_back({c.member, c.match, c.type, c.kind, c.itemsize});
    }
    f->arguments->push_back(std::move(a));
  }
  return reinterpret_cast<PyObject *>(f);
}

int addFusedSpecialisation(PyObject *fused, const char *signature, PyObject *function) {
  if (Py_TYPE(fused) != fusedFunctionType) {
    PyErr_SetString(PyExc_TypeError, "a fused function's name was rebound before all its specialisations were made");
    return -1;
  }
  FusedFunction *f = asFused(fused);
  if (PyDict_SetItemString(f->signatures, signature, function) < 0)
    return -1;
  Specialisation s{{}, Py_NewRef(function)};
  for (std::string_view rest = signature;;) {
    size_t bar = rest.find('|');
    s.members.emplace_back(rest.substr(0, bar));
    if (bar == std::string_view::npos)
      break;
    rest.remove_prefix(bar + 1);
  }
  f->specialisations->push_back(std::move(s));
  return 0;
}

} // namespace pyxc
