# Module objects and imports in CPython's C API.
from .object cimport PyObject

cdef extern from "Python.h":
    bint PyModule_Check(object p)
    bint PyModule_CheckExact(object p)
    object PyModule_NewObject(object name)
    object PyModule_New(const char *name)
    dict PyModule_GetDict(object module)
    object PyModule_GetNameObject(object module)
    const char *PyModule_GetName(object module) except NULL
    object PyModule_GetFilenameObject(object module)
    int PyModule_AddObject(object module, const char *name, object value) except -1
    int PyModule_AddIntConstant(object module, const char *name, long value) except -1
    int PyModule_AddStringConstant(object module, const char *name, const char *value) except -1

    object PyImport_ImportModule(const char *name)
    object PyImport_Import(object name)
    object PyImport_ImportModuleLevel(const char *name, object globals, object locals, object fromlist, int level)
    object PyImport_ReloadModule(object m)
    object PyImport_AddModuleObject(object name)
    PyObject *PyImport_AddModule(const char *name) except NULL
    dict PyImport_GetModuleDict()
