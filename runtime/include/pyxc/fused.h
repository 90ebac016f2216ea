// Fused def functions (sema/fused.h): the object a module binds the name
// of a def with fused parameter types to. It holds one compiled function
// per specialisation ("double|int" -> function); a call picks one from its
// arguments' types as Cython's fused functions do (per fused type, the
// first argument of that type is matched against the members, numbers by
// their Python type preferring the widest C type), `f[double]` indexes,
// and `__signatures__` lists them.
#pragma once

#include <Python.h>

namespace pyxc {

enum class FusedMatch : unsigned char {
  Instance, // isinstance(arg, type)
  Integer,  // a Python int
  Floating, // a Python float
  Complex,  // a Python complex
  Buffer,   // an object exporting a buffer of the element type
  Object,   // anything
};

// One member of a fused type, as a call's argument is matched against it.
struct FusedCandidate {
  const char *member; // its part of the signatures: "double", "list"
  FusedMatch match;
  PyTypeObject *type;  // Instance: the type
  char kind;           // Buffer: the element type's kind and size (pyxc::bufferKind)
  Py_ssize_t itemsize;
};

// One fused type of the function: the parameter whose argument decides it,
// and its members in the order they are tried.
struct FusedArgument {
  Py_ssize_t position; // among the positional parameters; -1: keyword-only
  const char *name;
  const FusedCandidate *candidates;
  int count;
};

// A new fused function deciding on `arguments` (copied), without specialisations yet.
PyObject *newFusedFunction(const FusedArgument *arguments, int count);
// Adds the specialisation for `signature` ("double|int"), the fused types' members in order.
int addFusedSpecialisation(PyObject *fused, const char *signature, PyObject *function);

} // namespace pyxc
