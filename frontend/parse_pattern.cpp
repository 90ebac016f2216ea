// Match-statement patterns (PEP 634), following CPython 3.11's grammar.
#include "frontend/parser_impl.h"

namespace pyxc {

using namespace ast;

// patterns: open_sequence_pattern | pattern
Pattern *Parser::parsePatterns() {
  SourceLoc begin = here();
  Pattern *first = at(Tok::Star) ? parseClosedPattern() : parsePattern();
  if (!at(Tok::Comma) && first->kind != Kind::MatchStar)
    return first;
  std::vector<Pattern *> items{first};
  while (accept(Tok::Comma)) {
    if (at(Tok::Colon) || at(Tok::KwIf))
      break;
    items.push_back(at(Tok::Star) ? parseClosedPattern() : parsePattern());
  }
  auto *seq = make<MatchSequence>(Kind::MatchSequence, begin);
  seq->patterns = list(items);
  return seq;
}

// pattern: or_pattern 'as' NAME | or_pattern
Pattern *Parser::parsePattern() {
  Nest nest(*this);
  SourceLoc begin = here();
  Pattern *p = parseOrPattern();
  if (!accept(Tok::KwAs))
    return p;
  if (atName("_"))
    fail(here(), DiagId::MatchPatternError, "cannot use '_' as a target");
  auto *as = make<MatchAs>(Kind::MatchAs, begin);
  as->pattern = p;
  as->name = expectIdentifier();
  as->range.end = prevEnd();
  return as;
}

Pattern *Parser::parseOrPattern() {
  SourceLoc begin = here();
  Pattern *first = parseClosedPattern();
  if (!at(Tok::VBar))
    return first;
  std::vector<Pattern *> alts{first};
  while (accept(Tok::VBar))
    alts.push_back(parseClosedPattern());
  auto *o = make<MatchSequence>(Kind::MatchOr, begin);
  o->patterns = list(alts);
  return o;
}

// signed_number, optionally `real +/- imaginary` (complex_number).
Expr *Parser::parseSignedNumber(bool allowComplex) {
  SourceLoc begin = here();
  Expr *num;
  if (accept(Tok::Minus)) {
    if (!at(Tok::Number))
      failSyntax();
    auto *u = make<UnaryOp>(Kind::UnaryOp, begin);
    u->op = UnaryOpKind::USub;
    u->operand = parseNumber(advance());
    u->range.end = prevEnd();
    num = u;
  } else {
    num = parseNumber(advance());
  }
  if (allowComplex && (at(Tok::Plus) || at(Tok::Minus))) {
    bool plus = advance().kind == Tok::Plus;
    if (!at(Tok::Number))
      failSyntax();
    auto *b = make<BinOp>(Kind::BinOp, begin);
    b->left = num;
    b->op = plus ? BinOpKind::Add : BinOpKind::Sub;
    b->right = parseNumber(advance());
    if (as<Constant>(b->right)->ck != ConstKind::Complex)
      fail(b->right->range.begin, DiagId::MatchPatternError, "imaginary number required in complex literal");
    b->range.end = prevEnd();
    return b;
  }
  return num;
}

// name_or_attr: NAME ('.' NAME)*
Expr *Parser::parsePatternAttr() {
  SourceLoc begin = here();
  Expr *e = parseNameAtom();
  while (accept(Tok::Dot)) {
    auto *a = make<Attribute>(Kind::Attribute, begin);
    a->value = e;
    a->attr = expectIdentifier();
    a->ctx = Ctx::Load;
    e = a;
  }
  return e;
}

Pattern *Parser::parseClosedPattern() {
  SourceLoc begin = here();
  auto value = [&](Expr *e) {
    auto *v = make<MatchValue>(Kind::MatchValue, begin);
    v->value = e;
    return v;
  };
  auto singleton = [&](ConstKind ck) {
    advance();
    auto *s = make<MatchSingleton>(Kind::MatchSingleton, begin);
    s->value = ck;
    return s;
  };
  switch (kind()) {
  case Tok::Star: {
    advance();
    auto *s = make<MatchStar>(Kind::MatchStar, begin);
    std::string_view name = expectIdentifier();
    if (name != "_")
      s->name = name;
    s->range.end = prevEnd();
    return s;
  }
  case Tok::Number:
  case Tok::Minus: return value(parseSignedNumber(true));
  case Tok::String: {
    Expr *s = parseStrings();
    if (s->kind == Kind::JoinedStr)
      fail(begin, DiagId::MatchPatternError, "patterns may only match literals and attribute lookups");
    return value(s);
  }
  case Tok::KwNone: return singleton(ConstKind::None);
  case Tok::KwTrue: return singleton(ConstKind::True);
  case Tok::KwFalse: return singleton(ConstKind::False);
  case Tok::LParen: {
    advance();
    if (accept(Tok::RParen)) {
      auto *seq = make<MatchSequence>(Kind::MatchSequence, begin);
      return seq;
    }
    Pattern *first = at(Tok::Star) ? parseClosedPattern() : parsePattern();
    if (accept(Tok::RParen) && first->kind != Kind::MatchStar)
      return first; // a group
    if (first->kind == Kind::MatchStar && at(Tok::RParen)) {
      advance();
      auto *seq = make<MatchSequence>(Kind::MatchSequence, begin);
      seq->patterns = list(std::vector<Pattern *>{first});
      return seq;
    }
    std::vector<Pattern *> items{first};
    expect(Tok::Comma);
    while (!at(Tok::RParen)) {
      items.push_back(at(Tok::Star) ? parseClosedPattern() : parsePattern());
      if (!accept(Tok::Comma))
        break;
    }
    expect(Tok::RParen);
    auto *seq = make<MatchSequence>(Kind::MatchSequence, begin);
    seq->patterns = list(items);
    return seq;
  }
  case Tok::LSquare: {
    advance();
    std::vector<Pattern *> items;
    while (!at(Tok::RSquare)) {
      items.push_back(at(Tok::Star) ? parseClosedPattern() : parsePattern());
      if (!accept(Tok::Comma))
        break;
    }
    expect(Tok::RSquare);
    auto *seq = make<MatchSequence>(Kind::MatchSequence, begin);
    seq->patterns = list(items);
    return seq;
  }
  case Tok::LBrace: return parseMappingPattern();
  case Tok::Name: {
    bool dotted = kind(1) == Tok::Dot;
    if (!dotted && kind(1) != Tok::LParen) {
      // capture or wildcard
      auto *as = make<MatchAs>(Kind::MatchAs, begin);
      std::string_view name = expectIdentifier();
      if (name != "_")
        as->name = name;
      as->range.end = prevEnd();
      return as;
    }
    Expr *attr = parsePatternAttr();
    if (accept(Tok::LParen))
      return parseClassPatternArgs(attr, begin);
    return value(attr);
  }
  default: checkLexError(); failSyntax();
  }
}

Pattern *Parser::parseMappingPattern() {
  SourceLoc begin = here();
  expect(Tok::LBrace);
  auto *m = make<MatchMapping>(Kind::MatchMapping, begin);
  std::vector<Expr *> keys;
  std::vector<Pattern *> patterns;
  while (!at(Tok::RBrace)) {
    if (accept(Tok::DoubleStar)) {
      m->rest = expectIdentifier();
      accept(Tok::Comma);
      break;
    }
    Expr *key;
    switch (kind()) {
    case Tok::Number:
    case Tok::Minus: key = parseSignedNumber(true); break;
    case Tok::String: key = parseStrings(); break;
    case Tok::KwNone:
    case Tok::KwTrue:
    case Tok::KwFalse: key = parseAtom(); break;
    case Tok::Name:
      if (kind(1) != Tok::Dot)
        failSyntax();
      key = parsePatternAttr();
      break;
    default: checkLexError(); failSyntax();
    }
    keys.push_back(key);
    expect(Tok::Colon);
    patterns.push_back(parsePattern());
    if (!accept(Tok::Comma))
      break;
  }
  expect(Tok::RBrace);
  m->keys = list(keys);
  m->patterns = list(patterns);
  m->range.end = prevEnd();
  return m;
}

Pattern *Parser::parseClassPatternArgs(Expr *cls, SourceLoc begin) {
  auto *c = make<MatchClass>(Kind::MatchClass, begin);
  c->cls = cls;
  std::vector<Pattern *> positional, kwdPatterns;
  std::vector<std::string_view> kwdAttrs;
  while (!at(Tok::RParen)) {
    if (at(Tok::Name) && kind(1) == Tok::Equal) {
      kwdAttrs.push_back(expectIdentifier());
      advance();
      kwdPatterns.push_back(parsePattern());
    } else {
      if (!kwdAttrs.empty())
        fail(here(), DiagId::MatchPatternError, "positional patterns follow keyword patterns");
      positional.push_back(parsePattern());
    }
    if (!accept(Tok::Comma))
      break;
  }
  expect(Tok::RParen);
  c->patterns = list(positional);
  c->kwdAttrs = list(kwdAttrs);
  c->kwdPatterns = list(kwdPatterns);
  c->range.end = prevEnd();
  return c;
}

} // namespace pyxc
