# Interpreter start and finish in CPython's C API.
from libc.stdio cimport FILE
from libc.stddef cimport wchar_t
from .pystate cimport PyThreadState
cdef extern from "Python.h":
    void Py_Initialize()
    void Py_InitializeEx(int initsigs)
    int Py_IsInitialized()
    void Py_Finalize()
    int Py_FinalizeEx()
    int Py_AtExit(void (*func)())
    void Py_Exit(int status)

cdef extern from "Python.h":
    ctypedef void (*PyOS_sighandler_t)(int)
    # The C signal handler of a signal, and a new one (the old returned).
    PyOS_sighandler_t PyOS_getsig(int sig)
    PyOS_sighandler_t PyOS_setsig(int sig, PyOS_sighandler_t handler)

    # Sub-interpreters: a new one (its main thread state, current), and its end.
    PyThreadState *Py_NewInterpreter()
    void Py_EndInterpreter(PyThreadState *tstate)

    # python's main() in a program that embeds it.
    int Py_Main(int argc, wchar_t **argv)
    # Whether a file is interactive (a terminal, or -i).
    int Py_FdIsInteractive(FILE *fp, const char *filename)

    # What sys.version, sys.platform and friends report.
    const char *Py_GetVersion()
    const char *Py_GetPlatform()
    const char *Py_GetCopyright()
    const char *Py_GetCompiler()
    const char *Py_GetBuildInfo()
    const char *_Py_gitidentifier()
    const char *_Py_gitversion()

    # The paths the interpreter starts from (deprecated since 3.11: PyConfig).
    wchar_t *Py_GetProgramName()
    wchar_t *Py_GetPrefix()
    wchar_t *Py_GetExecPrefix()
    wchar_t *Py_GetProgramFullPath()
    wchar_t *Py_GetPath()
    wchar_t *Py_GetPythonHome()
    void Py_SetProgramName(wchar_t *name)
    void Py_SetPythonHome(wchar_t *home)
    void Py_SetPath(const wchar_t *path)
    int Py_SetStandardStreamEncoding(const char *encoding, const char *errors)

    # Private functions Cython declares too (CPython may change them).
    void _Py_InitializeEx_Private(int install_sigs, int install_importlib)
    void _Py_PyAtExit(void (*func)(object), object module)
    void _Py_RestoreSignals()
    int _Py_CheckPython3()
    int _PyOS_URandom(void *buffer, Py_ssize_t size)
    int _PyOS_URandomNonblock(void *buffer, Py_ssize_t size)
