// Expressions, from star_expressions down to atoms.
#include "frontend/literals.h"
#include "frontend/parser_impl.h"

namespace pyxc {

using namespace ast;

static bool startsExpression(Tok t) {
  switch (t) {
  case Tok::Backquote:
  case Tok::Name:
  case Tok::Number:
  case Tok::String:
  case Tok::KwNone:
  case Tok::KwTrue:
  case Tok::KwFalse:
  case Tok::KwNot:
  case Tok::KwLambda:
  case Tok::KwAwait:
  case Tok::LParen:
  case Tok::LSquare:
  case Tok::LBrace:
  case Tok::Minus:
  case Tok::Plus:
  case Tok::Tilde:
  case Tok::Star:
  case Tok::Ellipsis:
  case Tok::Less:
  case Tok::Amper: return true;
  default: return false;
  }
}

Expr *Parser::makeTuple(std::vector<Expr *> elts, SourceLoc begin, Ctx ctx) {
  auto *t = make<Sequence>(Kind::Tuple, begin);
  t->elts = list(elts);
  t->ctx = ctx;
  return t;
}

Expr *Parser::parseStarExpressionsOrYield() { return at(Tok::KwYield) ? parseYieldExpr() : parseStarExpressions(); }

// star_expressions: star_expression (',' star_expression)* [',']
Expr *Parser::parseStarExpressions() {
  SourceLoc begin = here();
  Expr *first = parseStarExpression();
  if (!at(Tok::Comma))
    return first;
  std::vector<Expr *> elts{first};
  while (accept(Tok::Comma)) {
    if (!startsExpression(kind()) || (at(Tok::Less) && !cython()) || (at(Tok::Amper) && !cython()))
      break;
    elts.push_back(parseStarExpression());
  }
  return makeTuple(std::move(elts), begin);
}

Expr *Parser::parseStarExpression() {
  SourceLoc begin = here();
  if (accept(Tok::Star)) {
    auto *s = make<Starred>(Kind::Starred, begin);
    s->value = parseBitwiseOr();
    s->ctx = Ctx::Load;
    s->range.end = prevEnd();
    return s;
  }
  return parseExpression();
}

Expr *Parser::parseStarNamedExpression() {
  if (at(Tok::Star))
    return parseStarExpression();
  return parseNamedExpression();
}

// expressions: expression (',' expression)* [',']
Expr *Parser::parseExpressions() {
  SourceLoc begin = here();
  Expr *first = parseExpression();
  if (!at(Tok::Comma))
    return first;
  std::vector<Expr *> elts{first};
  while (accept(Tok::Comma)) {
    if (!startsExpression(kind()) || at(Tok::Star))
      break;
    elts.push_back(parseExpression());
  }
  return makeTuple(std::move(elts), begin);
}

Expr *Parser::parseExpression() {
  Nest nest(*this);
  if (at(Tok::KwLambda))
    return parseLambda();
  SourceLoc begin = here();
  Expr *body = parseDisjunction();
  if (!accept(Tok::KwIf))
    return body;
  auto *e = make<IfExp>(Kind::IfExp, begin);
  e->body = body;
  e->test = parseDisjunction();
  expect(Tok::KwElse);
  e->orelse = parseExpression();
  e->range.end = prevEnd();
  return e;
}

Expr *Parser::parseNamedExpression() {
  SourceLoc begin = here();
  if (at(Tok::Name) && kind(1) == Tok::ColonEqual) {
    auto *target = make<Name>(Kind::Name, begin);
    target->id = identifier(advance());
    target->ctx = Ctx::Store;
    target->range.end = prevEnd();
    advance();
    auto *e = make<NamedExpr>(Kind::NamedExpr, begin);
    e->target = target;
    e->value = parseExpression();
    e->range.end = prevEnd();
    return e;
  }
  Expr *e = parseExpression();
  if (at(Tok::ColonEqual))
    fail(e->range.begin, DiagId::CannotUseAssignmentExpr, describe(e));
  return e;
}

Expr *Parser::parseYieldExpr() {
  SourceLoc begin = here();
  expect(Tok::KwYield);
  if (accept(Tok::KwFrom)) {
    auto *y = make<Yield>(Kind::YieldFrom, begin);
    y->value = parseExpression();
    y->range.end = prevEnd();
    return y;
  }
  auto *y = make<Yield>(Kind::Yield, begin);
  if (startsExpression(kind()) && !(at(Tok::Less) && !cython()))
    y->value = parseStarExpressions();
  y->range.end = prevEnd();
  return y;
}

Expr *Parser::parseLambda() {
  SourceLoc begin = here();
  expect(Tok::KwLambda);
  auto *l = make<Lambda>(Kind::Lambda, begin);
  l->args = parseParameters(Tok::Colon, false);
  l->body = parseExpression();
  l->range.end = prevEnd();
  return l;
}

Expr *Parser::parseDisjunction() {
  SourceLoc begin = here();
  Expr *first = parseConjunction();
  if (!at(Tok::KwOr))
    return first;
  std::vector<Expr *> values{first};
  while (accept(Tok::KwOr))
    values.push_back(parseConjunction());
  auto *b = make<BoolOp>(Kind::BoolOp, begin);
  b->op = BoolOpKind::Or;
  b->values = list(values);
  return b;
}

Expr *Parser::parseConjunction() {
  SourceLoc begin = here();
  Expr *first = parseInversion();
  if (!at(Tok::KwAnd))
    return first;
  std::vector<Expr *> values{first};
  while (accept(Tok::KwAnd))
    values.push_back(parseInversion());
  auto *b = make<BoolOp>(Kind::BoolOp, begin);
  b->op = BoolOpKind::And;
  b->values = list(values);
  return b;
}

Expr *Parser::parseInversion() {
  Nest nest(*this);
  SourceLoc begin = here();
  if (accept(Tok::KwNot)) {
    auto *u = make<UnaryOp>(Kind::UnaryOp, begin);
    u->op = UnaryOpKind::Not;
    u->operand = parseInversion();
    u->range.end = prevEnd();
    return u;
  }
  return parseComparison();
}

Expr *Parser::parseComparison() {
  SourceLoc begin = here();
  Expr *left = parseBitwiseOr();
  std::vector<CmpOpKind> ops;
  std::vector<Expr *> comparators;
  while (true) {
    CmpOpKind op;
    switch (kind()) {
    case Tok::EqEqual: op = CmpOpKind::Eq; break;
    case Tok::NotEqual: op = CmpOpKind::NotEq; break;
    case Tok::Less:
      // Cython still reads Python 2's `a <> b` (written without a space).
      if (cython() && kind(1) == Tok::Greater && tok(1).begin == tok().end) {
        ++pos_;
        op = CmpOpKind::NotEq;
        break;
      }
      op = CmpOpKind::Lt;
      break;
    case Tok::LessEqual: op = CmpOpKind::LtE; break;
    case Tok::Greater: op = CmpOpKind::Gt; break;
    case Tok::GreaterEqual: op = CmpOpKind::GtE; break;
    case Tok::KwIn: op = CmpOpKind::In; break;
    case Tok::KwIs: op = kind(1) == Tok::KwNot ? (++pos_, CmpOpKind::IsNot) : CmpOpKind::Is; break;
    case Tok::KwNot:
      if (kind(1) != Tok::KwIn)
        goto done;
      ++pos_;
      op = CmpOpKind::NotIn;
      break;
    default: goto done;
    }
    advance();
    ops.push_back(op);
    comparators.push_back(parseBitwiseOr());
  }
done:
  if (ops.empty())
    return left;
  auto *c = make<Compare>(Kind::Compare, begin);
  c->left = left;
  c->ops = list(ops);
  c->comparators = list(comparators);
  return c;
}

Expr *Parser::parseBitwiseOr() { return parseBinary(0); }

// Levels: 0 '|', 1 '^', 2 '&', 3 shifts, 4 sums, 5 terms; then factor.
Expr *Parser::parseBinary(int level) {
  if (level == 6)
    return parseFactor();
  SourceLoc begin = here();
  Expr *left = parseBinary(level + 1);
  Nest chain(*this, 0);
  while (true) {
    BinOpKind op;
    Tok t = kind();
    switch (level) {
    case 0:
      if (t != Tok::VBar)
        return left;
      op = BinOpKind::BitOr;
      break;
    case 1:
      if (t != Tok::Circumflex)
        return left;
      op = BinOpKind::BitXor;
      break;
    case 2:
      if (t != Tok::Amper)
        return left;
      op = BinOpKind::BitAnd;
      break;
    case 3:
      if (t == Tok::LeftShift)
        op = BinOpKind::LShift;
      else if (t == Tok::RightShift)
        op = BinOpKind::RShift;
      else
        return left;
      break;
    case 4:
      if (t == Tok::Plus)
        op = BinOpKind::Add;
      else if (t == Tok::Minus)
        op = BinOpKind::Sub;
      else
        return left;
      break;
    default:
      if (t == Tok::Star)
        op = BinOpKind::Mult;
      else if (t == Tok::Slash)
        op = BinOpKind::Div;
      else if (t == Tok::DoubleSlash)
        op = BinOpKind::FloorDiv;
      else if (t == Tok::Percent)
        op = BinOpKind::Mod;
      else if (t == Tok::At)
        op = BinOpKind::MatMult;
      else
        return left;
      break;
    }
    advance();
    chain.grow();
    auto *b = make<BinOp>(Kind::BinOp, begin);
    b->left = left;
    b->op = op;
    b->right = parseBinary(level + 1);
    b->range.end = prevEnd();
    left = b;
  }
}

Expr *Parser::parseFactor() {
  Nest nest(*this);
  SourceLoc begin = here();
  UnaryOpKind op;
  switch (kind()) {
  case Tok::Plus: op = UnaryOpKind::UAdd; break;
  case Tok::Minus: op = UnaryOpKind::USub; break;
  case Tok::Tilde: op = UnaryOpKind::Invert; break;
  case Tok::Less:
    if (cython())
      return parseCast();
    return parsePower();
  case Tok::Amper:
    if (cython()) {
      advance();
      auto *a = make<AddressOf>(Kind::AddressOf, begin);
      a->operand = parseFactor();
      a->range.end = prevEnd();
      return a;
    }
    return parsePower();
  default: return parsePower();
  }
  advance();
  auto *u = make<UnaryOp>(Kind::UnaryOp, begin);
  u->op = op;
  u->operand = parseFactor();
  u->range.end = prevEnd();
  return u;
}

Expr *Parser::parsePower() {
  SourceLoc begin = here();
  Expr *base = parseAwaitPrimary();
  if (!accept(Tok::DoubleStar))
    return base;
  auto *b = make<BinOp>(Kind::BinOp, begin);
  b->left = base;
  b->op = BinOpKind::Pow;
  b->right = parseFactor();
  b->range.end = prevEnd();
  return b;
}

Expr *Parser::parseAwaitPrimary() {
  SourceLoc begin = here();
  if (accept(Tok::KwAwait)) {
    auto *a = make<Await>(Kind::Await, begin);
    a->value = parsePrimary();
    a->range.end = prevEnd();
    return a;
  }
  return parsePrimary();
}

Expr *Parser::parsePrimary(bool allowCall) {
  SourceLoc begin = here();
  Expr *e = parseAtom();
  Nest chain(*this, 0);
  while (true) {
    if (at(Tok::Dot) || (allowCall && at(Tok::LParen)) || at(Tok::LSquare))
      chain.grow();
    if (accept(Tok::Dot)) {
      auto *a = make<Attribute>(Kind::Attribute, begin);
      a->value = e;
      a->attr = expectIdentifier();
      a->ctx = Ctx::Load;
      e = a;
    } else if (allowCall && at(Tok::LParen)) {
      advance();
      e = parseCall(e, begin);
    } else if (at(Tok::LSquare)) {
      advance();
      auto *s = make<Subscript>(Kind::Subscript, begin);
      s->value = e;
      s->slice = parseSlices();
      expect(Tok::RSquare);
      s->ctx = Ctx::Load;
      s->range.end = prevEnd();
      e = s;
    } else {
      return e;
    }
  }
}

Expr *Parser::parseCall(Expr *func, SourceLoc begin) {
  auto *c = make<Call>(Kind::Call, begin);
  c->func = func;
  std::vector<Expr *> args;
  std::vector<Keyword *> keywords;
  parseCallArguments(Tok::RParen, args, keywords);
  c->args = list(args);
  c->keywords = list(keywords);
  c->range.end = prevEnd();
  return c;
}

void Parser::parseCallArguments(Tok close, std::vector<Expr *> &args, std::vector<Keyword *> &keywords) {
  bool seenKeyword = false, seenKwUnpack = false, bareGenerator = false;
  while (!at(close)) {
    if (bareGenerator)
      fail(args.back()->range.begin, DiagId::GeneratorNotSole);
    SourceLoc begin = here();
    if (accept(Tok::Star)) {
      if (seenKwUnpack)
        fail(begin, DiagId::IterableUnpackAfterKw);
      auto *s = make<Starred>(Kind::Starred, begin);
      s->value = parseExpression();
      s->ctx = Ctx::Load;
      s->range.end = prevEnd();
      args.push_back(s);
    } else if (accept(Tok::DoubleStar)) {
      auto *k = make<Keyword>(Kind::Keyword, begin);
      k->value = parseExpression();
      k->range.end = prevEnd();
      keywords.push_back(k);
      seenKwUnpack = true;
    } else if (at(Tok::Name) && kind(1) == Tok::Equal) {
      auto *k = make<Keyword>(Kind::Keyword, begin);
      k->arg = identifier(advance());
      advance();
      k->value = parseExpression();
      k->range.end = prevEnd();
      keywords.push_back(k);
      seenKeyword = true;
    } else {
      Expr *e = parseNamedExpression();
      if (at(Tok::Equal))
        fail(e->range.begin, DiagId::ExpressionCannotContainAssignment);
      if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
        auto *g = make<Comp>(Kind::GeneratorExp, begin);
        g->elt = e;
        g->generators = list(parseComprehensionClauses());
        g->range.end = prevEnd();
        if (!args.empty() || !keywords.empty())
          fail(begin, DiagId::GeneratorNotSole);
        args.push_back(g);
        bareGenerator = true;
      } else {
        if (seenKwUnpack)
          fail(begin, DiagId::PositionalAfterKwUnpack);
        if (seenKeyword)
          fail(begin, DiagId::PositionalAfterKeyword);
        args.push_back(e);
      }
    }
    if (!accept(Tok::Comma))
      break;
    if (bareGenerator)
      fail(args.back()->range.begin, DiagId::GeneratorNotSole);
  }
  expect(close);
}

