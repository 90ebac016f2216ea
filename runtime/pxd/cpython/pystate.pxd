# Thread states and the GIL in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    ctypedef struct PyInterpreterState
    ctypedef struct PyThreadState:
        pass
    ctypedef struct PyFrameObject:
        pass
    ctypedef enum PyGILState_STATE:
        PyGILState_LOCKED
        PyGILState_UNLOCKED

    PyThreadState *PyThreadState_Get()
    PyThreadState *PyThreadState_Swap(PyThreadState *tstate)
    PyObject *PyThreadState_GetDict()
    PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *tstate)
    PyFrameObject *PyThreadState_GetFrame(PyThreadState *tstate)
    unsigned long long PyThreadState_GetID(PyThreadState *tstate)
    int PyThreadState_SetAsyncExc(unsigned long id, object exc)
    PyGILState_STATE PyGILState_Ensure() nogil
    void PyGILState_Release(PyGILState_STATE state) nogil
    PyThreadState *PyGILState_GetThisThreadState()
    int PyGILState_Check()
    PyThreadState *PyEval_SaveThread() nogil
    void PyEval_RestoreThread(PyThreadState *tstate) nogil
    PyInterpreterState *PyInterpreterState_Get()
    ctypedef long long PY_INT64_T
    PY_INT64_T PyInterpreterState_GetID(PyInterpreterState *interp)

cdef extern from "Python.h":
    # Interpreter and thread states, created and destroyed by hand (what
    # embedding applications and Py_NewInterpreter do).
    PyInterpreterState *PyInterpreterState_New()
    void PyInterpreterState_Clear(PyInterpreterState *interp)
    void PyInterpreterState_Delete(PyInterpreterState *interp)
    PyThreadState *PyThreadState_New(PyInterpreterState *interp)
    void PyThreadState_Clear(PyThreadState *tstate)
    void PyThreadState_Delete(PyThreadState *tstate)
    # Walking every interpreter and each one's threads.
    PyInterpreterState *PyInterpreterState_Head()
    PyInterpreterState *PyInterpreterState_Next(PyInterpreterState *interp)
    PyThreadState *PyInterpreterState_ThreadHead(PyInterpreterState *interp)
    PyThreadState *PyThreadState_Next(PyThreadState *tstate)
