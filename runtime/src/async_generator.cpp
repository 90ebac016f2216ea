// Async generators (PEP 525): an `async def` whose body yields. The body is
// the same C++ coroutine as a generator's; a value it yields itself ends the
// awaitable that asked for it (StopIteration(value)), a value a delegate it
// awaits yields goes on to the event loop. asend()/__anext__() and
// athrow()/aclose() return awaitables that drive the body, with CPython's
// states, messages and event-loop hooks (sys.set_asyncgen_hooks).
#include "generator_impl.h"

#include <type_traits>

namespace pyxc {

namespace detail {
namespace {

PyTypeObject *AsyncGeneratorType, *ASendType, *AThrowType;

enum class AwaitableState : uint8_t { Init, Iter, Closed };

// The first asend/athrow/aclose: remember the finalizer hook, call firstiter.
int initHooks(Generator *gen) {
  if (gen->hooksInited)
    return 0;
  gen->hooksInited = true;
  PyThreadState *ts = PyThreadState_Get();
  if (ts->async_gen_finalizer)
    gen->finalizer = Py_NewRef(ts->async_gen_finalizer);
  if (PyObject *firstiter = ts->async_gen_firstiter) {
    Ref keepAlive = keep(firstiter);
    Ref done = own(PyObject_CallOneArg(firstiter, reinterpret_cast<PyObject *>(gen)));
    if (!done)
      return -1;
  }
  return 0;
}

// What one step of the body means to an asend/athrow awaitable: a value for
// the event loop passes through; the body's own yield ends the awaitable
// with StopIteration(value); its end is StopAsyncIteration.
PyObject *unwrap(Generator *gen, PySendResult status, PyObject *result) {
  if (status == PYGEN_NEXT && yieldedByDelegate(gen))
    return result;
  gen->runningAsync = false;
  if (status == PYGEN_NEXT) {
    _PyGen_SetStopIterationValue(result);
    Py_DECREF(result);
    return nullptr;
  }
  if (status == PYGEN_RETURN) {
    Py_DECREF(result);
    PyErr_SetNone(PyExc_StopAsyncIteration);
  }
  if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit))
    gen->closedAsync = true;
  return nullptr;
}

// --- asend() and __anext__() ------------------------------------------------------

struct ASend {
  PyObject_HEAD
  Generator *gen;
  PyObject *sendValue;
  AwaitableState state;
};

PyObject *asendSend(PyObject *self, PyObject *arg) {
  auto *o = reinterpret_cast<ASend *>(self);
  if (o->state == AwaitableState::Closed) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return nullptr;
  }
  if (o->state == AwaitableState::Init) {
    if (o->gen->runningAsync) {
      o->state = AwaitableState::Closed;
      PyErr_SetString(PyExc_RuntimeError, "anext(): asynchronous generator is already running");
      return nullptr;
    }
    if (!arg || arg == Py_None)
      arg = o->sendValue;
    o->state = AwaitableState::Iter;
  }
  o->gen->runningAsync = true;
  PyObject *result;
  PySendResult status = resume(o->gen, Py_NewRef(arg ? arg : Py_None), &result);
  result = unwrap(o->gen, status, result);
  if (!result)
    o->state = AwaitableState::Closed;
  return result;
}

PyObject *asendNext(PyObject *self) { return asendSend(self, nullptr); }

PyObject *asendThrow(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  auto *o = reinterpret_cast<ASend *>(self);
  if (!_PyArg_CheckPositional("throw", nargs, 1, 3))
    return nullptr;
  if (o->state == AwaitableState::Closed) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return nullptr;
  }
  PyObject *result;
  PySendResult status = throwInto(o->gen, args, nargs, &result);
  result = unwrap(o->gen, status, result);
  if (!result)
    o->state = AwaitableState::Closed;
  return result;
}

PyObject *asendClose(PyObject *self, PyObject *) {
  reinterpret_cast<ASend *>(self)->state = AwaitableState::Closed;
  Py_RETURN_NONE;
}

