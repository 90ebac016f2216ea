#include "sema/store_checks.h"
#include "sema/cpp_types.h"

#include "frontend/unicode.h"

#include <algorithm>

namespace pyxc::sema {

using namespace ast;

// A string literal fills a C array of integers element by element (bytes
// for a bytes literal or a char array, code points otherwise): its length
// must be the array's.
void StoreChecks::arrayLiteral(const Type *target, const Expr *value, const Node *at) {
  if (target->kind != TypeKind::Array)
    return;
  // An array of another length, or a display of as many items as it has
  // (`arr[:] = [1, 2, 3]`).
  if (const Type *from = t_.typeOf(value); from->kind == TypeKind::Array && from->length != target->length) {
    diags_.report(DiagId::ArrayLiteralLength, file_, at->range.begin, target->length, from->length);
    return;
  }
  if (value->kind == Kind::List || value->kind == Kind::Tuple) {
    List<Expr> items = as<Sequence>(value)->elts;
    bool starred = std::any_of(items.begin(), items.end(), [](const Expr *e) { return e->kind == Kind::Starred; });
    if (!starred && static_cast<long long>(items.size()) != target->length)
      diags_.report(DiagId::ArrayLiteralLength, file_, at->range.begin, target->length, items.size());
    return;
  }
  if (target->target->kind != TypeKind::Int ||
      !sema::Typing::isStringLiteral(value) || !t_.typeOf(value)->isObject())
    return;
  std::string_view text = as<Constant>(value)->value;
  long long items = 0;
  if (as<Constant>(value)->ck == ConstKind::Bytes || target->target->rank == 1)
    items = static_cast<long long>(text.size());
  else
    for (size_t at = 0; at < text.size(); ++items)
      unicode::decodeUtf8(text, at);
  if (items != target->length)
    diags_.report(DiagId::ArrayLiteralLength, file_, value->range.begin, target->length, items);
}

// An enum's item is a constant: `a = 42` where `a` names one (in the
// module's scope) is Cython's error, not C++ that fails to build.
void StoreChecks::notEnumItem(const Expr *target, const Scope *scope) {
  if (target->kind != Kind::Name)
    return;
  std::string_view id = as<Name>(target)->id;
  Binding b = scope->binding(id);
  if (scope->kind != ScopeKind::Module && b != Binding::Global)
    return;
  const sema::CSymbol *sym = t_.symbol(id);
  if (sym && sym->kind == sema::CSymbol::Kind::Variable && sym->value) // a compiled enum's item
    diags_.report(DiagId::AssignToNonLvalue, file_, target->range.begin, id);
}

// A string literal where C wants an integer: one character (the char's
// value) or Cython's error.
void StoreChecks::stringToInt(const Type *target, const Expr *value) {
  if (target->kind == TypeKind::Int && (target->name == "Py_UCS4" || target->name == "Py_UNICODE") &&
      sema::Typing::isStringLiteral(value)) {
    stringToCharacter(as<Constant>(value));
    return;
  }
  if (target->kind != TypeKind::Int || !sema::Typing::isStringLiteral(value) || sema::Typing::characterLiteral(value))
    return;
  diags_.report(as<Constant>(value)->uPrefix ? DiagId::UnicodeToInt : DiagId::StringToInt, file_,
                value->range.begin);
}

// A string literal stored in a Py_UCS4/Py_UNICODE: one character of a
// str (a surrogate pair counts as one), never bytes (Cython's errors).
void StoreChecks::stringToCharacter(const Constant *c) {
  if (c->ck == ConstKind::Bytes) {
    diags_.report(c->value.size() == 1 ? DiagId::BytesToCharacter : DiagId::StringToInt, file_, c->range.begin);
    return;
  }
  size_t codePoints = 0, surrogates = 0;
  for (size_t i = 0; i < c->value.size(); ++i) {
    auto byte = static_cast<unsigned char>(c->value[i]);
    if ((byte & 0xC0) == 0x80)
      continue; // a UTF-8 continuation byte
    ++codePoints;
    if (byte == 0xED && i + 1 < c->value.size() && (static_cast<unsigned char>(c->value[i + 1]) & 0xE0) == 0xA0)
      ++surrogates; // a lone surrogate, as the text keeps it
  }
  if (codePoints != 1 && !(codePoints == 2 && surrogates == 2))
    diags_.report(DiagId::StringToCharacter, file_, c->range.begin);
}

// `a, b = 1, 2, 3`: a count known while compiling that cannot match (an
// error in Cython; CPython raises ValueError when the line runs). Two
// starred targets are a syntax error in both.
void StoreChecks::unpacking(const Expr *target, const Expr *value) {
  if (target->kind != Kind::Tuple && target->kind != Kind::List)
    return;
  auto targets = as<Sequence>(target)->elts;
  // A display unpacked into targets item by item: nested ones pair up too
  // (`a, (b, c) = x, (y, z, w)`).
  bool paired = value && (value->kind == Kind::Tuple || value->kind == Kind::List) &&
                as<Sequence>(value)->elts.size() == targets.size() &&
                std::none_of(as<Sequence>(value)->elts.begin(), as<Sequence>(value)->elts.end(),
                             [](const Expr *v) { return v->kind == Kind::Starred; });
  size_t stars = 0;
  for (size_t i = 0; i < targets.size(); ++i) {
    const Expr *t = targets[i];
    stars += t->kind == Kind::Starred;
    unpacking(t->kind == Kind::Starred ? as<Starred>(t)->value : t,
              paired && t->kind != Kind::Starred ? as<Sequence>(value)->elts[i] : nullptr);
  }
  if (stars > 1) {
    diags_.report(cython_ ? DiagId::MultipleStarredCython : DiagId::MultipleStarred, file_, target->range.begin);
    return;
  }
  if (!cython_ || !value || stars || (value->kind != Kind::Tuple && value->kind != Kind::List))
    return;
  auto values = as<Sequence>(value)->elts;
  for (const Expr *v : values)
    if (v->kind == Kind::Starred)
      return;
  if (values.size() > targets.size())
    diags_.report(DiagId::UnpackCountMismatch, file_, value->range.begin, targets.size(), values.size());
}

// A char * stored from an object points into it: Cython refuses one from
// a temporary (`p = s + b"x"`), which is freed at once and would leave
// the pointer dangling. Names, attributes and constants outlive the
// statement.
void StoreChecks::cDerivative(const Type *target, const Expr *value) {
  // (A std::string_view is a view of the bytes' data too.)
  bool view = target->kind == TypeKind::CppClass && cppStandardClass(target) == "std::string_view";
  if ((!view && (target->kind != TypeKind::Pointer || target->target->kind != TypeKind::Int ||
                 target->target->rank != 1)) ||
      !t_.typeOf(value)->isObject())
    return;
  if (value->kind == Kind::IfExp) {
    cDerivative(target, as<IfExp>(value)->body);
    cDerivative(target, as<IfExp>(value)->orelse);
  } else if (temporary(value)) {
    diags_.report(DiagId::TemporaryCDerivative, file_, value->range.begin);
  }
}

// An object expression whose value no variable holds: freed as soon as
// the statement ends. Names, attributes and constants outlive it; a
// display of C values is a C array literal; bytes[i] is an int (its
// conversion fails at run time).
bool StoreChecks::temporary(const Expr *value) const {
  switch (value->kind) {
  case Kind::Name:
  case Kind::Attribute:
  case Kind::Constant:
  case Kind::List:
  case Kind::Tuple: return false;
  case Kind::Subscript: return as<Subscript>(value)->slice->kind == Kind::Slice;
  case Kind::IfExp: return temporary(as<IfExp>(value)->body) || temporary(as<IfExp>(value)->orelse);
  case Kind::Cast: // `<bytes>obj`: the same object, typed
    return !t_.typeOf(as<Cast>(value)->operand)->isObject() || temporary(as<Cast>(value)->operand);
  default: return true;
  }
}

} // namespace pyxc::sema