std::vector<Comprehension *> Parser::parseComprehensionClauses() {
  std::vector<Comprehension *> gens;
  while (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
    auto *c = make<Comprehension>(Kind::Comprehension, here());
    c->isAsync = accept(Tok::KwAsync);
    expect(Tok::KwFor);
    c->target = parseTargetList(true);
    setContext(c->target, Ctx::Store);
    if (cython() && at(Tok::KwFrom)) {
      c->iter = parseForFromRange(c->target); // `for i from 0 <= i < n`
    } else {
      expect(Tok::KwIn);
      c->iter = parseDisjunction();
    }
    std::vector<Expr *> ifs;
    while (accept(Tok::KwIf))
      ifs.push_back(parseDisjunction());
    c->ifs = list(ifs);
    c->range.end = prevEnd();
    gens.push_back(c);
  }
  return gens;
}

// Cython's `from lower <op> i <op> upper [by step]` in a comprehension, as
// the range() it counts through: `0 <= i < n` is range(0, n), `n > i >= 0`
// range(n - 1, -1, -1).
Expr *Parser::parseForFromRange(Expr *target) {
  SourceLoc begin = here();
  advance(); // 'from'
  auto relation = [&]() -> int { // 1: ascending, -1: descending; 2 when strict
    Tok t = advance().kind;
    switch (t) {
    case Tok::Less: return 2;
    case Tok::LessEqual: return 1;
    case Tok::Greater: return -2;
    case Tok::GreaterEqual: return -1;
    default: --pos_; fail(here(), DiagId::Expected, "'<', '<=', '>' or '>='");
    }
  };
  Expr *lower = parseBitwiseOr();
  int op1 = relation();
  Expr *name = parseBitwiseOr();
  if (name->kind != Kind::Name || target->kind != Kind::Name || as<Name>(name)->id != as<Name>(target)->id)
    fail(name->range.begin, DiagId::Expected, "the loop variable between the bounds of 'for ... from'");
  SourceLoc opAt = here();
  int op2 = relation();
  Expr *upper = parseBitwiseOr();
  Expr *step = acceptName("by") ? parseBitwiseOr() : nullptr;
  if ((op1 > 0) != (op2 > 0))
    fail(opAt, DiagId::ForFromDirections);
  int direction = op1 > 0 ? 1 : -1;
  auto number = [&](SourceLoc at, int v) {
    auto *k = make<Constant>(Kind::Constant, at);
    k->ck = ConstKind::Int;
    k->value = v == 1 ? "1" : "0";
    k->number = v;
    k->range.end = at;
    return k;
  };
  auto shifted = [&](Expr *e, BinOpKind op) -> Expr * { // e + 1, e - 1
    auto *b = make<BinOp>(Kind::BinOp, e->range.begin);
    b->left = e;
    b->op = op;
    b->right = number(e->range.end, 1);
    b->range.end = e->range.end;
    return b;
  };
  // A strict bound at the start moves it one step; an inclusive one at the end too.
  Expr *start = std::abs(op1) == 2 ? shifted(lower, direction > 0 ? BinOpKind::Add : BinOpKind::Sub) : lower;
  Expr *stop = std::abs(op2) == 1 ? shifted(upper, direction > 0 ? BinOpKind::Add : BinOpKind::Sub) : upper;
  std::vector<Expr *> args = {start, stop};
  if (direction < 0 || step) {
    Expr *by = step ? step : number(prevEnd(), 1);
    if (direction < 0) {
      auto *neg = make<UnaryOp>(Kind::UnaryOp, by->range.begin);
      neg->op = UnaryOpKind::USub;
      neg->operand = by;
      neg->range.end = by->range.end;
      by = neg;
    }
    args.push_back(by);
  }
  auto *callee = make<Name>(Kind::Name, begin);
  callee->id = "range";
  callee->ctx = Ctx::Load;
  callee->range.end = begin;
  auto *call = make<Call>(Kind::Call, begin);
  call->func = callee;
  call->args = list(args);
  call->range.end = prevEnd();
  return call;
}