// --- athrow() and aclose() -------------------------------------------------------

struct AThrow {
  PyObject_HEAD
  Generator *gen;
  PyObject *args; // athrow()'s arguments; null for aclose()
  AwaitableState state;
};

// aclose(): the body answered GeneratorExit with a yield of its own.
PyObject *ignoredGeneratorExit(AThrow *o) {
  o->gen->runningAsync = false;
  o->state = AwaitableState::Closed;
  PyErr_SetString(PyExc_RuntimeError, "async generator ignored GeneratorExit");
  return nullptr;
}

// The body ended the awaitable with an error; for aclose() its end
// (StopAsyncIteration, GeneratorExit) is the awaitable's normal end.
PyObject *athrowError(AThrow *o) {
  o->gen->runningAsync = false;
  o->state = AwaitableState::Closed;
  if (!o->args && (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) || PyErr_ExceptionMatches(PyExc_GeneratorExit))) {
    PyErr_Clear();
    PyErr_SetNone(PyExc_StopIteration);
  }
  return nullptr;
}

// aclose() mode: a value for the event loop passes; any other step ends it.
PyObject *closeStep(AThrow *o, PySendResult status, PyObject *result) {
  if (status == PYGEN_NEXT) {
    if (!yieldedByDelegate(o->gen)) {
      Py_DECREF(result);
      return ignoredGeneratorExit(o);
    }
    return result;
  }
  if (status == PYGEN_RETURN) {
    Py_DECREF(result);
    PyErr_SetNone(PyExc_StopAsyncIteration);
  }
  return athrowError(o);
}

PyObject *athrowSend(PyObject *self, PyObject *arg) {
  auto *o = reinterpret_cast<AThrow *>(self);
  Generator *gen = o->gen;
  if (o->state == AwaitableState::Closed) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return nullptr;
  }
  if (!gen->code) {
    o->state = AwaitableState::Closed;
    PyErr_SetNone(PyExc_StopIteration);
    return nullptr;
  }
  PyObject *result;
  if (o->state == AwaitableState::Init) {
    if (gen->runningAsync) {
      o->state = AwaitableState::Closed;
      PyErr_SetString(PyExc_RuntimeError, o->args ? "athrow(): asynchronous generator is already running"
                                                  : "aclose(): asynchronous generator is already running");
      return nullptr;
    }
    if (gen->closedAsync) {
      o->state = AwaitableState::Closed;
      PyErr_SetNone(PyExc_StopAsyncIteration);
      return nullptr;
    }
    if (arg && arg != Py_None) {
      PyErr_SetString(PyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
      return nullptr;
    }
    o->state = AwaitableState::Iter;
    gen->runningAsync = true;
    if (!o->args) {
      gen->closedAsync = true;
      PyObject *exit = PyExc_GeneratorExit;
      PySendResult status = throwInto(gen, &exit, 1, &result);
      return closeStep(o, status, result);
    }
    PySendResult status = throwInto(gen, &PyTuple_GET_ITEM(o->args, 0), PyTuple_GET_SIZE(o->args), &result);
    result = unwrap(gen, status, result);
    return result ? result : athrowError(o);
  }
  PySendResult status = resume(gen, Py_NewRef(arg ? arg : Py_None), &result);
  if (!o->args)
    return closeStep(o, status, result);
  return unwrap(gen, status, result);
}

PyObject *athrowNext(PyObject *self) { return athrowSend(self, nullptr); }

