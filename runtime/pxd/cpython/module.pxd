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

cdef extern from "Python.h":
    ctypedef struct _inittab  # an entry of the builtin modules' table

    # import name (as __import__ does, without a level).
    object PyImport_ImportModuleEx(const char *name, object globals, object locals, object fromlist)
    # A module from a code object, run in a new module named `name`.
    object PyImport_ExecCodeModule(char *name, object co)
    int PyImport_ImportFrozenModule(char *name) except -1
    int PyImport_ExtendInittab(_inittab *newtab) except -1
    # The magic number of .pyc files.
    long PyImport_GetMagicNumber()
    # The module's __file__ as UTF-8 (deprecated: PyModule_GetFilenameObject).
    char *PyModule_GetFilename(object module) except NULL
    # The per-module state of a multi-phase module (NULL if it has none).
    void *PyModule_GetState(object module)
