#include "pyxc/parallel.h"

#include "pyxc/compat.h"

namespace pyxc {

void ParallelErrors::record(int line) {
  PyGILState_STATE gil = PyGILState_Ensure();
  PyObject *exception = pyxc_GetRaisedException();
  {
    std::lock_guard<std::mutex> guard(lock_);
    if (!exception_) {
      exception_ = exception;
      line_ = line;
      exception = nullptr;
    }
  }
  Py_XDECREF(exception); // a later thread's: Cython raises the first only
  stopped_.store(true, std::memory_order_relaxed);
  PyGILState_Release(gil);
}

int ParallelErrors::raiseAgain() {
  if (!stopped())
    return -1;
  PyGILState_STATE gil = PyGILState_Ensure(); // (where the region stood without the GIL)
  if (exception_)
    pyxc_SetRaisedException(exception_);
  else // a thread failed without an exception (a bug of the code it ran)
    PyErr_SetString(PyExc_SystemError, "error return without exception set");
  exception_ = nullptr;
  PyGILState_Release(gil);
  return line_;
}

} // namespace pyxc
