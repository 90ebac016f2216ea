// Typing the expressions that use C++ class instances: constructors
// (`C(...)`, `new C(...)`), methods and fields, and the operators Python
// syntax calls on them (`a + b`, `v[i]`, `a == b`, `-a`, Cython's
// `dereference(it)` and `preincrement(it)`), overloads chosen by the
// arguments' types. Each records the member it calls (Typing::calls for
// calls, Typing::cppOperations for the rest) for the lowering and printer.
#pragma once

#include "frontend/diagnostics.h"
#include "sema/cpp_types.h"
#include "sema/typer.h"

#include <functional>
#include <set>

namespace pyxc::sema {

class CppExpressions {
public:
  using TypeOf = std::function<const Type *(const ast::Expr *)>;
  CppExpressions(Typing &t, const SourceFile &file, DiagnosticEngine &diags, TypeOf typeOf)
      : t_(t), file_(file), diags_(diags), typeOf_(std::move(typeOf)) {}

  // `obj.f(...)`, `ptr.f(...)` (a pointer's class's method, as Cython
  // calls it) or `C.f(...)` of a static method; null when the callee is
  // none of these. `thisIsA`: in a member function of `C` or a class
  // derived from it, `C.f(...)` also calls C's own (non-virtual) method
  // on `this`.
  const Type *methodCall(const ast::Call *c, const Type *receiver, bool receiverIsClass, bool thisIsA = false);
  // `obj(...)`: the class's `operator()` (a member template's parameters
  // deduced from the arguments); null when it has none.
  const Type *callOperator(const ast::Call *c, const Type *cls);
  // `x = v` to an instance of a class with a templated `operator=` (as
  // std::any has): the operator, v passed as it is (a literal as C spells
  // it, an object as its PyObject *); null when the class has none.
  const Type *assignment(const ast::Assign *a, const Type *cls);
  // `C(...)`, `vector[int](...)`: a value of the class.
  const Type *constructorCall(const ast::Call *c, const Type *cls);
  // `new C(...)`: a pointer to a new one.
  const Type *newExpression(const ast::New *n, const Type *cls);
  // A call of an extern function C++ overloads, or of a function template
  // (its parameters deduced from the arguments): the symbol of the
  // signature called; `f` itself for others; null after an error.
  const CSymbol *functionCall(const ast::Call *c, const CSymbol *f);
  // `obj.x`, `ptr.x`: a field; null if the class has none of that name.
  const Type *field(const ast::Attribute *a, const Type *receiver);
  // An operator on a C++ class operand: `op` is "+", "[]", "==", "unary -",
  // "dereference", "preincrement"...; null when the left operand is no
  // C++ class (or a pointer, for dereference).
  const Type *operation(const ast::Node *at, std::string_view op, const Type *operand, const ast::Expr *other);
  // `2.0 * z`: a binary operator whose right operand only is a C++ class
  // (a non-member operator declared with the class second); null if none.
  const Type *operationRight(const ast::Node *at, std::string_view op, const ast::Expr *left, const Type *right);

private:
  Typing &t_;
  const SourceFile &file_;
  DiagnosticEngine &diags_;
  TypeOf typeOf_;
  std::set<const ast::Node *> reported_; // (typeOf may see a node more than once: one diagnostic)

  // The argument types overloads are chosen by (null: an integer literal).
  std::vector<const Type *> argumentTypes(std::span<ast::Expr *const> args);
  // A function template's signature with its parameters deduced from the
  // arguments' types; null after an error.
  const Type *deduce(const ast::Node *at, const Type *fn, const std::vector<std::string> &params,
                     const std::vector<const Type *> &args);
  const Type *choose(const ast::Node *at, const std::vector<const Type *> &candidates,
                     const std::vector<const Type *> &args);
  // The member overload resolution picks among `members` for `args` (its
  // signature in `fn`); null after an error.
  const CppMemberRef *chooseMember(const ast::Node *at, const std::vector<CppMemberRef> &members,
                                   const std::vector<const Type *> &args, const Type *&fn);
  void report(const ast::Node *at, DiagId id, std::string a = {}, std::string b = {});
};

} // namespace pyxc::sema