Expr *Parser::parseTargetList(bool allowTuple) {
  SourceLoc begin = here();
  auto element = [&]() -> Expr * {
    SourceLoc at0 = here();
    if (accept(Tok::Star)) {
      auto *s = make<Starred>(Kind::Starred, at0);
      s->value = parseBitwiseOr();
      s->ctx = Ctx::Load;
      s->range.end = prevEnd();
      return s;
    }
    return parseBitwiseOr();
  };
  Expr *first = element();
  if (!allowTuple || !at(Tok::Comma))
    return first;
  std::vector<Expr *> elts{first};
  while (accept(Tok::Comma)) {
    if (!startsExpression(kind()))
      break;
    elts.push_back(element());
  }
  return makeTuple(std::move(elts), begin);
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr *Parser::parseSliceList() {
  SourceLoc begin = here();
  Expr *first = parseSlice();
  if (!at(Tok::Comma)) {
    if (first->kind == Kind::Starred)
      return makeTuple({first}, begin);
    return first;
  }
  std::vector<Expr *> elts{first};
  while (accept(Tok::Comma)) {
    if (at(Tok::RSquare))
      break;
    elts.push_back(parseSlice());
  }
  return makeTuple(std::move(elts), begin);
}

Expr *Parser::parseSlices() {
  if (!cython())
    return parseSliceList();
  SourceLoc begin = here();
  Expr *result = nullptr;
  if (speculate([&] {
        result = parseSliceList();
        if (!at(Tok::RSquare))
          failSyntax();
      }))
    return result;
  // `vector[int*]`, `map[string, vector[int]]`: C types, not expressions.
  std::vector<Expr *> types;
  do {
    if (at(Tok::RSquare))
      break;
    auto *t = make<TypeExpr>(Kind::TypeExpr, here());
    t->type = parseCType();
    t->range.end = prevEnd();
    types.push_back(t);
  } while (accept(Tok::Comma));
  if (types.size() == 1)
    return types[0];
  return makeTuple(std::move(types), begin);
}

Expr *Parser::parseSlice() {
  SourceLoc begin = here();
  if (at(Tok::Star))
    return parseStarExpression();
  Expr *lower = nullptr;
  if (!at(Tok::Colon)) {
    Expr *e = parseNamedExpression();
    if (!at(Tok::Colon))
      return e;
    lower = e;
  }
  expect(Tok::Colon);
  auto *s = make<Slice>(Kind::Slice, begin);
  s->lower = lower;
  if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSquare))
    s->upper = parseExpression();
  if (accept(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSquare))
    s->step = parseExpression();
  s->range.end = prevEnd();
  return s;
}

