// Cython's checks of a value stored where a C type is wanted (an
// assignment, a declaration's value, a C function's argument): string
// literals in integers and C arrays, array lengths, char pointers into
// temporary objects, enum items as targets, unpacking counts. Run by the
// lowering over every store it lowers.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"
#include "sema/scopes.h"
#include "sema/typer.h"

namespace pyxc::sema {

class StoreChecks {
public:
  StoreChecks(const SourceFile &file, const Typing &typing, bool cython, DiagnosticEngine &diags)
      : file_(file), t_(typing), cython_(cython), diags_(diags) {}

  // A string literal or a display stored in a C array: its length.
  void arrayLiteral(const Type *target, const ast::Expr *value, const ast::Node *at);
  // A module-level enum item as an assignment's target.
  void notEnumItem(const ast::Expr *target, const Scope *scope);
  // A string literal where C wants an integer.
  void stringToInt(const Type *target, const ast::Expr *value);
  // `a, b = 1, 2, 3`: counts known while compiling.
  void unpacking(const ast::Expr *target, const ast::Expr *value);
  // A char * from a temporary object.
  void cDerivative(const Type *target, const ast::Expr *value);
  // An object expression no variable holds (freed when the statement ends).
  bool temporary(const ast::Expr *value) const;

private:
  void stringToCharacter(const ast::Constant *c);

  const SourceFile &file_;
  const Typing &t_;
  bool cython_;
  DiagnosticEngine &diags_;
};

} // namespace pyxc::sema
