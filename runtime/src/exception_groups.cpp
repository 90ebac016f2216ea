// except* (PEP 654): the matching and re-raising CPython's interpreter does
// for CHECK_EG_MATCH and PREP_RERAISE_STAR, on the public API (its own
// helpers are internal to libpython).
#include "pyxc/errors.h"

namespace pyxc {

namespace {

bool isGroup(PyObject *exc) { return PyObject_TypeCheck(exc, reinterpret_cast<PyTypeObject *>(PyExc_BaseExceptionGroup)); }

// CPython's checks on an except* clause's type.
int checkStarType(PyObject *type) {
  bool tuple = PyTuple_Check(type);
  Py_ssize_t n = tuple ? PyTuple_GET_SIZE(type) : 1;
  for (Py_ssize_t i = 0; i < n; ++i) {
    if (!PyExceptionClass_Check(tuple ? PyTuple_GET_ITEM(type, i) : type)) {
      PyErr_SetString(PyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
  }
  for (Py_ssize_t i = 0; i < n; ++i) {
    int sub = PyObject_IsSubclass(tuple ? PyTuple_GET_ITEM(type, i) : type, PyExc_BaseExceptionGroup);
    if (sub < 0)
      return -1;
    if (sub) {
      PyErr_SetString(PyExc_TypeError,
                      "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return -1;
    }
  }
  return 0;
}

// BaseExceptionGroup("", excs), which is an ExceptionGroup when all are Exceptions.
PyObject *newGroup(PyObject *excs) {
  return PyObject_CallFunction(PyExc_BaseExceptionGroup, "(sO)", "", excs);
}

// The ids of the leaf exceptions of `exc` (a group or a naked exception).
int collectLeafIds(PyObject *exc, PyObject *ids) {
  if (exc == Py_None)
    return 0;
  if (!isGroup(exc)) {
    Ref id = own(PyLong_FromVoidPtr(exc));
    return id ? PySet_Add(ids, id.get()) : -1;
  }
  Ref excs = own(PyObject_GetAttrString(exc, "exceptions"));
  if (!excs)
    return -1;
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(excs.get()); ++i)
    if (collectLeafIds(PyTuple_GET_ITEM(excs.get(), i), ids) < 0)
      return -1;
  return 0;
}

// A re-raised part keeps the traceback, cause, context and notes of the
// group it was split from; a new exception has its own.
bool sameMetadata(PyObject *a, PyObject *b) {
  auto *x = reinterpret_cast<PyBaseExceptionObject *>(a);
  auto *y = reinterpret_cast<PyBaseExceptionObject *>(b);
  return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

// A new group of `excs` derived from `orig`, with orig's traceback, cause,
// context and a copy of its notes (what split() gives each part).
PyObject *subset(PyObject *orig, PyObject *excs) {
  Ref eg = own(PyObject_CallMethod(orig, "derive", "(O)", excs));
  if (!eg)
    return nullptr;
  if (!isGroup(eg.get())) {
    PyErr_SetString(PyExc_TypeError, "derive must return an instance of BaseExceptionGroup");
    return nullptr;
  }
  Ref tb = own(PyException_GetTraceback(orig));
  if (tb && PyException_SetTraceback(eg.get(), tb.get()) < 0)
    return nullptr;
  PyException_SetContext(eg.get(), PyException_GetContext(orig));
  PyException_SetCause(eg.get(), PyException_GetCause(orig));
  Ref notes = own(PyObject_GetAttrString(orig, "__notes__"));
  if (!notes) {
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
      return nullptr;
    PyErr_Clear();
  } else if (PySequence_Check(notes.get())) {
    Ref copy = own(PySequence_List(notes.get())); // the parts get lists of their own
    if (!copy || PyObject_SetAttrString(eg.get(), "__notes__", copy.get()) < 0)
      return nullptr;
  }
  return eg.release();
}

// split() by leaf identity, which CPython's interpreter uses and split()
// does not offer: the part of `exc` whose leaves are in `ids`, in exc's
// shape, into `out` (left null when there is none). -1 on error.
int projectLeaves(PyObject *exc, PyObject *ids, Ref &out) {
  if (!isGroup(exc)) {
    Ref id = own(PyLong_FromVoidPtr(exc));
    int in = id ? PySet_Contains(ids, id.get()) : -1;
    if (in > 0)
      out = keep(exc);
    return in < 0 ? -1 : 0;
  }
  Ref excs = own(PyObject_GetAttrString(exc, "exceptions"));
  Ref kept = own(PyList_New(0));
  if (!excs || !kept)
    return -1;
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(excs.get()); ++i) {
    Ref part;
    if (projectLeaves(PyTuple_GET_ITEM(excs.get(), i), ids, part) < 0 ||
        (part && PyList_Append(kept.get(), part.get()) < 0))
      return -1;
  }
  if (PyList_GET_SIZE(kept.get()) == 0)
    return 0;
  out = own(subset(exc, kept.get()));
  return out ? 0 : -1;
}

// The subgroup of `orig` holding the leaves of the groups in `keep`, in
// orig's shape, or None.
PyObject *projection(PyObject *orig, PyObject *keep) {
  Ref ids = own(PySet_New(nullptr));
  if (!ids)
    return nullptr;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(keep); ++i)
    if (collectLeafIds(PyList_GET_ITEM(keep, i), ids.get()) < 0)
      return nullptr;
  Ref part;
  if (projectLeaves(orig, ids.get(), part) < 0)
    return nullptr;
  return part ? part.release() : Py_NewRef(Py_None);
}

// PREP_RERAISE_STAR: what to raise after the clauses ran, or None.
PyObject *prepareReraise(PyObject *orig, PyObject *excs) {
  Py_ssize_t n = PyList_GET_SIZE(excs);
  if (!isGroup(orig)) {
    // A naked exception was wrapped: at most one clause ran.
    return Py_NewRef(n > 0 ? PyList_GET_ITEM(excs, 0) : Py_None);
  }
  Ref raised = own(PyList_New(0)), reraised = own(PyList_New(0));
  if (!raised || !reraised)
    return nullptr;
  for (Py_ssize_t i = 0; i < n; ++i) {
    PyObject *e = PyList_GET_ITEM(excs, i);
    if (e != Py_None && PyList_Append(sameMetadata(e, orig) ? reraised.get() : raised.get(), e) < 0)
      return nullptr;
  }
  Ref kept = own(projection(orig, reraised.get()));
  if (!kept)
    return nullptr;
  if (PyList_GET_SIZE(raised.get()) == 0)
    return kept.release();
  if (kept.get() != Py_None && PyList_Append(raised.get(), kept.get()) < 0)
    return nullptr;
  if (PyList_GET_SIZE(raised.get()) == 1)
    return Py_NewRef(PyList_GET_ITEM(raised.get(), 0));
  return newGroup(raised.get());
}

} // namespace

ExceptStar::ExceptStar() {
  orig_ = own(pyxc_GetRaisedException());
  rest_ = orig_;
  previous_ = own(pyxc_GetHandledException());
  raised_ = own(PyList_New(0));
}

ExceptStar::~ExceptStar() { pyxc_SetHandledException(previous_.get()); }

int ExceptStar::match(PyObject *type) {
  match_.reset();
  if (!raised_ || checkStarType(type) < 0)
    return -1;
  if (rest_.get() == Py_None)
    return 0;
  if (PyErr_GivenExceptionMatches(rest_.get(), type)) {
    if (isGroup(rest_.get())) {
      match_ = rest_;
    } else {
      // A naked exception is handed over wrapped, with its traceback.
      Ref excs = own(PyTuple_Pack(1, rest_.get()));
      match_ = own(excs ? newGroup(excs.get()) : nullptr);
      if (!match_)
        return -1;
      Ref tb = own(PyException_GetTraceback(rest_.get()));
      if (tb && PyException_SetTraceback(match_.get(), tb.get()) < 0)
        return -1;
    }
    rest_ = keep(Py_None);
  } else if (isGroup(rest_.get())) {
    Ref pair = own(PyObject_CallMethod(rest_.get(), "split", "(O)", type));
    if (!pair)
      return -1;
    if (!PyTuple_CheckExact(pair.get()) || PyTuple_GET_SIZE(pair.get()) != 2) {
      PyErr_Format(PyExc_TypeError, "%.200s.split must return a 2-tuple, got %.200s", Py_TYPE(rest_.get())->tp_name,
                   Py_TYPE(pair.get())->tp_name);
      return -1;
    }
    if (PyTuple_GET_ITEM(pair.get(), 0) == Py_None)
      return 0;
    match_ = keep(PyTuple_GET_ITEM(pair.get(), 0));
    rest_ = keep(PyTuple_GET_ITEM(pair.get(), 1));
  } else {
    return 0;
  }
  pyxc_SetHandledException(match_.get());
  return 1;
}

void ExceptStar::addRaised() {
  Ref exc = own(pyxc_GetRaisedException());
  if (exc && PyList_Append(raised_.get(), exc.get()) < 0)
    PyErr_Clear(); // out of memory: the clause's exception is lost, as little else can be done
}

int ExceptStar::finish() {
  if (!raised_ || PyList_Append(raised_.get(), rest_.get()) < 0)
    return -1;
  Ref result = own(prepareReraise(orig_.get(), raised_.get()));
  if (!result)
    return -1;
  if (result.get() == Py_None)
    return 0;
  pyxc_SetRaisedException(result.release());
  return -1;
}

} // namespace pyxc