Expr *Parser::parseNumber(const Token &t) {
  auto *c = make<Constant>(Kind::Constant, t.loc());
  std::string_view text = spelling(t);
  if (cython()) {
    size_t n = text.size();
    while (n > 1 && ((text[n - 1] | 0x20) == 'l' || (text[n - 1] | 0x20) == 'u'))
      --n;
    c->suffix = text.substr(n);
    text = text.substr(0, n);
    bool oldOctal = text.size() > 1 && text[0] == '0' && text[1] >= '0' && text[1] <= '9' &&
                    text.find_first_of(".eEjJ") == std::string_view::npos;
    if (oldOctal && text.find_first_not_of("0_") != std::string_view::npos) {
      c->ck = ConstKind::Int;
      c->value = arena_.str(literals::intToDecimal("0o" + std::string(text.substr(1))));
      c->range.end = {t.end};
      return c;
    }
  }
  char last = char(text.back() | 0x20);
  bool hex = text.size() > 1 && text[0] == '0' && (text[1] | 0x20) == 'x';
  if (last == 'j') {
    c->ck = ConstKind::Complex;
    c->number = literals::parseFloat(text);
  } else if (!hex && text.find_first_of(".eE") != std::string_view::npos) {
    c->ck = ConstKind::Float;
    c->number = literals::parseFloat(text);
  } else {
    c->ck = ConstKind::Int;
    c->value = arena_.str(literals::intToDecimal(text));
  }
  c->range.end = {t.end};
  return c;
}

