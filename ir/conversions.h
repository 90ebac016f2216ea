// Explicit conversions: the value of an expression as the C type its
// context wants. sema/value_contexts.cpp finds each context (an assignment
// to a C target, a C parameter, an index, a loop bound...); the lowering
// plans the conversion of each with `planConversion`, and the printers
// print the plan: they never decide how a value converts.
#pragma once

#include "frontend/ast.h"
#include "sema/typer.h"

#include <map>
#include <vector>

namespace pyxc::ir {

enum class ConversionKind : uint8_t {
#define CONVERSION(Name, Word) Name,
#include "ir/conversions.def"
#undef CONVERSION
};
// Its word in the IR dump.
std::string_view wordOf(ConversionKind k);

struct Conversion {
  ConversionKind kind = ConversionKind::Invalid;
  const sema::Type *from = nullptr; // the expression's static type
  const sema::Type *to = nullptr;   // the type its context wants
  // CharLiteral: the character's code. StringToArray: the items (code
  // points, or bytes for a bytes literal or a char array).
  long code = 0;
  std::vector<long> items;
  // DictToStruct: per dict item, the field it sets (its value converted to
  // the field's type: another planned conversion).
  std::vector<const sema::Param *> fields;
};

// How `e` becomes a value of type `want` (a C type); DictToStruct's item
// values are planned by the caller (each to its field's type), as are
// ListToPointer's (each to the pointer's target type).
Conversion planConversion(const sema::Typing &typing, const ast::Expr *e, const sema::Type *want);

} // namespace pyxc::ir
