// The signatures `embedsignature=True` puts at the top of docstrings, in
// Cython's two spellings: C declarations (`Point.move(self, int dx) -> double`)
// and Python annotations (`move(self, dx: int) -> float`). Public attributes
// and properties get one too (`x: int`).
#pragma once

#include <string>

#include "frontend/ast.h"
#include "frontend/source.h"
#include "sema/scopes.h"
#include "sema/typer.h"

namespace pyxc::sema {

// A def, cpdef or lambda-free function's signature; `inner` is its scope,
// `returns` its annotation, `cResult` a cpdef function's C result type.
// A method's first parameter (not a staticmethod's) shows no type; a
// @property getter shows as its property does.
std::string functionSignature(const Typing &typing, const SourceFile &file, const Scope *inner,
                              const ast::Arguments *args, const ast::Expr *returns, const Type *cResult);

// embedsignature.format=clinic: the function's __text_signature__, as
// Argument Clinic writes it (`($self, a, b=42, *args)`); no types, no
// annotations.
std::string textSignature(const SourceFile &file, const Scope *inner, const ast::Arguments *args);

// `cdef public T name` in a cdef class: "name: T" (empty for object, which
// Cython's Python spelling leaves out). `module` qualifies extension types
// in the C spelling.
std::string attributeSignature(const Directives &d, std::string_view name, const Type *type, std::string_view module);

// `property name:` whose __get__ is annotated `-> T`: "name: T" (the C
// spelling qualifies it with the class); empty without an annotation.
std::string propertySignature(const Directives &d, std::string_view className, std::string_view name,
                              const ast::Expr *returns, const SourceFile &file);

// A docstring as inspect.cleandoc() leaves it (Cython cleans the
// docstrings it embeds signatures in).
std::string cleanDoc(std::string_view doc);

// The docstring, cleaned, with the signature at its top.
std::string withSignature(const std::string &signature, const std::string &doc);

} // namespace pyxc::sema
