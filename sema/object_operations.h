// Operations on Python objects, specialised once (sema/object_operations.def):
// the lowering plans one for every binary operator, augmented assignment
// and comparison whose operands are objects, the printers spell the plan;
// none of them looks at the operands again.
#pragma once

#include "frontend/ast.h"

#include <cstdint>
#include <string_view>

namespace pyxc::sema {

enum class ObjectOperationKind : uint8_t {
#define OBJECT_OPERATION(Name, Word, Raises) Name,
#include "sema/object_operations.def"
#undef OBJECT_OPERATION
};
std::string_view wordOf(ObjectOperationKind k);
bool mayRaise(ObjectOperationKind k);

// What is known, where a name is read, of the object it holds.
enum class Container : uint8_t { Unknown, List, Dict, Set };
struct KnownObject {
  Container container = Container::Unknown; // a local only ever bound to such a display
  bool declaredDict = false;                // a variable typed `dict`: a dict or None
};

struct ObjectOperation {
  ObjectOperationKind kind = ObjectOperationKind::Arithmetic;
  ast::BinOpKind op = ast::BinOpKind::Add; // binary operators and augmented assignments
  ast::CmpOpKind cmp = ast::CmpOpKind::Eq; // comparisons
  bool inplace = false;                    // an augmented assignment's (`a += b`: PyNumber_InPlaceAdd)
  std::string_view smallInt;               // SmallIntOperand, SmallIntCompare: the literal's digits
};

// The digits of an int literal that fits one 30-bit digit of CPython's
// ints (at most nine decimal digits), else empty.
std::string_view smallIntLiteral(const ast::Expr *e);

// `left op right` on objects; `inplace` for `left op= right`; `cython`:
// Cython code, whose `"..." % (a, b)` is an f-string.
ObjectOperation planObjectArithmetic(ast::BinOpKind op, const ast::Expr *left, const ast::Expr *right, bool inplace,
                                     bool cython);
// One comparison of a chain: `left op right`, what is known of `right`
// (a container's type decides the membership test). `typedDictKnown`:
// the comparison is printed in the function that declares the variable
// (not in a comprehension or at module level), where its type holds.
ObjectOperation planObjectComparison(ast::CmpOpKind op, const ast::Expr *right, KnownObject known,
                                     bool typedDictKnown);

} // namespace pyxc::sema