// Python 2's `x, y` (Cython still reads it): repr() of the expression.
Expr *Parser::parseBackquote() {
  SourceLoc begin = here();
  advance();
  Expr *value = parseExpressions();
  expect(Tok::Backquote);
  auto *repr = make<Name>(Kind::Name, begin);
  repr->id = "repr";
  repr->ctx = Ctx::Load;
  repr->range.end = begin;
  auto *c = make<Call>(Kind::Call, begin);
  c->func = repr;
  c->args = list(std::vector<Expr *>{value});
  c->range.end = prevEnd();
  return c;
}

Expr *Parser::parseNameAtom() {
  SourceLoc begin = here();
  auto *n = make<Name>(Kind::Name, begin);
  n->id = identifier(advance());
  n->ctx = Ctx::Load;
  n->range.end = prevEnd();
  return n;
}

Expr *Parser::parseAtom() {
  SourceLoc begin = here();
  auto constant = [&](ConstKind ck) {
    advance();
    auto *c = make<Constant>(Kind::Constant, begin);
    c->ck = ck;
    return c;
  };
  switch (kind()) {
  case Tok::Name:
    if (cython()) {
      if (atName("sizeof") && kind(1) == Tok::LParen)
        return parseSizeOf(begin);
      if (atName("new") && kind(1) == Tok::Name)
        return parseNew();
    }
    return parseNameAtom();
  case Tok::KwTrue: return constant(ConstKind::True);
  case Tok::KwFalse: return constant(ConstKind::False);
  case Tok::KwNone: return constant(ConstKind::None);
  case Tok::Ellipsis: return constant(ConstKind::Ellipsis);
  case Tok::Number: return parseNumber(advance());
  case Tok::String: return parseStrings();
  case Tok::LParen: advance(); return parseParenthesized(begin, Tok::RParen);
  case Tok::LSquare: return parseListDisplay();
  case Tok::LBrace: return parseBraceDisplay();
  case Tok::Backquote: return parseBackquote();
  default: checkLexError(); failSyntax();
  }
}

