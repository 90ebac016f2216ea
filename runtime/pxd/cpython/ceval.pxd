# The interpreter's evaluation state in CPython's C API.
cdef extern from "Python.h":
    void PyEval_InitThreads()
    int PyEval_ThreadsInitialized()
    object PyEval_GetBuiltins()
    object PyEval_GetGlobals()
    object PyEval_GetLocals()
