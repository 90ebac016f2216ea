// The generator object: drives a compiled generator body (a C++ coroutine)
// with CPython's generator semantics and messages.
#include "generator_impl.h"

#include "pyxc/errors.h"

#include <structmember.h>

namespace pyxc {

namespace detail {

PyTypeObject *GeneratorType, *CoroutineType;

bool isCoroutine(const Generator *gen) { return Py_TYPE(gen) == CoroutineType; }

// obj.name, or null without an error when obj has no such attribute.
int optionalAttr(PyObject *obj, const char *name, PyObject **out) {
  *out = PyObject_GetAttrString(obj, name);
  if (*out || !PyErr_ExceptionMatches(PyExc_AttributeError))
    return *out ? 1 : -1;
  PyErr_Clear();
  return 0;
}

Generator *asGenerator(PyObject *o) { return reinterpret_cast<Generator *>(o); }

void clearExcState(Generator *gen) {
  Py_CLEAR(gen->excState.exc_value);
#if PY_VERSION_HEX < 0x030B0000
  Py_CLEAR(gen->excState.exc_type);
  Py_CLEAR(gen->excState.exc_traceback);
#endif
}

// Ends the body: its coroutine frame (temporaries) and its locals go.
void finish(Generator *gen) {
  if (gen->code) {
    GeneratorCode::Handle code = gen->code;
    gen->code = nullptr;
    Py_CLEAR(code.promise().yielded);
    Py_CLEAR(code.promise().sent);
    Py_CLEAR(code.promise().result);
    code.destroy();
  }
  for (int i = 0; i < gen->slotCount; ++i)
    gen->slots[i].reset();
}

// PEP 479: a StopIteration leaving the body becomes a RuntimeError (and a
// StopAsyncIteration leaving an async generator's).
void replaceStopIteration(const Generator *gen) {
  bool stopIteration = PyErr_ExceptionMatches(PyExc_StopIteration);
  bool asyncGenerator = gen->kind[0] == 'a';
  if (!stopIteration && !(asyncGenerator && PyErr_ExceptionMatches(PyExc_StopAsyncIteration)))
    return;
  PyObject *stop = pyxc_GetRaisedException();
  PyErr_Format(PyExc_RuntimeError, "%s raised %s", gen->kind, stopIteration ? "StopIteration" : "StopAsyncIteration");
  PyObject *error = pyxc_GetRaisedException();
  Py_INCREF(stop);
  PyException_SetCause(error, stop);
  PyException_SetContext(error, stop);
  pyxc_SetRaisedException(error);
}

// Resumes the body with `sent` (stolen), or with the pending exception when
// `sent` is null. PYGEN_NEXT: *result is the yielded value; PYGEN_RETURN:
// the returned value; PYGEN_ERROR: an exception is set.
PySendResult resume(Generator *gen, PyObject *sent, PyObject **result) {
  *result = nullptr;
  if (gen->running) {
    Py_XDECREF(sent);
    PyErr_Format(PyExc_ValueError, "%s already executing", gen->kind);
    return PYGEN_ERROR;
  }
  if (!gen->code) {
    Py_XDECREF(sent);
    if (!sent)
      return PYGEN_ERROR; // throw() into a finished generator raises there
    if (isCoroutine(gen) && gen->started) {
      PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
      return PYGEN_ERROR;
    }
    *result = Py_NewRef(Py_None);
    return PYGEN_RETURN;
  }
  if (!gen->started) {
    if (!sent) {
      // Thrown into before it ran: the body never starts.
      finish(gen);
      return PYGEN_ERROR;
    }
    if (sent != Py_None) {
      Py_DECREF(sent);
      PyErr_Format(PyExc_TypeError, "can't send non-None value to a just-started %s", gen->kind);
      return PYGEN_ERROR;
    }
    Py_DECREF(sent);
    sent = nullptr;
    gen->started = true;
  }
  GeneratorCode::promise_type &promise = gen->code.promise();
  promise.sent = sent;
  PyThreadState *ts = pyxc_ThreadState();
  if (pyxc_EnterCall(ts)) {
    Py_CLEAR(promise.sent);
    return PYGEN_ERROR;
  }
  gen->excState.previous_item = ts->exc_info;
  ts->exc_info = &gen->excState;
  gen->running = true;
  Py_INCREF(gen); // the body may drop the last other reference
  gen->code.resume();
  gen->running = false;
  ts->exc_info = gen->excState.previous_item;
  gen->excState.previous_item = nullptr;
  pyxc_LeaveCall(ts);
  PySendResult status;
  if (!gen->code.done()) {
    *result = promise.yielded;
    promise.yielded = nullptr;
    status = PYGEN_NEXT;
  } else {
    *result = promise.result;
    promise.result = nullptr;
    status = *result ? PYGEN_RETURN : PYGEN_ERROR;
    if (!*result)
      replaceStopIteration(gen);
    finish(gen);
  }
  Py_DECREF(gen);
  return status;
}

PySendResult amSend(PyObject *self, PyObject *arg, PyObject **result) {
  return resume(asGenerator(self), Py_NewRef(arg), result);
}

PyObject *iterNext(PyObject *self) {
  PyObject *result;
  PySendResult status = resume(asGenerator(self), Py_NewRef(Py_None), &result);
  if (status == PYGEN_NEXT)
    return result;
  if (status == PYGEN_RETURN) {
    // The end of iteration: StopIteration only carries a value other than None.
    if (result != Py_None)
      _PyGen_SetStopIterationValue(result);
    Py_DECREF(result);
  }
  return nullptr;
}

// send() and throw() report the return value as StopIteration(value).
PyObject *nextOrStop(PySendResult status, PyObject *result) {
  if (status == PYGEN_RETURN) {
    if (result == Py_None)
      PyErr_SetNone(PyExc_StopIteration);
    else
      _PyGen_SetStopIterationValue(result);
    Py_DECREF(result);
    return nullptr;
  }
  return result;
}

PyObject *send(PyObject *self, PyObject *arg) {
  PyObject *result;
  PySendResult status = resume(asGenerator(self), Py_NewRef(arg), &result);
  return nextOrStop(status, result);
}

// Raises throw()'s arguments as CPython's generator.throw() does.
bool raiseThrown(PyObject *type, PyObject *value, PyObject *tb) {
  if (tb == Py_None)
    tb = nullptr;
  else if (tb && !PyTraceBack_Check(tb)) {
    PyErr_SetString(PyExc_TypeError, "throw() third argument must be a traceback object");
    return false;
  }
  Py_INCREF(type);
  Py_XINCREF(value);
  Py_XINCREF(tb);
  if (PyExceptionClass_Check(type)) {
    PyErr_NormalizeException(&type, &value, &tb);
  } else if (PyExceptionInstance_Check(type)) {
    if (value && value != Py_None) {
      PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
      goto failed;
    }
    Py_XDECREF(value);
    value = type;
    type = reinterpret_cast<PyObject *>(Py_TYPE(value));
    Py_INCREF(type);
    if (!tb)
      tb = PyException_GetTraceback(value);
  } else {
    PyErr_Format(PyExc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                 Py_TYPE(type)->tp_name);
    goto failed;
  }
  PyErr_Restore(type, value, tb);
  return true;
failed:
  Py_DECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  return false;
}

PySendResult throwInto(Generator *gen, PyObject *const *args, Py_ssize_t nargs, PyObject **result) {
  *result = nullptr;
  // As CPython: when the delegate of a `yield from` fails to give its
  // throw method, throw() fails without resuming the generator.
  PyObject *delegate = gen->code && !gen->running ? gen->code.promise().delegate : nullptr;
  if (delegate && !PyErr_GivenExceptionMatches(args[0], PyExc_GeneratorExit)) {
    PyObject *method;
    if (optionalAttr(delegate, "throw", &method) < 0)
      return PYGEN_ERROR;
    Py_XDECREF(method);
  }
  if (!raiseThrown(args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr))
    return PYGEN_ERROR;
  return resume(gen, nullptr, result);
}

PyObject *throwMethod(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  if (!_PyArg_CheckPositional("throw", nargs, 1, 3))
    return nullptr;
  PyObject *result;
  PySendResult status = throwInto(asGenerator(self), args, nargs, &result);
  return nextOrStop(status, result);
}

// close(): GeneratorExit thrown in must end the body.
PyObject *close(PyObject *self, PyObject *) {
  Generator *gen = asGenerator(self);
  if (!gen->code || !gen->started) {
    finish(gen);
    gen->started = true; // a closed coroutine counts as awaited
    Py_RETURN_NONE;
  }
  PyErr_SetNone(PyExc_GeneratorExit);
  PyObject *result;
  PySendResult status = resume(gen, nullptr, &result);
  if (status == PYGEN_NEXT) {
    Py_DECREF(result);
    PyErr_Format(PyExc_RuntimeError, "%s ignored GeneratorExit", gen->kind);
    return nullptr;
  }
  if (status == PYGEN_RETURN) {
    Py_DECREF(result);
    Py_RETURN_NONE;
  }
  if (PyErr_ExceptionMatches(PyExc_StopIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit)) {
    PyErr_Clear();
    Py_RETURN_NONE;
  }
  return nullptr;
}

// A suspended generator that is collected is closed first (PEP 442), so
// its finally blocks run; errors there are unraisable.
void finalize(PyObject *self) {
  Generator *gen = asGenerator(self);
  if (!gen->code)
    return;
  PyObject *pending = pyxc_GetRaisedException();
  if (!gen->started) {
    if (isCoroutine(gen) &&
        PyErr_WarnFormat(PyExc_RuntimeWarning, 1, "coroutine '%U' was never awaited", gen->qualname) < 0)
      PyErr_WriteUnraisable(self);
    pyxc_SetRaisedException(pending);
    return;
  }
  PyObject *r = close(self, nullptr);
  if (r)
    Py_DECREF(r);
  else
    PyErr_WriteUnraisable(self);
  pyxc_SetRaisedException(pending);
}

int traverse(PyObject *self, visitproc visit, void *arg) {
  Generator *gen = asGenerator(self);
  Py_VISIT(reinterpret_cast<PyObject *>(Py_TYPE(self)));
  Py_VISIT(reinterpret_cast<PyObject *>(gen->function));
  for (int i = 0; i < gen->slotCount; ++i)
    Py_VISIT(gen->slots[i].get());
  Py_VISIT(gen->excState.exc_value);
  Py_VISIT(gen->finalizer);
  return 0;
}

int clear(PyObject *self) {
  Generator *gen = asGenerator(self);
  if (!gen->running)
    finish(gen);
  clearExcState(gen);
  Py_CLEAR(gen->finalizer);
  return 0;
}

void dealloc(PyObject *self) {
  Generator *gen = asGenerator(self);
  PyObject_GC_UnTrack(self);
  if (gen->weakrefs)
    PyObject_ClearWeakRefs(self);
  PyObject_GC_Track(self);
  if (PyObject_CallFinalizerFromDealloc(self) < 0)
    return; // resurrected
  PyObject_GC_UnTrack(self);
  finish(gen);
  delete[] gen->slots;
  Py_CLEAR(gen->function);
  Py_CLEAR(gen->name);
  Py_CLEAR(gen->qualname);
  Py_CLEAR(gen->finalizer);
  clearExcState(gen);
  PyTypeObject *type = Py_TYPE(self);
  type->tp_free(self);
  Py_DECREF(type);
}

PyObject *repr(PyObject *self) {
  return PyUnicode_FromFormat("<%s object %U at %p>", asGenerator(self)->kind, asGenerator(self)->qualname, self);
}

PyObject *getName(PyObject *self, void *) { return Py_NewRef(asGenerator(self)->name); }
PyObject *getQualname(PyObject *self, void *) { return Py_NewRef(asGenerator(self)->qualname); }
int setString(PyObject **field, PyObject *value, const char *what) {
  if (!value || !PyUnicode_Check(value)) {
    PyErr_Format(PyExc_TypeError, "%s must be set to a string object", what);
    return -1;
  }
  Py_SETREF(*field, Py_NewRef(value));
  return 0;
}
int setName(PyObject *self, PyObject *v, void *) { return setString(&asGenerator(self)->name, v, "__name__"); }
int setQualname(PyObject *self, PyObject *v, void *) {
  return setString(&asGenerator(self)->qualname, v, "__qualname__");
}
PyObject *getRunning(PyObject *self, void *) { return PyBool_FromLong(asGenerator(self)->running); }
PyObject *getSuspended(PyObject *self, void *) {
  Generator *gen = asGenerator(self);
  return PyBool_FromLong(gen->code && gen->started && !gen->running);
}

PyObject *getYieldFrom(PyObject *self, void *) {
  Generator *gen = asGenerator(self);
  PyObject *delegate = gen->code && !gen->running ? gen->code.promise().delegate : nullptr;
  return Py_NewRef(delegate ? delegate : Py_None);
}

PyGetSetDef getset[] = {
    {"gi_yieldfrom", getYieldFrom, nullptr, nullptr, nullptr},
    {"__name__", getName, setName, nullptr, nullptr},
    {"__qualname__", getQualname, setQualname, nullptr, nullptr},
    {"gi_running", getRunning, nullptr, nullptr, nullptr},
    {"gi_suspended", getSuspended, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyGetSetDef coroutineGetset[] = {
    {"__name__", getName, setName, nullptr, nullptr},
    {"__qualname__", getQualname, setQualname, nullptr, nullptr},
    {"cr_await", getYieldFrom, nullptr, nullptr, nullptr},
    {"cr_running", getRunning, nullptr, nullptr, nullptr},
    {"cr_suspended", getSuspended, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyMemberDef members[] = {
    {"__weaklistoffset__", T_PYSSIZET, offsetof(Generator, weakrefs), READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

PyMethodDef methods[] = {
    {"send", send, METH_O, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(throwMethod)), METH_FASTCALL,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\n"
     "StopIteration."},
    {"close", close, METH_NOARGS, "close() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, 0, nullptr},
};

PyType_Slot slots[] = {
    {Py_tp_dealloc, reinterpret_cast<void *>(dealloc)},
    {Py_tp_traverse, reinterpret_cast<void *>(traverse)},
    {Py_tp_clear, reinterpret_cast<void *>(clear)},
    {Py_tp_finalize, reinterpret_cast<void *>(finalize)},
    {Py_tp_repr, reinterpret_cast<void *>(repr)},
    {Py_tp_iter, reinterpret_cast<void *>(PyObject_SelfIter)},
    {Py_tp_iternext, reinterpret_cast<void *>(iterNext)},
    {Py_am_send, reinterpret_cast<void *>(amSend)},
    {Py_tp_methods, methods},
    {Py_tp_getset, getset},
    {Py_tp_members, members},
    {0, nullptr},
};

PyType_Spec spec = {
    "generator",
    sizeof(Generator),
    0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    slots,
};

// A coroutine is not iterable, but `await` on it gets an iterator: itself.
PyObject *awaitSelf(PyObject *self) { return Py_NewRef(self); }

PyType_Slot coroutineSlots[] = {
    {Py_tp_dealloc, reinterpret_cast<void *>(dealloc)},
    {Py_tp_traverse, reinterpret_cast<void *>(traverse)},
    {Py_tp_clear, reinterpret_cast<void *>(clear)},
    {Py_tp_finalize, reinterpret_cast<void *>(finalize)},
    {Py_tp_repr, reinterpret_cast<void *>(repr)},
    {Py_tp_iternext, reinterpret_cast<void *>(iterNext)},
    {Py_am_await, reinterpret_cast<void *>(awaitSelf)},
    {Py_am_send, reinterpret_cast<void *>(amSend)},
    {Py_tp_methods, methods},
    {Py_tp_getset, coroutineGetset},
    {Py_tp_members, members},
    {0, nullptr},
};

PyType_Spec coroutineSpec = {
    "coroutine",
    sizeof(Generator),
    0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    coroutineSlots,
};

// isinstance(x, collections.abc.<abcName>) for a type of ours.
int registerAbc(PyObject *abc, const char *abcName, PyTypeObject *type) {
  PyObject *base = PyObject_GetAttrString(abc, abcName);
  PyObject *done = base ? PyObject_CallMethod(base, "register", "O", type) : nullptr;
  Py_XDECREF(base);
  if (!done)
    return -1;
  Py_DECREF(done);
  return 0;
}

} // namespace detail

using namespace detail;

int initGeneratorType() {
  if (GeneratorType && CoroutineType)
    return 0;
  GeneratorType = reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&spec));
  CoroutineType = reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&coroutineSpec));
  if (!GeneratorType || !CoroutineType)
    return -1;
  // isinstance(g, collections.abc.Generator) and asyncio.iscoroutine(c), as
  // for Cython's generators and coroutines.
  PyObject *abc = PyImport_ImportModule("_collections_abc");
  int status = abc && registerAbc(abc, "Generator", GeneratorType) == 0 &&
                       registerAbc(abc, "Coroutine", CoroutineType) == 0 && initAsyncGeneratorType(abc) == 0
                   ? 0
                   : -1;
  Py_XDECREF(abc);
  return status;
}

PyObject *detail::newGeneratorOf(PyTypeObject *type, const char *kind, Function *fn, PyObject *const *params,
                                int paramCount, int slotCount, GeneratorBody body) {
  Generator *gen = PyObject_GC_New(Generator, type);
  if (!gen)
    return nullptr;
  gen->code = nullptr;
  gen->kind = kind;
  gen->function = reinterpret_cast<Function *>(Py_NewRef(reinterpret_cast<PyObject *>(fn)));
  gen->slots = new Ref[slotCount > 0 ? slotCount : 1];
  gen->slotCount = slotCount;
  for (int i = 0; i < paramCount; ++i)
    gen->slots[i] = keep(params[i]);
  gen->name = Py_NewRef(fn->name);
  gen->qualname = Py_NewRef(fn->qualname);
  gen->weakrefs = nullptr;
  gen->excState = _PyErr_StackItem{};
  gen->started = gen->running = false;
  gen->runningAsync = gen->closedAsync = gen->hooksInited = false;
  gen->finalizer = nullptr;
  gen->code = body(fn, gen->slots).handle;
  PyObject_GC_Track(gen);
  return reinterpret_cast<PyObject *>(gen);
}

PyObject *newGenerator(Function *fn, PyObject *const *params, int paramCount, int slotCount, GeneratorBody body) {
  return newGeneratorOf(GeneratorType, "generator", fn, params, paramCount, slotCount, body);
}

PyObject *newCoroutine(Function *fn, PyObject *const *params, int paramCount, int slotCount, GeneratorBody body) {
  return newGeneratorOf(CoroutineType, "coroutine", fn, params, paramCount, slotCount, body);
}

PyObject *awaitableIter(PyObject *awaitable) {
  PyTypeObject *type = Py_TYPE(awaitable);
  if (type == CoroutineType || PyCoro_CheckExact(awaitable))
    return Py_NewRef(awaitable);
  unaryfunc getter = type->tp_as_async ? type->tp_as_async->am_await : nullptr;
  if (!getter) {
    PyErr_Format(PyExc_TypeError, "object %.100s can't be used in 'await' expression", type->tp_name);
    return nullptr;
  }
  PyObject *iter = getter(awaitable);
  if (!iter)
    return nullptr;
  if (Py_TYPE(iter) == CoroutineType || PyCoro_CheckExact(iter)) {
    Py_DECREF(iter);
    PyErr_SetString(PyExc_TypeError, "__await__() returned a coroutine");
    return nullptr;
  }
  if (!PyIter_Check(iter)) {
    PyErr_Format(PyExc_TypeError, "__await__() returned non-iterator of type '%.100s'", Py_TYPE(iter)->tp_name);
    Py_DECREF(iter);
    return nullptr;
  }
  return iter;
}

PyObject *asyncIter(PyObject *iterable) {
  PyTypeObject *type = Py_TYPE(iterable);
  unaryfunc aiter = type->tp_as_async ? type->tp_as_async->am_aiter : nullptr;
  if (!aiter) {
    PyErr_Format(PyExc_TypeError, "'async for' requires an object with __aiter__ method, got %.100s", type->tp_name);
    return nullptr;
  }
  PyObject *iterator = aiter(iterable);
  if (iterator && !(Py_TYPE(iterator)->tp_as_async && Py_TYPE(iterator)->tp_as_async->am_anext)) {
    PyErr_Format(PyExc_TypeError,
                 "'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
                 Py_TYPE(iterator)->tp_name);
    Py_CLEAR(iterator);
  }
  return iterator;
}

PyObject *asyncNext(PyObject *iterator) { return Py_TYPE(iterator)->tp_as_async->am_anext(iterator); }

PyObject *yieldFromIter(PyObject *iterable) {
  if (Py_TYPE(iterable) == GeneratorType || PyGen_CheckExact(iterable))
    return Py_NewRef(iterable);
  if (Py_TYPE(iterable) == CoroutineType || PyCoro_CheckExact(iterable)) {
    PyErr_SetString(PyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return nullptr;
  }
  return PyObject_GetIter(iterable);
}

// Closes the delegate when GeneratorExit is thrown into the delegating
// generator (PEP 380); an error from close() replaces GeneratorExit.
static int closeDelegate(PyObject *iter) {
  PyObject *exit = pyxc_GetRaisedException();
  PyObject *closeMethod;
  if (optionalAttr(iter, "close", &closeMethod) < 0)
    PyErr_WriteUnraisable(iter); // as CPython: GeneratorExit goes on
  if (closeMethod) {
    PyObject *r = PyObject_CallNoArgs(closeMethod);
    Py_DECREF(closeMethod);
    if (!r) {
      Py_DECREF(exit);
      return -1;
    }
    Py_DECREF(r);
  }
  pyxc_SetRaisedException(exit);
  return -1;
}

// The value a finished delegate returned: its StopIteration's value.
static int stopValue(PyObject **out) {
  if (_PyGen_FetchStopIterationValue(out) < 0)
    return -1;
  return 0;
}

int yieldFromStep(PyObject *iter, PyObject *sent, PyObject **out) {
  *out = nullptr;
  if (!sent) {
    if (PyErr_ExceptionMatches(PyExc_GeneratorExit))
      return closeDelegate(iter);
    PyObject *throwMethod;
    PyObject *thrown = pyxc_GetRaisedException();
    if (optionalAttr(iter, "throw", &throwMethod) < 0) {
      Py_DECREF(thrown);
      return -1;
    }
    if (!throwMethod) {
      pyxc_SetRaisedException(thrown);
      return -1;
    }
    PyObject *r = PyObject_CallOneArg(throwMethod, thrown);
    Py_DECREF(throwMethod);
    Py_DECREF(thrown);
    if (r) {
      *out = r;
      return 1;
    }
    return PyErr_ExceptionMatches(PyExc_StopIteration) ? stopValue(out) : -1;
  }
  PyObject *r;
  PySendResult status = PyIter_Send(iter, sent, &r);
  Py_DECREF(sent);
  if (status == PYGEN_ERROR)
    return -1;
  *out = r;
  return status == PYGEN_NEXT ? 1 : 0;
}

} // namespace pyxc