// After '(': group, tuple, generator expression or yield.
Expr *Parser::parseParenthesized(SourceLoc begin, Tok close) {
  if (accept(close))
    return makeTuple({}, begin);
  if (at(Tok::KwYield)) {
    Expr *y = parseYieldExpr();
    expect(close);
    return y;
  }
  Expr *first = parseStarNamedExpression();
  if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
    auto *g = make<Comp>(Kind::GeneratorExp, begin);
    g->elt = first;
    g->generators = list(parseComprehensionClauses());
    expect(close);
    g->range.end = prevEnd();
    return g;
  }
  if (at(Tok::Comma)) {
    std::vector<Expr *> elts{first};
    while (accept(Tok::Comma)) {
      if (at(close))
        break;
      elts.push_back(parseStarNamedExpression());
    }
    expect(close);
    Expr *t = makeTuple(std::move(elts), begin);
    return t;
  }
  expect(close);
  if (first->kind == Kind::Starred)
    fail(first->range.begin, DiagId::StarredNotAllowed);
  return first;
}

Expr *Parser::parseListDisplay() {
  SourceLoc begin = here();
  expect(Tok::LSquare);
  std::vector<Expr *> elts;
  if (!at(Tok::RSquare)) {
    Expr *first = parseStarNamedExpression();
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
      auto *c = make<Comp>(Kind::ListComp, begin);
      c->elt = first;
      c->generators = list(parseComprehensionClauses());
      expect(Tok::RSquare);
      c->range.end = prevEnd();
      return c;
    }
    elts.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::RSquare))
        break;
      elts.push_back(parseStarNamedExpression());
    }
  }
  expect(Tok::RSquare);
  auto *l = make<Sequence>(Kind::List, begin);
  l->elts = list(elts);
  l->ctx = Ctx::Load;
  return l;
}

