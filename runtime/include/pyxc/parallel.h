// What OpenMP threads of a prange loop or a parallel() block need from
// Python: a thread state of their own, and a shared record of the first
// exception raised in any of them (Cython's rules: the other threads stop
// at their next iteration, and the exception is raised again after the
// region, where the GIL is held again).
#pragma once

#include <Python.h>

#include <atomic>
#include <mutex>

namespace pyxc {

// One per OpenMP thread, for the whole region: the thread's Python thread
// state, made once (PyGILState_Ensure) and kept without the GIL, so that
// its `with gil:` blocks share it and an exception one of them raised is
// still there when the thread records it.
class ParallelThread {
public:
  ParallelThread() : gil_(PyGILState_Ensure()), state_(PyEval_SaveThread()) {}
  ~ParallelThread() {
    PyEval_RestoreThread(state_);
    PyGILState_Release(gil_);
  }
  ParallelThread(const ParallelThread &) = delete;
  ParallelThread &operator=(const ParallelThread &) = delete;

private:
  PyGILState_STATE gil_;
  PyThreadState *state_;
};

// The errors of a parallel region, shared by its threads.
class ParallelErrors {
public:
  ParallelErrors() = default;
  ParallelErrors(const ParallelErrors &) = delete;
  ParallelErrors &operator=(const ParallelErrors &) = delete;
  ~ParallelErrors() { Py_XDECREF(exception_); } // only where the region's function never raised it

  // In a thread without the GIL, after its code failed at `line`: the
  // first exception of the region is kept, later ones are discarded.
  void record(int line);
  // Whether some thread failed: the others skip their remaining iterations.
  bool stopped() const { return stopped_.load(std::memory_order_relaxed); }
  // After the region (with the GIL or without it): raises the kept
  // exception again in the calling thread and returns the line it was
  // raised at; -1 where no thread failed.
  int raiseAgain();

private:
  std::atomic<bool> stopped_{false};
  std::mutex lock_;
  PyObject *exception_ = nullptr;
  int line_ = 0;
};

} // namespace pyxc
