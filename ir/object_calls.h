// Calls of Python objects resolved by the lowering (ir/object_calls.def):
// a C function, a cdef class's tp_new, a builtin's C API call, a method
// looked up once per call site, the frame-reading builtins compiled against
// the calling function, or the generic call. The printers spell the plan.
#pragma once

#include "frontend/ast.h"
#include "sema/scopes.h"
#include "sema/typer.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace pyxc::ir {

struct ExtensionClass;
class Module;

enum class ObjectCallKind : uint8_t {
#define OBJECT_CALL(Name, Word) Name,
#include "ir/object_calls.def"
#undef OBJECT_CALL
};
std::string_view wordOf(ObjectCallKind k);

struct ObjectCall {
  ObjectCallKind kind = ObjectCallKind::Vector;
  std::string_view builtin;                     // Builtin: which ("len", "isinstance", ...)
  std::string method;                           // ListAppend, Append, Method: the attribute called
  std::string typeName;                         // CythonTypeof: the name Cython gives the type
  const ExtensionClass *constructed = nullptr;  // NewInstance
  // bytearray.append('X'): a one-character literal appends its code, as
  // Cython compiles it.
  bool characterCode = false;
};

// The builtins called through the C API when the module never rebinds
// them, with one argument (or two: isinstance).
bool isDirectBuiltin(std::string_view name, size_t arguments);

// Resolves a call of a Python object `c` in code of `scope`; `m` holds
// the module's lowered cdef classes.
ObjectCall resolveObjectCall(const ast::Call *c, const sema::Scope *scope, const sema::ScopeTable &scopes,
                             const sema::Typing &typing, const Module &m);

} // namespace pyxc::ir