Expr *Parser::parseBraceDisplay() {
  SourceLoc begin = here();
  expect(Tok::LBrace);
  if (accept(Tok::RBrace))
    return make<Dict>(Kind::Dict, begin);
  std::vector<Expr *> keys, values;
  auto dictItem = [&]() {
    if (accept(Tok::DoubleStar)) {
      keys.push_back(nullptr);
      values.push_back(parseBitwiseOr());
      return;
    }
    keys.push_back(parseExpression());
    expect(Tok::Colon);
    values.push_back(parseExpression());
  };
  auto isComprehension = [&] { return at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor); };
  if (at(Tok::DoubleStar)) {
    dictItem();
    if (isComprehension()) { // `{**d for d in ds}` (PEP 798, as Cython accepts it)
      auto *c = make<Comp>(Kind::DictComp, begin);
      c->elt = nullptr;
      c->value = values[0];
      c->generators = list(parseComprehensionClauses());
      expect(Tok::RBrace);
      c->range.end = prevEnd();
      return c;
    }
  } else {
    Expr *first = parseStarNamedExpression();
    if (accept(Tok::Colon)) {
      keys.push_back(first);
      values.push_back(parseExpression());
      if (isComprehension()) {
        auto *c = make<Comp>(Kind::DictComp, begin);
        c->elt = first;
        c->value = values[0];
        c->generators = list(parseComprehensionClauses());
        expect(Tok::RBrace);
        c->range.end = prevEnd();
        return c;
      }
    } else {
      // a set
      if (isComprehension()) {
        auto *c = make<Comp>(Kind::SetComp, begin);
        c->elt = first;
        c->generators = list(parseComprehensionClauses());
        expect(Tok::RBrace);
        c->range.end = prevEnd();
        return c;
      }
      std::vector<Expr *> elts{first};
      while (accept(Tok::Comma)) {
        if (at(Tok::RBrace))
          break;
        elts.push_back(parseStarNamedExpression());
      }
      expect(Tok::RBrace);
      auto *s = make<Set>(Kind::Set, begin);
      s->elts = list(elts);
      return s;
    }
  }
  while (accept(Tok::Comma)) {
    if (at(Tok::RBrace))
      break;
    dictItem();
  }
  expect(Tok::RBrace);
  auto *d = make<Dict>(Kind::Dict, begin);
  d->keys = list(keys);
  d->values = list(values);
  return d;
}

