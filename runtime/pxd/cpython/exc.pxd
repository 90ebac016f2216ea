# Exceptions in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    PyObject *PyErr_Occurred()
    void PyErr_Clear()
    void PyErr_Print()
    int PyErr_ExceptionMatches(object exc)
    int PyErr_GivenExceptionMatches(object given, object exc)
    void PyErr_SetString(object type, const char *message)
    void PyErr_SetObject(object type, object value)
    void PyErr_SetNone(object type)
    int PyErr_BadArgument() except 0
    PyObject *PyErr_NoMemory() except NULL
    PyObject *PyErr_SetFromErrno(object type) except NULL
    int PyErr_CheckSignals() except -1
    void PyErr_WriteUnraisable(object o)
    object PyErr_NewException(const char *name, object base, object dict)
    int PyErr_WarnEx(object category, const char *message, Py_ssize_t stack_level) except -1

cdef extern from "Python.h":
    # The exception being raised, taken out of (Fetch) or put back into
    # (Restore) the thread state: new references; Restore steals them.
    void PyErr_Fetch(PyObject **ptype, PyObject **pvalue, PyObject **ptraceback)
    void PyErr_Restore(PyObject *type, PyObject *value, PyObject *traceback)
    void PyErr_NormalizeException(PyObject **exc, PyObject **val, PyObject **tb)
    # Python 3.12's single-object forms (new reference; Set steals).
    PyObject *PyErr_GetRaisedException()
    void PyErr_SetRaisedException(PyObject *exc)
    # The exception an `except` block is handling (sys.exception()).
    PyObject *PyErr_GetHandledException()
    void PyErr_SetHandledException(PyObject *exc)
    # Raises `exception` with a printf-style message; returns NULL.
    PyObject *PyErr_Format(object exception, char *format, ...) except NULL
    void PyErr_BadInternalCall()
    # OSError from errno with a file name.
    PyObject *PyErr_SetFromErrnoWithFilename(object type, char *filename) except NULL
    PyObject *PyErr_SetFromErrnoWithFilenameObject(object type, object filename) except NULL
    # Windows only: OSError from a Windows error code.
    PyObject *PyErr_SetFromWindowsErr(int ierr) except NULL
    PyObject *PyErr_SetExcFromWindowsErr(object type, int ierr) except NULL
    PyObject *PyErr_SetFromWindowsErrWithFilename(int ierr, char *filename) except NULL
    PyObject *PyErr_SetExcFromWindowsErrWithFilename(object type, int ierr, char *filename) except NULL
    # A warning with its location given.
    int PyErr_WarnExplicit(object category, char *message, char *filename, int lineno, char *module,
                           object registry) except -1
    # Simulates SIGINT (KeyboardInterrupt at the next check), or the signal given.
    void PyErr_SetInterrupt() nogil
    int PyErr_SetInterruptEx(int signum)
