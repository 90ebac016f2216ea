# Interpreter start and finish in CPython's C API.
cdef extern from "Python.h":
    void Py_Initialize()
    void Py_InitializeEx(int initsigs)
    int Py_IsInitialized()
    void Py_Finalize()
    int Py_FinalizeEx()
    int Py_AtExit(void (*func)())
    void Py_Exit(int status)
