// Extension types (`cdef class`): what the type objects the printer
// describes need at run time. The printer makes each type's struct, slots
// (tp_new, tp_dealloc, tp_traverse, tp_clear, attribute descriptors) and
// method table; these helpers create the type, fill its dict from the class
// body, and run __cinit__, __dealloc__ and cpdef dispatch.
#pragma once

#include "pyxc/compat.h"

#include <structmember.h> // T_PYSSIZET, READONLY: the __dictoffset__ and __weaklistoffset__ members

namespace pyxc {

// Creates a cdef class's type (a heap type of `module`) from its spec,
// with `base` (null: object) as its base, or with the tuple `bases` (a
// cdef class with Python classes among its bases). Returns a new reference.
PyTypeObject *newExtensionType(PyObject *module, PyType_Spec *spec, PyTypeObject *base, PyObject *bases = nullptr);

// Completes a type with what its class body put in `ns`: each name is set
// on the type (special methods fill their slots, as for a class
// statement), `__set_name__` is called as type() calls it, `__cinit__` and
// `__dealloc__` are taken out into `*cinit` / `*dealloc` (new references,
// or left null) for tp_new and tp_dealloc to call, and the type is made
// immutable, as a cdef class is. `totalOrdering`: functools.total_ordering
// adds the comparisons the class leaves out (@cython.total_ordering).
int finishExtensionType(PyTypeObject *type, PyObject *ns, PyObject **cinit, PyObject **dealloc,
                        bool totalOrdering = false);

// tp_richcompare of a cdef class with Cython's `__richcmp__(self, other,
// int op)`: the method found on the type (a subclass's own first), with op.
// Given in the type's spec, so the type gets __eq__, __lt__, ... wrappers
// that Python subclasses inherit.
PyObject *richcmpSlot(PyObject *self, PyObject *other, int op);

// bf_getbuffer of a cdef class with __getbuffer__ (the C method `Get`), as
// Cython wraps it: the view's exporter starts as None (the method sets
// view.obj = self, or leaves None for a view nobody owns, which then holds
// no reference); on an exception the view keeps no exporter.
template <int (*Get)(PyObject *, Py_buffer *, int)> int getBufferSlot(PyObject *self, Py_buffer *view, int flags) {
  if (!view) {
    PyErr_SetString(PyExc_BufferError, "PyObject_GetBuffer: view==NULL argument is obsolete");
    return -1;
  }
  view->obj = Py_NewRef(Py_None);
  if (Get(self, view, flags) < 0) {
    Py_CLEAR(view->obj);
    return -1;
  }
  if (view->obj == Py_None)
    Py_CLEAR(view->obj);
  return 0;
}

// @cython.collection_type("sequence") with C integer indices: the mapping
// slots that __getitem__/__setitem__/__delitem__/__len__ filled are cleared,
// leaving the sequence ones.
void useSequenceSlotsOnly(PyTypeObject *type);

// What importing a type does when its instances' size differs from the
// struct the module was compiled with (Cython's `check_size`): smaller
// instances are always an error; larger ones are an error, a warning (an
// extern type's default: a library may add members at the end) or nothing.
enum class CheckSize { Error, Warn, Ignore };

// Another module's cdef class (or a C library's type, `cdef extern class`),
// for the module that uses it: imported from `module`, checked to be a type
// whose instances fit the struct `size` bytes long, `alignment` aligned.
// Returns a new reference.
PyTypeObject *importExtensionType(const char *module, const char *name, size_t size, size_t alignment,
                                  CheckSize check);

// Cython's C-level API for subclassing across modules: a class's table of
// C methods is the capsule `__pyx_vtable__` in its type's dict. A module
// whose class derives from another module's copies the base's table from
// there before filling in its overrides. Return 0 / the table, or -1 /
// null with an exception.
int exportVtable(PyTypeObject *type, void *vtable);
void *importVtable(PyTypeObject *type);

// The C API between modules (Cython's convention): a module's cdef
// functions that its .pxd declares are capsules in its `__pyx_capi__` dict,
// named by their signature. exportFunction adds one; importFunction finds
// one in `module` and checks its signature. Return 0, or -1 with an error.
int exportFunction(PyObject *module, const char *name, void *function, const char *signature);
int importFunction(const char *module, const char *name, const char *signature, void **function);

// An instance of `type` (a subtype of a cdef class), zero-filled.
PyObject *allocInstance(PyTypeObject *type);

// Runs `__cinit__(self, *args, **kwargs)`; with `passArguments` false (its
// only parameter is self) the constructor's arguments are not passed, as
// Cython does. Returns 0, or -1 with an exception set.
int callCinit(PyObject *cinit, PyObject *self, PyObject *args, PyObject *kwargs, bool passArguments);

// Runs `__dealloc__(self)` while `self` is being destroyed: its reference
// count held above zero meanwhile, the current exception kept, and an
// exception it raises written as unraisable.
void callDealloc(PyObject *dealloc, PyObject *self);

// cpdef dispatch: whether `self` (an instance of `cls` or a subtype)
// overrides the cpdef method `name` from Python (a Python subclass, or an
// instance attribute). Returns 1 with the overriding callable in
// `*override` (a new reference), 0 when the C method is the one to run, -1
// with an exception set.
int pythonOverride(PyObject *self, PyTypeObject *cls, PyObject *name, PyObject **override);

// `obj.attr` where obj is a typed extension instance that is None: the
// error Python raises (so typed access never dereferences None).
void raiseNoneAttribute(PyObject *name);

// A value stored in a variable or attribute typed as a cdef class: 0 when
// it is an instance of `type` (or None), else -1 with Cython's TypeError.
// Inline: the exact type is the common case of typed loops.
int checkInstanceSlow(PyObject *obj, PyTypeObject *type);
[[gnu::always_inline]] inline int checkInstance(PyObject *obj, PyTypeObject *type) {
  if (PYXC_LIKELY(Py_TYPE(obj) == type) || obj == Py_None)
    return 0;
  // A subclass through single inheritance (every cdef class hierarchy):
  // its base chain, without a call; the MRO (Python mixins) out of line.
  for (PyTypeObject *base = Py_TYPE(obj)->tp_base; base; base = base->tp_base)
    if (base == type)
      return 0;
  return checkInstanceSlow(obj, type);
}

// `Cls()` of a cdef class no __init__ of which can run: its tp_new with no
// arguments (its __cinit__ runs there), without type.__call__.
inline PyObject *newInstance(PyTypeObject *type) {
  static PyObject *const noArguments = PyTuple_New(0);
  return type->tp_new(type, noArguments, nullptr);
}

// `<Type?>obj`: obj itself when it is an instance of `type` (not None),
// else TypeError (worded as Cython words it for a builtin type, or for a
// cdef class). Returns a borrowed reference or null.
PyObject *checkedCast(PyObject *obj, PyTypeObject *type, bool builtin);

// Cython's automatic pickling of cdef classes (auto_pickle): the state is
// the C attributes of the class and its bases, sorted by name, read and
// written through per-attribute converters; `__pyx_unpickle_<Class>` in the
// module makes an instance again. A class whose attributes cannot all be
// converted (pointers, a __cinit__) refuses with `refusal`. The checksums
// (of the attribute names, as Cython computes them: sha256, sha1, md5)
// guard against unpickling state of another layout.
struct PickleMember {
  const char *name;
  PyObject *(*get)(PyObject *self, void *);
  int (*set)(PyObject *self, PyObject *value, void *);
  bool isObject; // a Python object attribute (a state with one not None uses __setstate__)
};
struct PickleSpec {
  const char *className;
  const char *unpickleName; // "__pyx_unpickle_<Class>", a function of the module
  const PickleMember *members;
  Py_ssize_t count;
  const char *memberNames; // "a, b, c": the error message's
  const char *refusal;     // non-null: pickling raises TypeError(refusal)
  PyTypeObject **type;     // the class (`<Class>.__new__` makes instances)
  long checksums[3];       // computed on first use
  bool haveChecksums;
};
PyObject *reduceCython(PyObject *self, PickleSpec &spec, PyObject *globals); // __reduce_cython__
PyObject *setstateCython(PyObject *self, PyObject *state, PickleSpec &spec);  // __setstate_cython__
PyObject *unpickleCython(PyObject *args, PickleSpec &spec);                     // __pyx_unpickle_<Class>(type, checksum, state)
// After the class body: __reduce__ and __setstate__ become the Cython ones,
// unless the class (or a Python base) defines its own.
int setupReduce(PyTypeObject *type);

} // namespace pyxc
