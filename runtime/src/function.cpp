#include "pyxc/function.h"
#include "pyxc/runtime.h"

#include <vector>

#include <structmember.h>

#include <memory>

#include <string>

namespace pyxc {

PyTypeObject *FunctionType = nullptr;

int paramCount(const FunctionSpec *spec) {
  return spec->positionalCount + spec->kwonlyCount + int(spec->hasVarargs) + int(spec->hasVarkw);
}

namespace {

constexpr int kStackParams = 16;

// Binds the arguments (new references in `params`), runs the body, and
// releases them.
PyObject *bindAndRun(Function *fn, PyObject *const *args, size_t nargsf, PyObject *kwnames, PyObject **params,
                     int count) {
  if (bindArguments(fn, args, nargsf, kwnames, params) < 0)
    return nullptr;
  PyObject *result = runBody(fn, params);
  for (int i = 0; i < count; ++i)
    Py_DECREF(params[i]);
  return result;
}

PyObject *functionVectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
  auto *fn = reinterpret_cast<Function *>(callable);
  if (!kwnames && fn->directArity == PyVectorcall_NARGS(nargsf))
    return runBody(fn, args); // exactly the positional parameters, nothing else
  int count = paramCount(fn->spec);
  if (count > kStackParams) {
    std::unique_ptr<PyObject *[]> params(new PyObject *[size_t(count)]);
    return bindAndRun(fn, args, nargsf, kwnames, params.get(), count);
  }
  PyObject *params[kStackParams];
  return bindAndRun(fn, args, nargsf, kwnames, params, count);
}

void functionDealloc(PyObject *self) {
  auto *fn = reinterpret_cast<Function *>(self);
  PyObject_GC_UnTrack(self);
  if (fn->weakrefs)
    PyObject_ClearWeakRefs(self);
  Py_CLEAR(fn->name);
  Py_CLEAR(fn->qualname);
  Py_CLEAR(fn->doc);
  Py_CLEAR(fn->module);
  Py_CLEAR(fn->dict);
  Py_CLEAR(fn->defaults);
  Py_CLEAR(fn->kwdefaults);
  Py_CLEAR(fn->annotations);
  Py_CLEAR(fn->closure);
  Py_CLEAR(fn->globals);
  PyTypeObject *type = Py_TYPE(self);
  PyObject_GC_Del(self);
  Py_DECREF(type); // instances of heap types own a reference to the type
}

int functionTraverse(PyObject *self, visitproc visit, void *arg) {
  auto *fn = reinterpret_cast<Function *>(self);
  Py_VISIT(Py_TYPE(self));
  Py_VISIT(fn->name);
  Py_VISIT(fn->qualname);
  Py_VISIT(fn->doc);
  Py_VISIT(fn->module);
  Py_VISIT(fn->dict);
  Py_VISIT(fn->defaults);
  Py_VISIT(fn->kwdefaults);
  Py_VISIT(fn->annotations);
  Py_VISIT(fn->closure);
  Py_VISIT(fn->globals);
  return 0;
}

int functionClear(PyObject *self) {
  auto *fn = reinterpret_cast<Function *>(self);
  Py_CLEAR(fn->dict);
  Py_CLEAR(fn->defaults);
  Py_CLEAR(fn->kwdefaults);
  Py_CLEAR(fn->annotations);
  Py_CLEAR(fn->closure);
  Py_CLEAR(fn->globals);
  return 0;
}

PyObject *functionRepr(PyObject *self) {
  auto *fn = reinterpret_cast<Function *>(self);
  return PyUnicode_FromFormat("<function %U at %p>", fn->qualname, self);
}

// Functions bind to instances as Python functions do.
PyObject *functionDescrGet(PyObject *self, PyObject *obj, PyObject *) {
  if (obj == nullptr || obj == Py_None) {
    Py_INCREF(self);
    return self;
  }
  return PyMethod_New(self, obj);
}

int setString(PyObject **slot, PyObject *value, const char *what) {
  if (value == nullptr || !PyUnicode_Check(value)) {
    PyErr_Format(PyExc_TypeError, "%s must be set to a string object", what);
    return -1;
  }
  Py_INCREF(value);
  Py_XSETREF(*slot, value);
  return 0;
}

PyObject *getName(PyObject *self, void *) { return Py_NewRef(reinterpret_cast<Function *>(self)->name); }
int setName(PyObject *self, PyObject *v, void *) {
  return setString(&reinterpret_cast<Function *>(self)->name, v, "__name__");
}
PyObject *getQualname(PyObject *self, void *) { return Py_NewRef(reinterpret_cast<Function *>(self)->qualname); }
int setQualname(PyObject *self, PyObject *v, void *) {
  return setString(&reinterpret_cast<Function *>(self)->qualname, v, "__qualname__");
}

PyObject *getOptional(PyObject *value) { return Py_NewRef(value ? value : Py_None); }
PyObject *getDefaults(PyObject *self, void *) { return getOptional(reinterpret_cast<Function *>(self)->defaults); }
PyObject *getKwdefaults(PyObject *self, void *) {
  return getOptional(reinterpret_cast<Function *>(self)->kwdefaults);
}
PyObject *getClosure(PyObject *self, void *) { return getOptional(reinterpret_cast<Function *>(self)->closure); }
PyObject *getGlobals(PyObject *self, void *) { return Py_NewRef(reinterpret_cast<Function *>(self)->globals); }

// __code__: an empty code object describing the signature and kind (as
// Cython's functions have), for inspect's isgeneratorfunction,
// iscoroutinefunction and signature().
PyObject *getCode(PyObject *self, void *) {
  const FunctionSpec *spec = reinterpret_cast<Function *>(self)->spec;
  Ref code = own(reinterpret_cast<PyObject *>(PyCode_NewEmpty(spec->filename, spec->name, spec->firstLine)));
  int count = paramCount(spec);
  Ref names = own(PyTuple_New(count));
  if (!code || !names)
    return nullptr;
  // co_varnames in CPython's order: the positional parameters, the
  // keyword-only ones, then *args and **kwargs (the spec lists them in
  // declaration order, *args before the keyword-only ones).
  int star = spec->positionalCount, kwonly = star + (spec->hasVarargs ? 1 : 0);
  std::vector<int> order;
  for (int i = 0; i < spec->positionalCount; ++i)
    order.push_back(i);
  for (int i = 0; i < spec->kwonlyCount; ++i)
    order.push_back(kwonly + i);
  if (spec->hasVarargs)
    order.push_back(star);
  for (int i = kwonly + spec->kwonlyCount; i < count; ++i)
    order.push_back(i); // **kwargs
  for (int i = 0; i < count; ++i) {
    PyObject *name = PyUnicode_InternFromString(spec->paramNames[order[i]]);
    if (!name)
      return nullptr;
    PyTuple_SET_ITEM(names.get(), i, name);
  }
  int flags = CO_OPTIMIZED | CO_NEWLOCALS | spec->codeFlags;
  if (spec->hasVarargs)
    flags |= CO_VARARGS;
  if (spec->hasVarkw)
    flags |= CO_VARKEYWORDS;
  Ref replace = own(PyObject_GetAttrString(code.get(), "replace"));
  Ref noArgs = own(PyTuple_New(0));
  Ref changes = own(Py_BuildValue("{s:i,s:i,s:i,s:i,s:i,s:O}", "co_flags", flags, "co_argcount", spec->positionalCount,
                                  "co_posonlyargcount", spec->posonlyCount, "co_kwonlyargcount", spec->kwonlyCount,
                                  "co_nlocals", count, "co_varnames", names.get()));
  if (!replace || !noArgs || !changes)
    return nullptr;
  return PyObject_Call(replace.get(), noArgs.get(), changes.get());
}
PyObject *getAnnotations(PyObject *self, void *) {
  auto *fn = reinterpret_cast<Function *>(self);
  if (!fn->annotations && !(fn->annotations = PyDict_New()))
    return nullptr;
  return Py_NewRef(fn->annotations);
}
// Setting __annotations__/__defaults__/__kwdefaults__: None clears, else
// the value must have the right type.
int setOptional(PyObject **slot, PyObject *v, int (*check)(PyObject *), const char *message) {
  if (v == Py_None)
    v = nullptr;
  if (v && !check(v)) {
    PyErr_SetString(PyExc_TypeError, message);
    return -1;
  }
  Py_XINCREF(v);
  Py_XSETREF(*slot, v);
  return 0;
}
int isDict(PyObject *v) { return PyDict_Check(v); }
int isTuple(PyObject *v) { return PyTuple_Check(v); }
int setAnnotations(PyObject *self, PyObject *v, void *) {
  return setOptional(&reinterpret_cast<Function *>(self)->annotations, v, isDict,
                     "__annotations__ must be set to a dict object");
}
int setDefaults(PyObject *self, PyObject *v, void *) {
  return setOptional(&reinterpret_cast<Function *>(self)->defaults, v, isTuple,
                     "__defaults__ must be set to a tuple object");
}
int setKwdefaults(PyObject *self, PyObject *v, void *) {
  return setOptional(&reinterpret_cast<Function *>(self)->kwdefaults, v, isDict,
                     "__kwdefaults__ must be set to a dict object");
}

PyObject *getTextSignature(PyObject *self, void *) {
  const char *text = reinterpret_cast<Function *>(self)->spec->textSignature;
  return text ? PyUnicode_FromString(text) : Py_NewRef(Py_None);
}

PyGetSetDef functionGetSet[] = {
    {"__text_signature__", getTextSignature, nullptr, nullptr, nullptr},
    {"__name__", getName, setName, nullptr, nullptr},
    {"__qualname__", getQualname, setQualname, nullptr, nullptr},
    {"__defaults__", getDefaults, setDefaults, nullptr, nullptr},
    {"__kwdefaults__", getKwdefaults, setKwdefaults, nullptr, nullptr},
    {"__annotations__", getAnnotations, setAnnotations, nullptr, nullptr},
    {"__closure__", getClosure, nullptr, nullptr, nullptr},
    {"__globals__", getGlobals, nullptr, nullptr, nullptr},
    {"__code__", getCode, nullptr, nullptr, nullptr},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// Pickled by reference, as a def function is: the name the module knows it
// by (a local function fails there, as with CPython's functions).
PyObject *functionReduce(PyObject *self, PyObject *) {
  return Py_NewRef(reinterpret_cast<Function *>(self)->qualname);
}

PyMethodDef functionMethods[] = {
    {"__reduce__", functionReduce, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

PyMemberDef functionMembers[] = {
    {"__doc__", T_OBJECT, offsetof(Function, doc), 0, nullptr},
    {"__module__", T_OBJECT, offsetof(Function, module), 0, nullptr},
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(Function, vectorcall), READONLY, nullptr},
    {"__dictoffset__", T_PYSSIZET, offsetof(Function, dict), READONLY, nullptr},
    {"__weaklistoffset__", T_PYSSIZET, offsetof(Function, weakrefs), READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

PyType_Slot functionSlots[] = {
    {Py_tp_dealloc, reinterpret_cast<void *>(functionDealloc)},
    {Py_tp_traverse, reinterpret_cast<void *>(functionTraverse)},
    {Py_tp_clear, reinterpret_cast<void *>(functionClear)},
    {Py_tp_repr, reinterpret_cast<void *>(functionRepr)},
    {Py_tp_call, reinterpret_cast<void *>(PyVectorcall_Call)},
    {Py_tp_descr_get, reinterpret_cast<void *>(functionDescrGet)},
    {Py_tp_getset, functionGetSet},
    {Py_tp_members, functionMembers},
    {Py_tp_methods, functionMethods},
    {0, nullptr},
};

PyType_Spec functionSpec = {
    "pyxc_function",
    sizeof(Function),
    0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_METHOD_DESCRIPTOR,
    functionSlots,
};

} // namespace

int initFunctionType() {
  if (FunctionType)
    return 0;
  FunctionType = reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&functionSpec));
  return FunctionType ? 0 : -1;
}

PyObject *newFunction(const FunctionSpec *spec, PyObject *globals, PyObject *module, PyObject *defaults,
                      PyObject *kwdefaults, PyObject *annotations, PyObject *closure) {
  if (initFunctionType() < 0)
    return nullptr;
  auto *fn = PyObject_GC_New(Function, FunctionType);
  if (!fn)
    return nullptr;
  fn->vectorcall = functionVectorcall;
  fn->spec = spec;
  fn->name = PyUnicode_InternFromString(spec->name);
  fn->qualname = PyUnicode_FromString(spec->qualname);
  fn->doc = spec->doc ? PyUnicode_FromString(spec->doc) : Py_NewRef(Py_None);
  fn->module = Py_NewRef(module ? module : Py_None);
  fn->dict = nullptr;
  fn->weakrefs = nullptr;
  fn->defaults = Py_XNewRef(defaults);
  fn->kwdefaults = Py_XNewRef(kwdefaults);
  fn->annotations = Py_XNewRef(annotations);
  fn->closure = Py_XNewRef(closure);
  fn->globals = Py_NewRef(globals);
  bool onlyPositional = spec->kwonlyCount == 0 && !spec->hasVarargs && !spec->hasVarkw;
  fn->directArity = onlyPositional ? spec->positionalCount : -1;
  PyObject_GC_Track(fn);
  if (!fn->name || !fn->qualname || !fn->doc) {
    Py_DECREF(fn);
    return nullptr;
  }
  return reinterpret_cast<PyObject *>(fn);
}

static constexpr const char *kCFunctionCapsule = "pyxc.cfunction";

PyObject *newCFunctionObject(const FunctionSpec *spec, PyObject *globals, void *address) {
  PyObject *capsule = PyCapsule_New(address, kCFunctionCapsule, nullptr);
  if (!capsule)
    return nullptr;
  PyObject *closure = PyTuple_Pack(1, capsule);
  Py_DECREF(capsule);
  if (!closure)
    return nullptr;
  PyObject *module = moduleNameOf(globals);
  PyObject *fn = newFunction(spec, globals, module, nullptr, nullptr, nullptr, closure);
  Py_DECREF(closure);
  return fn;
}

void *cFunctionAddress(const Function *self) {
  return PyCapsule_GetPointer(PyTuple_GET_ITEM(self->closure, 0), kCFunctionCapsule);
}

} // namespace pyxc
