// Cython's C types: base types, C declarators (pointers, references, arrays,
// functions, nested declarators), template/memoryview/buffer brackets,
// function arguments and exception specifications; and the expressions that
// contain types: casts, sizeof and new.
#include "frontend/parser_impl.h"

#include <algorithm>

namespace pyxc {

using namespace ast;

namespace {

// Names Cython always reads as types (its basic_c_type_names and
// special_basic_c_types, plus the sign and length words).
constexpr std::string_view kBasicTypes[] = {"void",      "char",      "int",        "float",   "double",
                                            "bint",      "short",     "long",       "signed",  "unsigned",
                                            "const",     "volatile",  "Py_ssize_t", "ssize_t", "size_t",
                                            "ptrdiff_t", "Py_hash_t", "Py_UNICODE", "Py_UCS4", "object"};

bool isBasicTypeName(std::string_view s) {
  return std::find(std::begin(kBasicTypes), std::end(kBasicTypes), s) != std::end(kBasicTypes);
}

bool isSignOrLength(std::string_view s) { return s == "signed" || s == "unsigned" || s == "short" || s == "long"; }

} // namespace

bool Parser::atBaseType() const { return at(Tok::Name) && isBasicTypeName(spelling(tok())); }

bool Parser::atCTypeStart() const { return at(Tok::Name) || at(Tok::LParen); }

// A base type: `int`, `unsigned long long`, `const char`, `np.float64_t`,
// `vector[int]`, `double[:, ::1]`, `(int, double)`. With `nonempty`, a lone
// name that is not followed by a declarator is the declared name, and the
// type is an implicit `object` (`cdef x = 1`); `wasName` reports that.
CType *Parser::parseBaseType(bool nonempty, bool *wasName) {
  Nest nest(*this);
  SourceLoc begin = here();
  if (wasName)
    *wasName = false;
  // Qualifiers, in any order, each once (volatile has no meaning for pyxc).
  bool isConst = false, isVolatile = false;
  while (atName("const") || atName("volatile")) {
    bool &seen = atName("const") ? isConst : isVolatile;
    if (seen)
      diags_.report(DiagId::DuplicateQualifier, file_, begin, spelling(tok()));
    seen = true;
    advance();
  }
  if (isConst) {
    auto *c = make<CTypeWrap>(Kind::CTypeConst, begin);
    c->base = parseBaseType(false);
    c->range.end = prevEnd();
    return c;
  }
  if (at(Tok::LParen)) { // a C tuple type; one type without a comma is that type, parenthesized
    advance();
    auto *t = make<CTypeTemplate>(Kind::CTypeTemplate, begin);
    auto *name = make<CTypeName>(Kind::CTypeName, begin);
    name->name = "ctuple";
    t->base = name;
    std::vector<Node *> items;
    bool comma = false;
    do {
      if (at(Tok::RParen))
        break;
      items.push_back(parseCType());
      comma = at(Tok::Comma);
    } while (accept(Tok::Comma));
    expect(Tok::RParen);
    if (items.size() == 1 && !comma)
      return items[0];
    t->args = list(items);
    t->range.end = prevEnd();
    return t;
  }
  if (!at(Tok::Name)) {
    checkLexError();
    fail(here(), DiagId::ExpectedCType);
  }
  auto *t = make<CTypeName>(Kind::CTypeName, begin);
  std::string_view first = spelling(tok());
  if (isSignOrLength(first)) {
    std::string words;
    while (at(Tok::Name) && isSignOrLength(spelling(tok()))) {
      // `unsigned long x`: stop before the declarator name.
      words += words.empty() ? "" : " ";
      words += spelling(advance());
    }
    if (at(Tok::Name) && (atName("int") || atName("char") || atName("double") || atName("float"))) {
      std::string_view w = spelling(advance());
      if (w != "int" || words == "signed" || words == "unsigned")
        words += " " + std::string(w);
    }
    if (words == "signed" || words == "unsigned")
      words += " int";
    t->name = arena_.str(words);
  } else {
    std::vector<std::string_view> parts{identifier(advance())};
    while (at(Tok::Dot) && kind(1) == Tok::Name) {
      advance();
      parts.push_back(identifier(advance()));
    }
    t->name = parts.back();
    if (parts.size() > 1) {
      std::string module;
      for (size_t i = 0; i + 1 < parts.size(); ++i)
        module += (i ? "." : "") + std::string(parts[i]);
      t->module = arena_.str(module);
    }
    bool basic = parts.size() == 1 && isBasicTypeName(t->name);
    if (nonempty && !basic) {
      // Is this name the type, or the declarator with an implicit object type?
      bool isType = at(Tok::Name) || at(Tok::Star) || at(Tok::DoubleStar) || at(Tok::Amper) || at(Tok::LSquare) ||
                    (at(Tok::LParen) && (kind(1) == Tok::Star || kind(1) == Tok::Amper));
      if (!isType) {
        pos_ -= parts.size() * 2 - 1;
        if (wasName)
          *wasName = true;
        auto *obj = make<CTypeName>(Kind::CTypeName, begin);
        obj->name = "object";
        return obj;
      }
    }
  }
  if (t->module.empty() && isBasicTypeName(t->name.substr(t->name.rfind(' ') + 1)) && acceptName("complex"))
    t->complex = true; // `double complex`, `int complex`
  t->range.end = prevEnd();
  CType *result = t;
  while (at(Tok::LSquare)) // `vector[int]`, `double[:, ::1]`, `int[2][3]`
    result = parseTypeBrackets(result);
  // `vector[int].iterator`
  while (result->kind == Kind::CTypeTemplate && at(Tok::Dot) && kind(1) == Tok::Name) {
    advance();
    auto *nested = make<CTypeName>(Kind::CTypeName, begin);
    nested->module = arena_.str(file_.text().substr(begin.offset, result->range.end.offset - begin.offset));
    nested->scope = result;
    nested->name = identifier(advance());
    nested->range.end = prevEnd();
    result = nested;
    if (at(Tok::LSquare))
      result = parseTypeBrackets(result);
  }
  return result;
}

// After a base type: `[int]`, `[:, ::1]`, `[double, ndim=2, mode="c"]`.
CType *Parser::parseTypeBrackets(CType *base) {
  SourceLoc begin = base->range.begin;
  expect(Tok::LSquare);
  std::vector<Node *> args;
  std::vector<Expr *> dims;
  std::vector<Keyword *> keywords;
  bool memoryview = false;
  while (!at(Tok::RSquare)) {
    SourceLoc at0 = here();
    if (at(Tok::Colon) || (kind(1) == Tok::Colon && (at(Tok::Number) || at(Tok::Name)) && kind(2) != Tok::Equal)) {
      memoryview = true;
      dims.push_back(parseSlice());
    } else if (at(Tok::Name) && kind(1) == Tok::Equal) {
      auto *k = make<Keyword>(Kind::Keyword, at0);
      k->arg = identifier(advance());
      advance();
      k->value = parseExpression();
      k->range.end = prevEnd();
      keywords.push_back(k);
    } else if (at(Tok::Number) || at(Tok::String) || at(Tok::Minus)) {
      args.push_back(parseExpression());
    } else {
      // A type, or an expression such as `cython.typeof(&f)`.
      Node *arg = nullptr;
      if (!speculate([&] {
            arg = parseCType();
            if (!at(Tok::Comma) && !at(Tok::RSquare))
              failSyntax();
          }))
        arg = parseExpression();
      args.push_back(arg);
    }
    if (!accept(Tok::Comma))
      break;
  }
  expect(Tok::RSquare);
  if (memoryview) {
    auto *m = make<CTypeMemoryView>(Kind::CTypeMemoryView, begin);
    m->base = base;
    m->dims = list(dims);
    return m;
  }
  if (!keywords.empty()) {
    auto *b = make<CTypeBuffer>(Kind::CTypeBuffer, begin);
    b->base = base;
    b->args = list(args);
    b->keywords = list(keywords);
    return b;
  }
  auto *t = make<CTypeTemplate>(Kind::CTypeTemplate, begin);
  t->base = base;
  t->args = list(args);
  return t;
}

namespace {

// One step of a declarator, applied to the type built so far.
struct DeclOp {
  enum Kind { Pointer, Reference, RvalueReference, Const, Array, Function } kind;
  Expr *size = nullptr;        // Array
  CTypeFunction *fn = nullptr; // Function (returns filled in when applied)
  SourceLoc loc;
};

} // namespace

// A C++ operator name after `operator`: `operator()`, `operator[]`,
// `operator==`, `operator++`, `operator bool`.
static std::string_view parseOperatorName(Parser &p) {
  std::string name = "operator";
  if (p.at(Tok::LParen) && p.kind(1) == Tok::RParen) {
    p.pos_ += 2;
    name += "()";
  } else if (p.at(Tok::LSquare) && p.kind(1) == Tok::RSquare) {
    p.pos_ += 2;
    name += "[]";
  } else if (p.at(Tok::Name)) {
    name += " ";
    name += p.spelling(p.advance());
  } else {
    const Token &op = p.advance();
    name += p.spelling(op);
    // `++`, `--`, `&&`, `||` arrive as two tokens.
    if ((op.kind == Tok::Plus || op.kind == Tok::Minus || op.kind == Tok::Amper || op.kind == Tok::VBar) &&
        p.kind() == op.kind && p.tok().begin == op.end)
      name += p.spelling(p.advance());
  }
  return p.arena_.str(name);
}

static void parseDeclOps(Parser &p, std::vector<DeclOp> &ops, std::string_view &name, Parser::DeclaratorInfo *info) {
  std::vector<DeclOp> prefix;
  while (true) {
    SourceLoc at0 = p.here();
    if (p.accept(Tok::Star)) {
      prefix.push_back({DeclOp::Pointer, nullptr, nullptr, at0});
    } else if (p.accept(Tok::DoubleStar)) {
      prefix.push_back({DeclOp::Pointer, nullptr, nullptr, at0});
      prefix.push_back({DeclOp::Pointer, nullptr, nullptr, at0});
    } else if (p.accept(Tok::Amper)) {
      bool rvalue = p.at(Tok::Amper) && p.tok().begin == at0.offset + 1 && (p.advance(), true);
      prefix.push_back({rvalue ? DeclOp::RvalueReference : DeclOp::Reference, nullptr, nullptr, at0});
    } else if (p.atName("const") && (p.kind(1) == Tok::Name || p.kind(1) == Tok::Star)) {
      p.advance();
      prefix.push_back({DeclOp::Const, nullptr, nullptr, at0});
    } else if (p.atName("restrict") && (p.kind(1) == Tok::Name || p.kind(1) == Tok::Star)) {
      p.advance(); // C99 `restrict` changes no type
    } else {
      break;
    }
  }
  // `T max[T](T a, T b)`, `any& operator=[U](U&)`: template parameters,
  // not an array size.
  auto templateParams = [&] {
    if (info && p.at(Tok::LSquare)) {
      List<Node> params;
      if (p.speculate([&] {
            params = p.parseTemplateParams();
            if (!p.at(Tok::LParen))
              p.failSyntax();
          }))
        info->templateParams = params;
    }
  };
  std::vector<DeclOp> inner;
  if (p.at(Tok::LParen) && (p.kind(1) == Tok::Star || p.kind(1) == Tok::Amper || p.kind(1) == Tok::DoubleStar)) {
    p.advance();
    parseDeclOps(p, inner, name, info);
    p.expect(Tok::RParen);
  } else if (p.atName("operator") && p.kind(1) != Tok::Comma && p.kind(1) != Tok::RParen && p.kind(1) != Tok::Newline &&
             !(p.kind(1) == Tok::Equal && p.kind(2) != Tok::LParen && p.kind(2) != Tok::LSquare)) {
    p.advance();
    name = parseOperatorName(p);
    templateParams();
  } else if (p.at(Tok::Name) || (p.at(Tok::KwAs) && info)) {
    // (`as` names a C struct field: NumPy's npy_datetimestruct has one.)
    name = p.at(Tok::KwAs) ? p.spelling(p.advance()) : p.identifier(p.advance());
    if (info && p.at(Tok::String)) {
      std::string_view s = p.spelling(p.advance());
      info->cname = s.substr(1, s.size() - 2);
    }
    templateParams();
  }
  std::vector<DeclOp> suffix;
  while (true) {
    SourceLoc at0 = p.here();
    if (p.at(Tok::LSquare)) {
      p.advance();
      DeclOp op{DeclOp::Array, nullptr, nullptr, at0};
      if (!p.at(Tok::RSquare))
        op.size = p.parseExpression();
      p.expect(Tok::RSquare);
      suffix.push_back(op);
    } else if (p.at(Tok::LParen)) {
      auto *fn = p.parseCFunctionSuffix(nullptr);
      suffix.push_back({DeclOp::Function, nullptr, fn, at0});
    } else {
      break;
    }
  }
  ops.insert(ops.end(), prefix.begin(), prefix.end());
  ops.insert(ops.end(), suffix.rbegin(), suffix.rend());
  ops.insert(ops.end(), inner.begin(), inner.end());
}

CType *Parser::parseDeclarator(CType *base, std::string_view &name, bool allowEmpty, DeclaratorInfo *info) {
  std::vector<DeclOp> ops;
  SourceLoc begin = here();
  name = {};
  parseDeclOps(*this, ops, name, info);
  if (name.empty() && !allowEmpty)
    fail(begin, DiagId::EmptyDeclarator);
  CType *type = base;
  for (DeclOp &op : ops) {
    switch (op.kind) {
    case DeclOp::Pointer:
    case DeclOp::Reference:
    case DeclOp::RvalueReference:
    case DeclOp::Const: {
      Kind k = op.kind == DeclOp::Pointer ? Kind::CTypePointer
               : op.kind == DeclOp::Const ? Kind::CTypeConst
                                          : Kind::CTypeReference;
      auto *w = make<CTypeWrap>(k, base->range.begin);
      w->base = type;
      if (op.kind == DeclOp::RvalueReference) { // T&& as a reference to a reference
        auto *w2 = make<CTypeWrap>(Kind::CTypeReference, base->range.begin);
        w2->base = w;
        type = w2;
        break;
      }
      type = w;
      break;
    }
    case DeclOp::Array: {
      auto *a = make<CTypeArray>(Kind::CTypeArray, base->range.begin);
      a->base = type;
      a->size = op.size;
      type = a;
      break;
    }
    case DeclOp::Function:
      op.fn->returns = type;
      type = op.fn;
      break;
    }
  }
  return type;
}

// A complete type where an expression could stand: casts, sizeof, template
// arguments, fused type lists.
CType *Parser::parseCType() {
  CType *base = parseBaseType(false);
  std::string_view name;
  SourceLoc at0 = here();
  CType *t = parseDeclarator(base, name, true);
  if (!name.empty())
    fail(at0, DiagId::InvalidSyntax);
  return t;
}

// '(' arguments ')' and the modifiers after them.
CTypeFunction *Parser::parseCFunctionSuffix(CType *returns) {
  SourceLoc begin = here();
  expect(Tok::LParen);
  auto *fn = make<CTypeFunction>(Kind::CTypeFunction, begin);
  fn->returns = returns;
  std::vector<CArg *> args;
  while (!at(Tok::RParen)) {
    if (accept(Tok::Ellipsis)) {
      fn->varargs = true;
      break;
    }
    args.push_back(parseCArg(false));
    if (!accept(Tok::Comma))
      break;
  }
  expect(Tok::RParen);
  fn->args = list(args);
  parseFunctionModifiers(fn);
  fn->range.end = prevEnd();
  return fn;
}

CArg *Parser::parseCArg(bool nonempty) {
  SourceLoc begin = here();
  auto *a = make<CArg>(Kind::CArg, begin);
  bool wasName = false;
  CType *base = parseBaseType(nonempty, &wasName);
  std::string_view name;
  CType *type = parseDeclarator(base, name, true);
  a->name = name;
  a->type = wasName ? nullptr : type;
  if (accept(Tok::Colon))
    a->annotation = parseExpression();
  if (at(Tok::KwNot) && kind(1) == Tok::KwNone) {
    pos_ += 2;
    a->notNone = true;
  } else if (at(Tok::KwOr) && kind(1) == Tok::KwNone) {
    pos_ += 2;
    a->orNone = true;
  }
  if (accept(Tok::Equal)) {
    if (at(Tok::Star) && (kind(1) == Tok::Comma || kind(1) == Tok::RParen)) {
      // `=*`: a default that only the implementation knows (in .pxd files).
      auto *c = make<Constant>(Kind::Constant, here());
      advance();
      c->ck = ConstKind::Ellipsis;
      a->defaultValue = c;
    } else {
      a->defaultValue = parseExpression();
    }
  }
  a->range.end = prevEnd();
  return a;
}

void Parser::parseExceptSpec(CTypeFunction *fn) {
  // after 'except'
  uint32_t plusEnd = tok().end;
  if (accept(Tok::Plus)) {
    fn->except.kind = ExceptKind::Cpp;
    if (at(Tok::Name) && spelling(tok()) == "nogil") {
      // `except + nogil` is the nogil modifier (parsed after this); written
      // `except +nogil` it reads as a handler named nogil: Cython refuses it.
      if (tok().begin == plusEnd)
        diags_.report(DiagId::ExceptPlusNogil, file_, here());
    } else if (at(Tok::Name)) {
      fn->except.value = parsePrimary(false);
    } else if (at(Tok::Star)) {
      SourceLoc at0 = here();
      advance();
      auto *n = make<Name>(Kind::Name, at0);
      n->id = "*";
      fn->except.value = n;
    }
    return;
  }
  if (accept(Tok::Star)) {
    fn->except.kind = ExceptKind::Star;
    return;
  }
  if (accept(Tok::Question)) {
    fn->except.kind = ExceptKind::MaybeValue;
    if (accept(Tok::Star))
      fn->except.kind = ExceptKind::Star;
    else
      fn->except.value = parseBitwiseOr();
    return;
  }
  fn->except.kind = ExceptKind::Value;
  fn->except.value = parseBitwiseOr();
}

void Parser::parseFunctionModifiers(CTypeFunction *fn) {
  while (true) {
    if (at(Tok::KwExcept)) {
      advance();
      parseExceptSpec(fn);
    } else if (acceptName("noexcept")) {
      fn->except.kind = ExceptKind::NoExcept;
    } else if (acceptName("nogil")) {
      fn->nogil = true;
    } else if (at(Tok::KwWith) && atName("gil", 1)) {
      pos_ += 2;
      fn->withGil = true;
    } else if (atName("const")) {
      advance();
      fn->isConst = true;
    } else {
      return;
    }
  }
}

// `<T>x`, `<T?>x`
Expr *Parser::parseCast() {
  SourceLoc begin = here();
  expect(Tok::Less);
  auto *c = make<Cast>(Kind::Cast, begin);
  c->type = parseCType();
  c->checked = accept(Tok::Question);
  expect(Tok::Greater);
  c->operand = parseFactor();
  c->range.end = prevEnd();
  return c;
}

Expr *Parser::parseSizeOf(SourceLoc begin) {
  advance(); // sizeof
  expect(Tok::LParen);
  auto *s = make<SizeOf>(Kind::SizeOf, begin);
  Node *operand = nullptr;
  if (!atBaseType()) {
    speculate([&] {
      operand = parseExpression();
      if (!at(Tok::RParen))
        failSyntax();
    });
  }
  if (!operand) {
    auto *t = make<TypeExpr>(Kind::TypeExpr, here());
    t->type = parseCType();
    t->range.end = prevEnd();
    operand = t;
  }
  s->operand = operand;
  expect(Tok::RParen);
  s->range.end = prevEnd();
  return s;
}

Expr *Parser::parseNew() {
  SourceLoc begin = here();
  advance(); // new
  auto *n = make<New>(Kind::New, begin);
  n->type = parseBaseType(false);
  if (accept(Tok::LParen)) {
    std::vector<Expr *> args;
    std::vector<Keyword *> keywords;
    parseCallArguments(Tok::RParen, args, keywords);
    n->args = list(args);
    n->keywords = list(keywords);
  }
  n->range.end = prevEnd();
  return n;
}

// A def-function parameter in a .pyx file: `x`, `x: int`, `int x`,
// `double[:] x not None`, `np.ndarray[double, ndim=2] a`.
Arg *Parser::parseCythonDefParam(bool annotations) {
  SourceLoc begin = here();
  bool plain = at(Tok::Name) && (kind(1) == Tok::Comma || kind(1) == Tok::Equal || kind(1) == Tok::Colon ||
                                 kind(1) == Tok::RParen || kind(1) == Tok::KwNot || kind(1) == Tok::KwOr);
  Arg *p;
  if (plain || !at(Tok::Name)) {
    p = parseParam(annotations, false);
  } else {
    p = make<Arg>(Kind::Arg, begin);
    bool wasName = false;
    CType *base = parseBaseType(true, &wasName);
    std::string_view name;
    CType *type = parseDeclarator(base, name, false);
    p->arg = name;
    p->ctype = wasName ? nullptr : type;
    if (annotations && accept(Tok::Colon))
      p->annotation = parseExpression();
  }
  if (at(Tok::KwNot) && kind(1) == Tok::KwNone) {
    pos_ += 2;
    p->notNone = true;
  } else if (at(Tok::KwOr) && kind(1) == Tok::KwNone) {
    pos_ += 2;
    p->orNone = true;
  }
  p->range.end = prevEnd();
  return p;
}

// `[T, U=*]` after a C++ class or function name.
List<Node> Parser::parseTemplateParams() {
  expect(Tok::LSquare);
  std::vector<Node *> params;
  do {
    if (at(Tok::RSquare))
      break;
    SourceLoc at0 = here();
    auto *n = make<Name>(Kind::Name, at0);
    n->id = expectIdentifier();
    n->ctx = Ctx::Load;
    if (accept(Tok::Equal)) {
      expect(Tok::Star);
      auto *d = make<Starred>(Kind::Starred, at0); // `T=*`: a defaulted parameter
      d->value = n;
      d->ctx = Ctx::Load;
      params.push_back(d);
      continue;
    }
    if (accept(Tok::Ellipsis)) { // variadic `Ts...`
      auto *d = make<Starred>(Kind::Starred, at0);
      d->value = n;
      params.push_back(d);
      continue;
    }
    params.push_back(n);
  } while (accept(Tok::Comma));
  expect(Tok::RSquare);
  return list(params);
}

} // namespace pyxc