const char *Parser::describe(Expr *e) {
  switch (e->kind) {
  case Kind::Call: return "function call";
  case Kind::Constant: return "literal";
  case Kind::JoinedStr: return "f-string expression";
  case Kind::Compare: return "comparison";
  case Kind::Lambda: return "lambda";
  case Kind::IfExp: return "conditional expression";
  case Kind::NamedExpr: return "named expression";
  case Kind::GeneratorExp: return "generator expression";
  case Kind::ListComp: return "list comprehension";
  case Kind::SetComp: return "set comprehension";
  case Kind::DictComp: return "dict comprehension";
  case Kind::Dict: return "dict literal";
  case Kind::Set: return "set display";
  case Kind::Yield:
  case Kind::YieldFrom: return "yield expression";
  case Kind::Await: return "await expression";
  case Kind::Tuple: return "tuple";
  case Kind::List: return "list";
  case Kind::Starred: return "starred";
  case Kind::Name: return "name";
  case Kind::Attribute: return "attribute";
  case Kind::Subscript: return "subscript";
  default: return "expression";
  }
}

void Parser::setContext(Expr *e, Ctx ctx, bool allowStarred) {
  switch (e->kind) {
  case Kind::Name: as<Name>(e)->ctx = ctx; return;
  case Kind::Attribute: as<Attribute>(e)->ctx = ctx; return;
  case Kind::Subscript: as<Subscript>(e)->ctx = ctx; return;
  case Kind::Starred:
    if (ctx == Ctx::Del)
      fail(e->range.begin, DiagId::CannotDelete, "starred");
    if (!allowStarred)
      fail(e->range.begin, DiagId::StarredAssignTarget);
    as<Starred>(e)->ctx = ctx;
    setContext(as<Starred>(e)->value, ctx);
    return;
  case Kind::Tuple:
  case Kind::List: {
    auto *s = as<Sequence>(e);
    s->ctx = ctx;
    for (Expr *elt : s->elts)
      setContext(elt, ctx, true);
    return;
  }
  case Kind::Cast:
  case Kind::AddressOf:
    if (cython()) // `<T*>p = ...`-style targets are checked by sema
      return;
    [[fallthrough]];
  default: fail(e->range.begin, ctx == Ctx::Del ? DiagId::CannotDelete : DiagId::CannotAssign, describe(e));
  }
}

} // namespace pyxc
