// The buffer protocol's special methods of a cdef class, rewritten as the
// C methods they are: their parameters are C types (a Py_buffer pointer,
// int flags), so no Python call can reach them; the type's buffer slots
// call them.
//
//   def __getbuffer__(self, Py_buffer *view, int flags)
//       ->  cdef int __getbuffer__(self, Py_buffer *view, int flags) except -1
//   def __releasebuffer__(self, Py_buffer *view)
//       ->  cdef void __releasebuffer__(self, Py_buffer *view)
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"

namespace pyxc {

void desugarBufferMethods(ast::Module *module, Arena &arena);

// Whether a cdef class's C method is one of the buffer protocol's.
inline bool isBufferMethod(std::string_view name) { return name == "__getbuffer__" || name == "__releasebuffer__"; }

} // namespace pyxc
