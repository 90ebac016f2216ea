// Raising, catching and reporting exceptions as CPython's interpreter does,
// with its messages.
#pragma once

#include "pyxc/compat.h"
#include "pyxc/ref.h"

namespace pyxc {

// Holds the GIL for its lifetime, whether or not the thread held it before:
// code that raises or reports from a nogil context (a `with nogil:` block,
// a nogil cdef function) takes it for that moment, as Cython's does.
class GilGuard {
public:
  GilGuard() : state_(PyGILState_Ensure()) {}
  ~GilGuard() { PyGILState_Release(state_); }
  GilGuard(const GilGuard &) = delete;
  GilGuard &operator=(const GilGuard &) = delete;

private:
  PyGILState_STATE state_;
};

// PyErr_Occurred() where the GIL may be released (after calling an
// `except *` or `except? v` function from nogil code).
bool errorOccurredWithGil();

// Adds a traceback entry naming the compiled function, its .py/.pyx file and
// the line, as a frame of the interpreter would.
void addTraceback(const char *function, const char *filename, int line);

// `raise exc from cause` (either may be null: a bare `raise` re-raises the
// exception being handled). Always returns -1 with an exception set.
int raise(PyObject *exc, PyObject *cause);
int reraise();
// Python 2's `raise type, value, traceback` (Cython accepts it): a tuple
// value is the constructor's arguments. Always returns -1.
int raiseLegacy(PyObject *type, PyObject *value, PyObject *traceback);

// Whether the pending exception matches `type` (a class or a tuple of them),
// with CPython's TypeError for classes that are not exceptions. Returns 1, 0
// or -1 (a new exception replaced the pending one).
int exceptionMatches(PyObject *type);

// An `except` clause in progress: takes the pending exception, makes it the
// handled one (sys.exc_info()) and puts the previous handled exception back
// when the clause ends, however it ends.
class CaughtException {
public:
  CaughtException();
  ~CaughtException();
  CaughtException(const CaughtException &) = delete;
  CaughtException &operator=(const CaughtException &) = delete;
  PyObject *value() const { return exc_.get(); }
  // Puts the exception back as the pending one (a clause that did not match,
  // or a bare `raise`).
  void restore();

private:
  Ref exc_;
  Ref previous_;
};

// A pending exception put aside while a `finally` block runs; meanwhile it
// is the handled exception, so one raised in the block chains to it.
class SavedException {
public:
  SavedException() = default;
  SavedException(const SavedException &) = delete;
  SavedException &operator=(const SavedException &) = delete;
  ~SavedException() {
    if (saved_)
      pyxc_SetHandledException(previous_.get());
  }
  void save() {
    exc_ = own(pyxc_GetRaisedException());
    previous_ = own(pyxc_GetHandledException());
    pyxc_SetHandledException(exc_.get());
    saved_ = true;
  }
  void restore() {
    pyxc_SetHandledException(previous_.get());
    saved_ = false;
    pyxc_SetRaisedException(exc_.release());
  }

private:
  Ref exc_, previous_;
  bool saved_ = false;
};

// A try statement's `except*` clauses in progress (PEP 654), as CPython's
// CHECK_EG_MATCH and PREP_RERAISE_STAR run them: takes the pending exception,
// hands each clause the part of what is still unhandled that matches its
// type (a naked exception wrapped in a group), collects what the clauses
// raise, and at the end re-raises what is left: re-raised parts in the
// original group's shape, new exceptions beside them in a new group.
class ExceptStar {
public:
  ExceptStar();
  ~ExceptStar();
  ExceptStar(const ExceptStar &) = delete;
  ExceptStar &operator=(const ExceptStar &) = delete;
  // Splits off the part matching `type` (an exception class or a tuple of
  // them, not an exception group class): 1 when there is one (matched(),
  // now the handled exception), 0 when not, -1 on error.
  int match(PyObject *type);
  PyObject *matched() const { return match_.get(); }
  // Takes the pending exception a clause raised.
  void addRaised();
  // 0 when everything was handled; -1 with the exception to re-raise pending.
  int finish();

private:
  Ref orig_, rest_, match_, raised_, previous_;
};

// NameError and UnboundLocalError carry the name (3.10+), as CPython sets it.
int raiseNameErrorWith(PyObject *type, const char *format, PyObject *name);
int raiseUnboundLocal(const char *name);
int raiseUnboundFree(const char *name);
int raiseNameError(PyObject *name);

// A cdef function that returns a memoryview ended without returning one:
// Cython's TypeError (taking the GIL: the function may be nogil).
void raiseUninitializedMemoryview();

} // namespace pyxc
