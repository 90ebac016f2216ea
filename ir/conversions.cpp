// How values convert to the C types their contexts want, decided once
// (ir/conversions.h). The rules are Cython's: literals C can spell are
// not made into objects, other objects are unboxed, C values convert as C
// converts them.
#include "ir/conversions.h"
#include "sema/c_checks.h"
#include "sema/cpp_types.h"

#include "frontend/ast_fields.h"
#include "frontend/unicode.h"

#include <algorithm>
#include <cmath>

namespace pyxc::ir {

using namespace ast;
using sema::Type;
using sema::TypeKind;

std::string_view wordOf(ConversionKind k) {
  static constexpr std::string_view words[] = {
#define CONVERSION(Name, Word) Word,
#include "ir/conversions.def"
#undef CONVERSION
  };
  return words[size_t(k)];
}

namespace {

enum class Literal { None, Int, Float };

Conversion of(ConversionKind k) {
  Conversion c;
  c.kind = k;
  return c;
}

// A number C spells as it is: an int literal of up to 18 digits, a finite
// float, True/False (each but the last two maybe negated).
Literal numberLiteral(const Expr *e) {
  bool negated = false;
  if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub) {
    negated = true;
    e = as<UnaryOp>(e)->operand;
  }
  if (e->kind != Kind::Constant)
    return Literal::None;
  auto *c = as<Constant>(e);
  if (c->ck == ConstKind::Int && c->value.size() <= 18)
    return Literal::Int;
  if (c->ck == ConstKind::Float && std::isfinite(c->number))
    return Literal::Float;
  if (!negated && (c->ck == ConstKind::True || c->ck == ConstKind::False))
    return Literal::Int;
  return Literal::None;
}

const Constant *stringLiteral(const Expr *e) {
  if (e->kind != Kind::Constant)
    return nullptr;
  auto *c = as<Constant>(e);
  return c->ck == ConstKind::Str || c->ck == ConstKind::Bytes ? c : nullptr;
}

// An object's conversion.
Conversion fromObject(const Expr *e, const Type *want) {
  using sema::listToPointer;
  Conversion c = of(ConversionKind::Unbox);
  if (want->isNumeric()) {
    // An int literal to a float, a float literal to an int: Python's
    // conversion rules decide (float -> int is an error), not C's.
    Literal literal = numberLiteral(e);
    if (literal == Literal::Int || (literal == Literal::Float && want->kind == TypeKind::Float))
      c.kind = ConversionKind::NumberLiteral;
    return c;
  }
  const Constant *string = stringLiteral(e);
  if (string && want->kind == TypeKind::Array && want->target->kind == TypeKind::Int) {
    // A string literal as a C array, element by element: code points
    // (bytes for a bytes literal or a char array), as Cython assigns it.
    // (Sema refused a literal of another length than the array's.)
    c.kind = ConversionKind::StringToArray;
    std::string_view text = string->value;
    bool bytes = string->ck == ConstKind::Bytes || want->target->rank == 1;
    for (size_t at = 0; at < text.size();) {
      if (bytes)
        c.items.push_back(want->target->isSigned ? long(static_cast<signed char>(text[at++]))
                                                 : long(static_cast<unsigned char>(text[at++])));
      else
        c.items.push_back(unicode::decodeUtf8(text, at));
    }
    return c;
  }
  if (listToPointer(e, want)) { // Cython's temporary C array, living as long as the function
    c.kind = ConversionKind::ListToPointer;
    return c;
  }
  if (string && string->ck == ConstKind::Bytes && want->kind == TypeKind::Pointer &&
      want->target->kind == TypeKind::Void) {
    c.kind = ConversionKind::BytesToVoidPointer;
    return c;
  }
  bool ascii = string && string->ck == ConstKind::Str &&
               std::all_of(string->value.begin(), string->value.end(),
                           [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  if (std::string_view k = sema::cppStandardClass(want);
      (k == "std::string" || k == "std::string_view") && string && (string->ck == ConstKind::Bytes || ascii)) {
    c.kind = ConversionKind::CStringLiteral; // std::string("...", n), as Cython coerces a literal
    return c;
  }
  if (want->isCharPointer()) {
    // Bytes to char *: a literal is a C string (so is a str literal of
    // ASCII text, as in Cython); an object lends its buffer for as long
    // as it lives (TypeError for anything but bytes).
    c.kind = string && (string->ck == ConstKind::Bytes || ascii) ? ConversionKind::CStringLiteral
                                                                 : ConversionKind::CharBuffer;
    return c;
  }
  if (want->kind == TypeKind::Struct && e->kind == Kind::Dict) {
    // {'x': 1, 'y': 2} where a struct is wanted: built in C when every key
    // names a field.
    auto *d = as<Dict>(e);
    std::vector<const sema::Param *> fields;
    for (const Expr *k : d->keys) {
      const sema::Param *field = nullptr;
      if (k && k->kind == Kind::Constant && as<Constant>(k)->ck == ConstKind::Str)
        for (const sema::Param &p : want->params)
          if (p.name == as<Constant>(k)->value)
            field = &p;
      if (!field)
        return c;
      fields.push_back(field);
    }
    c.kind = ConversionKind::DictToStruct;
    c.fields = std::move(fields);
  }
  return c;
}

// A C value's conversion.
Conversion fromC(const Type *have, const Type *want) {
  using K = ConversionKind;
  if (have == want || want->kind == TypeKind::Array ||
      (have->kind == TypeKind::CppClass && want->kind == TypeKind::CppClass)) // (a derived class: C++ converts)
    return of(K::Same);
  if (want->kind == TypeKind::Bint)
    return of(K::ToBint);
  if (want->kind == TypeKind::Pointer && have->kind == TypeKind::Pointer)
    return of(K::PointerCast);
  if (want->kind == TypeKind::Pointer && have->kind == TypeKind::Function)
    return of(K::FunctionAddress);
  // A view of a C array (`cdef int[:] v = array`): over its memory, as
  // Cython makes one (sema checked the item type and dimensions).
  if (want->kind == TypeKind::MemoryView && have->kind == TypeKind::Array)
    return of(K::ArrayView);
  if (want->kind == TypeKind::MemoryView && have->kind == TypeKind::MemoryView && want->target == have->target &&
      want->length == have->length && (want->readonly || !have->readonly) && (!want->contiguous || have->contiguous))
    return of(K::ViewCopy);
  if (want->isNumeric() != have->isNumeric() || (have->kind == TypeKind::Complex && want->kind != TypeKind::Complex))
    return of(K::Invalid);
  return of(K::NumericCast);
}

} // namespace

Conversion planConversion(const sema::Typing &typing, const Expr *e, const Type *want) {
  const Type *have = typing.typeOf(e);
  Conversion c;
  // `cdef char c = "x"`: the character (Py_UCS4 and Py_UNICODE take a str
  // of one code point as Python objects do).
  std::optional<long> code;
  if (want->kind == TypeKind::Int && want->name != "Py_UCS4" && want->name != "Py_UNICODE")
    code = sema::Typing::characterLiteral(e);
  if (code) {
    c.kind = ConversionKind::CharLiteral;
    c.code = *code;
  } else {
    c = have->isObject() ? fromObject(e, want) : fromC(have, want);
  }
  c.from = have;
  c.to = want;
  return c;
}

} // namespace pyxc::ir