PyObject *athrowThrow(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  auto *o = reinterpret_cast<AThrow *>(self);
  if (!_PyArg_CheckPositional("throw", nargs, 1, 3))
    return nullptr;
  if (o->state == AwaitableState::Closed) {
    PyErr_SetString(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return nullptr;
  }
  PyObject *result;
  PySendResult status = throwInto(o->gen, args, nargs, &result);
  if (!o->args)
    return closeStep(o, status, result);
  return unwrap(o->gen, status, result);
}

PyObject *athrowClose(PyObject *self, PyObject *) {
  reinterpret_cast<AThrow *>(self)->state = AwaitableState::Closed;
  Py_RETURN_NONE;
}

// --- the awaitables' types ----------------------------------------------------------

template <class T> void awaitableDealloc(PyObject *self) {
  PyObject_GC_UnTrack(self);
  auto *o = reinterpret_cast<T *>(self);
  Py_CLEAR(o->gen);
  if constexpr (std::is_same_v<T, ASend>)
    Py_CLEAR(o->sendValue);
  else
    Py_CLEAR(o->args);
  PyTypeObject *type = Py_TYPE(self);
  type->tp_free(self);
  Py_DECREF(type);
}

template <class T> int awaitableTraverse(PyObject *self, visitproc visit, void *arg) {
  auto *o = reinterpret_cast<T *>(self);
  Py_VISIT(reinterpret_cast<PyObject *>(Py_TYPE(self)));
  Py_VISIT(reinterpret_cast<PyObject *>(o->gen));
  if constexpr (std::is_same_v<T, ASend>)
    Py_VISIT(o->sendValue);
  else
    Py_VISIT(o->args);
  return 0;
}

PyObject *returnSelf(PyObject *self) { return Py_NewRef(self); }

PyMethodDef asendMethods[] = {
    {"send", asendSend, METH_O, nullptr},
    {"throw", reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(asendThrow)), METH_FASTCALL, nullptr},
    {"close", asendClose, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
PyType_Slot asendSlots[] = {
    {Py_tp_dealloc, reinterpret_cast<void *>(awaitableDealloc<ASend>)},
    {Py_tp_traverse, reinterpret_cast<void *>(awaitableTraverse<ASend>)},
    {Py_tp_iter, reinterpret_cast<void *>(PyObject_SelfIter)},
    {Py_tp_iternext, reinterpret_cast<void *>(asendNext)},
    {Py_am_await, reinterpret_cast<void *>(returnSelf)},
    {Py_tp_methods, asendMethods},
    {0, nullptr},
};
PyType_Spec asendSpec = {"async_generator_asend", sizeof(ASend), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
                         asendSlots};

PyMethodDef athrowMethods[] = {
    {"send", athrowSend, METH_O, nullptr},
    {"throw", reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(athrowThrow)), METH_FASTCALL, nullptr},
    {"close", athrowClose, METH_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
PyType_Slot athrowSlots[] = {
    {Py_tp_dealloc, reinterpret_cast<void *>(awaitableDealloc<AThrow>)},
    {Py_tp_traverse, reinterpret_cast<void *>(awaitableTraverse<AThrow>)},
    {Py_tp_iter, reinterpret_cast<void *>(PyObject_SelfIter)},
    {Py_tp_iternext, reinterpret_cast<void *>(athrowNext)},
    {Py_am_await, reinterpret_cast<void *>(returnSelf)},
    {Py_tp_methods, athrowMethods},
    {0, nullptr},
};
PyType_Spec athrowSpec = {"async_generator_athrow", sizeof(AThrow), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
                          athrowSlots};

// --- the async generator's own methods ------------------------------------------------

PyObject *newASend(PyObject *self, PyObject *value) {
  if (initHooks(asGenerator(self)) < 0)
    return nullptr;
  ASend *o = PyObject_GC_New(ASend, ASendType);
  if (!o)
    return nullptr;
  o->gen = reinterpret_cast<Generator *>(Py_NewRef(self));
  o->sendValue = Py_XNewRef(value);
  o->state = AwaitableState::Init;
  PyObject_GC_Track(o);
  return reinterpret_cast<PyObject *>(o);
}

PyObject *newAThrow(PyObject *self, PyObject *args) {
  if (initHooks(asGenerator(self)) < 0)
    return nullptr;
  AThrow *o = PyObject_GC_New(AThrow, AThrowType);
  if (!o)
    return nullptr;
  o->gen = reinterpret_cast<Generator *>(Py_NewRef(self));
  o->args = Py_XNewRef(args);
  o->state = AwaitableState::Init;
  PyObject_GC_Track(o);
  return reinterpret_cast<PyObject *>(o);
}

PyObject *anext(PyObject *self) { return newASend(self, nullptr); }
PyObject *asend(PyObject *self, PyObject *value) { return newASend(self, value); }
PyObject *athrow(PyObject *self, PyObject *args) {
  PyObject *type, *value, *tb; // checked when the awaitable throws them
  if (!PyArg_UnpackTuple(args, "athrow", 1, 3, &type, &value, &tb))
    return nullptr;
  return newAThrow(self, args);
}
PyObject *aclose(PyObject *self, PyObject *) { return newAThrow(self, nullptr); }

// A collected async generator that did not finish goes to the event loop's
// finalizer hook (which schedules aclose()), else it is closed here.
void asyncFinalize(PyObject *self) {
  Generator *gen = asGenerator(self);
  if (!gen->code)
    return;
  PyObject *pending = pyxc_GetRaisedException();
  if (gen->finalizer && !gen->closedAsync) {
    Ref done = own(PyObject_CallOneArg(gen->finalizer, self));
    if (!done)
      PyErr_WriteUnraisable(self);
  } else if (gen->started) {
    Ref done = own(close(self, nullptr));
    if (!done)
      PyErr_WriteUnraisable(self);
  }
  pyxc_SetRaisedException(pending);
}

PyObject *getRunningAsync(PyObject *self, void *) { return PyBool_FromLong(asGenerator(self)->runningAsync); }

PyGetSetDef asyncGetset[] = {
    {"__name__", getName, setName, nullptr, nullptr},
    {"__qualname__", getQualname, setQualname, nullptr, nullptr},
    {"ag_await", getYieldFrom, nullptr, nullptr, nullptr},
    {"ag_running", getRunningAsync, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

PyMethodDef asyncMethods[] = {
    {"asend", asend, METH_O, "asend(v) -> send 'v' in generator."},
    {"athrow", athrow, METH_VARARGS, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", aclose, METH_NOARGS, "aclose() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, 0, nullptr},
};

PyType_Slot asyncSlots[] = {
    {Py_tp_dealloc, reinterpret_cast<void *>(dealloc)},
    {Py_tp_traverse, reinterpret_cast<void *>(traverse)},
    {Py_tp_clear, reinterpret_cast<void *>(clear)},
    {Py_tp_finalize, reinterpret_cast<void *>(asyncFinalize)},
    {Py_tp_repr, reinterpret_cast<void *>(repr)},
    {Py_am_aiter, reinterpret_cast<void *>(returnSelf)},
    {Py_am_anext, reinterpret_cast<void *>(anext)},
    {Py_tp_methods, asyncMethods},
    {Py_tp_getset, asyncGetset},
    {Py_tp_members, members},
    {0, nullptr},
};

PyType_Spec asyncSpec = {"async_generator", sizeof(Generator), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
                         asyncSlots};

} // namespace

int initAsyncGeneratorType(PyObject *abc) {
  if (AsyncGeneratorType)
    return 0;
  AsyncGeneratorType = reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&asyncSpec));
  ASendType = reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&asendSpec));
  AThrowType = reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&athrowSpec));
  if (!AsyncGeneratorType || !ASendType || !AThrowType)
    return -1;
  return registerAbc(abc, "AsyncGenerator", AsyncGeneratorType);
}

} // namespace detail

PyObject *newAsyncGenerator(Function *fn, PyObject *const *params, int paramCount, int slotCount,
                            GeneratorBody body) {
  return detail::newGeneratorOf(detail::AsyncGeneratorType, "async generator", fn, params, paramCount, slotCount,
                                body);
}

} // namespace pyxc
