// Statements: simple statements, compound statements, blocks.
#include "frontend/parser_impl.h"

namespace pyxc {

using namespace ast;

std::vector<Stmt *> Parser::parseStatementsUntil(Tok end) {
  std::vector<Stmt *> body;
  while (!at(end) && !at(Tok::EndMarker)) {
    checkLexError();
    if (end == Tok::EndMarker && accept(Tok::Dedent))
      continue; // left over from recovering inside a block
    try {
      parseStatement(body);
    } catch (ParseAbort &abort) {
      if (abort.fatal)
        throw;
      skipToNextStatement();
    }
  }
  return body;
}

void Parser::parseStatement(std::vector<Stmt *> &out) {
  Nest nest(*this);
  if (at(Tok::Indent)) {
    // Report it and skip the whole indented block.
    diags_.report(DiagId::UnexpectedIndent, file_, here());
    int depth = 0;
    do {
      checkLexError();
      depth += at(Tok::Indent) ? 1 : at(Tok::Dedent) ? -1 : 0;
      ++pos_;
    } while (depth > 0 && !at(Tok::EndMarker));
    return;
  }
  if (cython() && atCythonStatement()) {
    out.push_back(parseCythonStatement({}));
    return;
  }
  if (!cython() && at(Tok::Name) && kind(1) == Tok::Name) {
    std::string_view w = spelling(tok());
    if (w == "cdef" || w == "cpdef" || w == "ctypedef" || w == "cimport")
      fail(here(), DiagId::CythonOnly, w);
  }
  if (Stmt *s = parseCompound()) {
    out.push_back(s);
    return;
  }
  parseSimpleStatements(out);
}

// `;` before the end of the line: Cython warns that it is useless.
bool Parser::acceptTrailingSemicolon() {
  if (!at(Tok::Semi) || kind(1) != Tok::Newline)
    return false;
  if (cython())
    diags_.report(DiagId::UselessSemicolon, file_, here());
  advance();
  return true;
}

void Parser::parseSimpleStatements(std::vector<Stmt *> &out) {
  out.push_back(parseSimpleStatement());
  while (!acceptTrailingSemicolon() && accept(Tok::Semi))
    out.push_back(parseSimpleStatement());
  if (!accept(Tok::Newline)) {
    checkLexError();
    failSyntax();
  }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
List<Stmt> Parser::parseBlock(std::string_view after) {
  std::vector<Stmt *> body;
  if (accept(Tok::Newline)) {
    if (!at(Tok::Indent)) {
      checkLexError();
      fail(here(), DiagId::ExpectedIndent, after);
    }
    advance();
    body = parseStatementsUntil(Tok::Dedent);
    expect(Tok::Dedent);
  } else {
    parseSimpleStatements(body);
  }
  return list(body);
}

static std::string blockOwner(std::string_view what, const SourceFile &file, SourceLoc loc) {
  return fmt::format("{} on line {}", what, file.lineCol(loc).line);
}

Stmt *Parser::parseCompound() {
  SourceLoc begin = here();
  switch (kind()) {
  case Tok::KwIf: advance(); return parseIf(begin);
  case Tok::KwWhile: return parseWhile();
  case Tok::KwFor: advance(); return parseFor(begin, false);
  case Tok::KwTry: return parseTry();
  case Tok::KwWith: advance(); return parseWith(begin, false);
  case Tok::KwDef: return parseFunctionDef(begin, {}, false);
  case Tok::KwClass: return parseClassDef(begin, {});
  case Tok::At: return parseDecorated();
  case Tok::KwAsync:
    if (kind(1) == Tok::KwDef)
      return parseFunctionDef(begin, {}, true);
    if (kind(1) == Tok::KwFor) {
      pos_ += 2;
      return parseFor(begin, true);
    }
    if (kind(1) == Tok::KwWith) {
      pos_ += 2;
      return parseWith(begin, true);
    }
    failSyntax();
  case Tok::Name:
    if (atName("match") && kind(1) != Tok::Newline && kind(1) != Tok::Equal && kind(1) != Tok::Dot)
      return parseMatch();
    return nullptr;
  default: return nullptr;
  }
}

Stmt *Parser::parseIf(SourceLoc begin) {
  auto *s = make<If>(Kind::If, begin);
  s->test = parseNamedExpression();
  expect(Tok::Colon);
  s->body = parseBlock(blockOwner("'if' statement", file_, begin));
  SourceLoc elifAt = here();
  if (accept(Tok::KwElif)) {
    std::vector<Stmt *> orelse{parseIf(elifAt)};
    s->orelse = list(orelse);
  } else if (at(Tok::KwElse)) {
    SourceLoc elseAt = here();
    advance();
    expect(Tok::Colon);
    s->orelse = parseBlock(blockOwner("'else' statement", file_, elseAt));
  }
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseWhile() {
  SourceLoc begin = here();
  advance();
  auto *s = make<While>(Kind::While, begin);
  s->test = parseNamedExpression();
  expect(Tok::Colon);
  s->body = parseBlock(blockOwner("'while' statement", file_, begin));
  if (at(Tok::KwElse)) {
    SourceLoc elseAt = here();
    advance();
    expect(Tok::Colon);
    s->orelse = parseBlock(blockOwner("'else' statement", file_, elseAt));
  }
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseFor(SourceLoc begin, bool isAsync) {
  Expr *target = parseTargetList(true);
  if (cython() && !isAsync &&
      (at(Tok::KwFrom) || at(Tok::Less) || at(Tok::LessEqual) || at(Tok::Greater) || at(Tok::GreaterEqual)))
    return parseForFrom(begin, target);
  setContext(target, Ctx::Store);
  expect(Tok::KwIn);
  auto *s = make<For>(isAsync ? Kind::AsyncFor : Kind::For, begin);
  s->target = target;
  s->iter = parseStarExpressions();
  expect(Tok::Colon);
  s->body = parseBlock(blockOwner("'for' statement", file_, begin));
  if (at(Tok::KwElse)) {
    SourceLoc elseAt = here();
    advance();
    expect(Tok::Colon);
    s->orelse = parseBlock(blockOwner("'else' statement", file_, elseAt));
  }
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseTry() {
  SourceLoc begin = here();
  advance();
  expect(Tok::Colon);
  auto *s = make<Try>(Kind::Try, begin);
  s->body = parseBlock(blockOwner("'try' statement", file_, begin));
  std::vector<ExceptHandler *> handlers;
  bool sawBare = false, sawStar = false, sawPlain = false;
  while (at(Tok::KwExcept)) {
    SourceLoc at0 = here();
    advance();
    if (sawBare)
      fail(at0, DiagId::BareExceptNotLast);
    bool star = accept(Tok::Star);
    (star ? sawStar : sawPlain) = true;
    if (sawStar && sawPlain)
      fail(at0, DiagId::MixedExceptStar);
    auto *h = make<ExceptHandler>(Kind::ExceptHandler, at0);
    if (!at(Tok::Colon)) {
      h->type = parseExpression();
      if (cython() && !star && accept(Tok::Comma)) {
        h->legacyTarget = parseTargetList(false);
        setContext(h->legacyTarget, Ctx::Store);
        if (h->legacyTarget->kind == Kind::Name)
          h->name = as<Name>(h->legacyTarget)->id;
      } else if (at(Tok::Comma)) {
        fail(h->range.begin, DiagId::Expected, "'except' types to be parenthesized");
      }
      if (accept(Tok::KwAs))
        h->name = expectIdentifier();
    } else if (star) {
      fail(here(), DiagId::ExceptStarEmpty);
    } else {
      sawBare = true;
    }
    expect(Tok::Colon);
    h->body = parseBlock(blockOwner(star ? "'except*' statement" : "'except' statement", file_, at0));
    h->range.end = prevEnd();
    handlers.push_back(h);
  }
  s->handlers = list(handlers);
  if (at(Tok::KwElse) && !handlers.empty()) {
    SourceLoc elseAt = here();
    advance();
    expect(Tok::Colon);
    s->orelse = parseBlock(blockOwner("'else' statement", file_, elseAt));
  }
  if (at(Tok::KwFinally)) {
    SourceLoc finAt = here();
    advance();
    expect(Tok::Colon);
    s->finalbody = parseBlock(blockOwner("'finally' statement", file_, finAt));
  }
  if (handlers.empty() && s->finalbody.empty()) {
    checkLexError();
    fail(here(), DiagId::TryWithoutHandler);
  }
  if (sawStar)
    s->kind = Kind::TryStar;
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseWith(SourceLoc begin, bool isAsync) {
  if (cython() && !isAsync && (atName("nogil") || atName("gil")) && (kind(1) == Tok::Colon || kind(1) == Tok::LParen)) {
    auto *g = make<GilBlock>(Kind::GilBlock, begin);
    g->nogil = atName("nogil");
    advance();
    if (accept(Tok::LParen)) {
      g->condition = parseExpression();
      expect(Tok::RParen);
    }
    expect(Tok::Colon);
    g->body = parseBlock(blockOwner("'with' statement", file_, begin));
    g->range.end = prevEnd();
    return g;
  }
  auto parseItem = [&]() {
    auto *item = make<WithItem>(Kind::WithItem, here());
    item->contextExpr = parseExpression();
    if (accept(Tok::KwAs)) {
      item->optionalVars = parseTargetList(false);
      setContext(item->optionalVars, Ctx::Store);
      if (!at(Tok::Comma) && !at(Tok::RParen) && !at(Tok::Colon))
        failSyntax();
    }
    item->range.end = prevEnd();
    return item;
  };
  std::vector<WithItem *> items;
  bool parenthesised = at(Tok::LParen) && speculate([&] {
                         items.clear();
                         advance();
                         do {
                           if (at(Tok::RParen))
                             break;
                           items.push_back(parseItem());
                         } while (accept(Tok::Comma));
                         expect(Tok::RParen);
                         if (!at(Tok::Colon))
                           failSyntax();
                       });
  if (!parenthesised) {
    items.clear();
    do
      items.push_back(parseItem());
    while (accept(Tok::Comma));
  }
  expect(Tok::Colon);
  auto *s = make<With>(isAsync ? Kind::AsyncWith : Kind::With, begin);
  s->items = list(items);
  s->body = parseBlock(blockOwner("'with' statement", file_, begin));
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseDecorated() {
  SourceLoc begin = here();
  std::vector<Expr *> decorators;
  while (accept(Tok::At)) {
    decorators.push_back(parseNamedExpression());
    expect(Tok::Newline);
  }
  if (at(Tok::KwDef))
    return parseFunctionDef(begin, std::move(decorators), false);
  if (at(Tok::KwAsync) && kind(1) == Tok::KwDef)
    return parseFunctionDef(begin, std::move(decorators), true);
  if (at(Tok::KwClass))
    return parseClassDef(begin, std::move(decorators));
  if (cython() && atCythonStatement())
    return parseCythonStatement(std::move(decorators));
  checkLexError();
  failSyntax();
}

Stmt *Parser::parseFunctionDef(SourceLoc begin, std::vector<Expr *> decorators, bool isAsync) {
  SourceLoc defAt = here();
  if (isAsync)
    advance();
  expect(Tok::KwDef);
  auto *s = make<FunctionDef>(isAsync ? Kind::AsyncFunctionDef : Kind::FunctionDef, begin);
  s->name = expectIdentifier();
  s->decorators = list(decorators);
  expect(Tok::LParen);
  s->args = parseParameters(Tok::RParen, true);
  if (accept(Tok::RArrow))
    s->returns = parseExpression();
  if (cython() && (atName("except") || at(Tok::KwExcept) || atName("noexcept") || atName("nogil"))) {
    // Cython accepts (and ignores) C modifiers on def functions in .pxd-style
    // declarations; keep parsing so the body is checked.
    auto *fn = arena_.make<CTypeFunction>();
    parseFunctionModifiers(fn);
  }
  expect(Tok::Colon);
  s->body = parseBlock(blockOwner("function definition", file_, defAt));
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseClassDef(SourceLoc begin, std::vector<Expr *> decorators) {
  SourceLoc classAt = here();
  expect(Tok::KwClass);
  auto *s = make<ClassDef>(Kind::ClassDef, begin);
  s->name = expectIdentifier();
  s->decorators = list(decorators);
  if (accept(Tok::LParen)) {
    std::vector<Expr *> args;
    std::vector<Keyword *> keywords;
    parseCallArguments(Tok::RParen, args, keywords);
    s->bases = list(args);
    s->keywords = list(keywords);
  }
  expect(Tok::Colon);
  bool saved = inCClass_;
  inCClass_ = false;
  s->body = parseBlock(blockOwner("class definition", file_, classAt));
  inCClass_ = saved;
  s->range.end = prevEnd();
  return s;
}

// parameters / lambda_parameters, up to and including `close`.
Arguments *Parser::parseParameters(Tok close, bool annotations) {
  auto *a = make<Arguments>(Kind::Arguments, here());
  std::vector<Arg *> posonly, args, kwonly;
  std::vector<Expr *> defaults, kwDefaults;
  bool seenSlash = false, seenStar = false, seenDefault = false;
  while (!at(close)) {
    SourceLoc at0 = here();
    if (accept(Tok::Slash)) {
      if (seenSlash)
        fail(at0, DiagId::DuplicateSlashArg);
      if (seenStar)
        fail(at0, DiagId::SlashAfterStar);
      if (args.empty())
        fail(at0, DiagId::AtLeastOneBeforeSlash);
      posonly = std::move(args);
      args.clear();
      seenSlash = true;
    } else if (accept(Tok::Star)) {
      if (seenStar)
        fail(at0, DiagId::DuplicateStarArg);
      seenStar = true;
      if (!at(Tok::Comma) && !at(close))
        a->vararg = parseParam(annotations, true);
      if (at(Tok::Equal))
        fail(here(), DiagId::DefaultOnStar);
    } else if (accept(Tok::DoubleStar)) {
      a->kwarg = parseParam(annotations, false);
      if (at(Tok::Equal))
        fail(here(), DiagId::DefaultOnKwargs);
      accept(Tok::Comma);
      if (!at(close))
        fail(here(), DiagId::ArgAfterKwargs);
      break;
    } else {
      Arg *p = cython() ? parseCythonDefParam(annotations) : parseParam(annotations, false);
      Expr *dflt = nullptr;
      if (accept(Tok::Equal))
        dflt = parseExpression();
      if (seenStar) {
        kwonly.push_back(p);
        kwDefaults.push_back(dflt);
      } else {
        args.push_back(p);
        if (dflt) {
          defaults.push_back(dflt);
          seenDefault = true;
        } else if (seenDefault) {
          fail(p->range.begin, DiagId::NonDefaultAfterDefault);
        }
      }
    }
    if (!accept(Tok::Comma))
      break;
  }
  if (seenStar && !a->vararg && kwonly.empty())
    fail(here(), DiagId::NamedArgsAfterStar);
  expect(close);
  a->posonlyargs = list(posonly);
  a->args = list(args);
  a->kwonlyargs = list(kwonly);
  a->kwDefaults = list(kwDefaults);
  a->defaults = list(defaults);
  a->range.end = prevEnd();
  return a;
}

Arg *Parser::parseParam(bool annotations, bool allowStarAnnotation) {
  auto *p = make<Arg>(Kind::Arg, here());
  p->arg = expectIdentifier();
  if (annotations && accept(Tok::Colon)) {
    if (allowStarAnnotation && at(Tok::Star)) {
      SourceLoc starAt = here();
      advance();
      auto *st = make<Starred>(Kind::Starred, starAt);
      st->value = parseExpression();
      st->ctx = Ctx::Load;
      st->range.end = prevEnd();
      p->annotation = st;
    } else {
      p->annotation = parseExpression();
    }
  }
  p->range.end = prevEnd();
  return p;
}

Stmt *Parser::parseSimpleStatement() {
  SourceLoc begin = here();
  switch (kind()) {
  case Tok::KwPass: advance(); return make<Stmt>(Kind::Pass, begin);
  case Tok::KwBreak: advance(); return make<Stmt>(Kind::Break, begin);
  case Tok::KwContinue: advance(); return make<Stmt>(Kind::Continue, begin);
  case Tok::KwReturn: {
    advance();
    auto *s = make<Return>(Kind::Return, begin);
    if (!at(Tok::Newline) && !at(Tok::Semi)) {
      s->value = parseStarExpressions();
      if (s->value->kind == Kind::Starred)
        fail(s->value->range.begin, DiagId::StarredNotAllowed);
    }
    s->range.end = prevEnd();
    return s;
  }
  case Tok::KwRaise: {
    advance();
    auto *s = make<Raise>(Kind::Raise, begin);
    if (!at(Tok::Newline) && !at(Tok::Semi)) {
      s->exc = parseExpression();
      if (accept(Tok::KwFrom)) {
        s->cause = parseExpression();
      } else if (cython() && accept(Tok::Comma)) {
        s->legacyValue = parseExpression();
        if (accept(Tok::Comma))
          s->legacyTraceback = parseExpression();
      }
    }
    s->range.end = prevEnd();
    return s;
  }
  case Tok::KwGlobal:
  case Tok::KwNonlocal: {
    bool global = kind() == Tok::KwGlobal;
    advance();
    auto *s = make<Global>(global ? Kind::Global : Kind::Nonlocal, begin);
    std::vector<std::string_view> names;
    do
      names.push_back(expectIdentifier());
    while (accept(Tok::Comma));
    s->names = list(names);
    s->range.end = prevEnd();
    return s;
  }
  case Tok::KwDel: {
    advance();
    auto *s = make<Delete>(Kind::Delete, begin);
    std::vector<Expr *> targets;
    do {
      if (at(Tok::Newline) || at(Tok::Semi))
        break;
      Expr *t = parseBitwiseOr();
      setContext(t, Ctx::Del);
      targets.push_back(t);
    } while (accept(Tok::Comma));
    if (targets.empty())
      failSyntax();
    s->targets = list(targets);
    s->range.end = prevEnd();
    return s;
  }
  case Tok::KwAssert: {
    advance();
    auto *s = make<Assert>(Kind::Assert, begin);
    s->test = parseExpression();
    if (accept(Tok::Comma))
      s->msg = parseExpression();
    s->range.end = prevEnd();
    return s;
  }
  case Tok::KwImport: return parseImport();
  case Tok::KwFrom: return parseFromImport();
  case Tok::Name:
    if (languageLevel2_ && atName("print") && kind(1) != Tok::Equal && kind(1) != Tok::Dot)
      return parsePrint();
    return parseExpressionStatement();
  default: return parseExpressionStatement();
  }
}

static bool augmentedOp(Tok t, BinOpKind &op) {
  switch (t) {
#define BINARY_OPERATOR(Name, Symbol, Precedence, AugmentedToken)                                                     \
  case Tok::AugmentedToken: op = BinOpKind::Name; return true;
#include "frontend/operators.def"
#undef BINARY_OPERATOR
  default: return false;
  }
}

Stmt *Parser::parseExpressionStatement() {
  SourceLoc begin = here();
  bool parenthesised = at(Tok::LParen);
  Expr *first = parseStarExpressionsOrYield();
  if (at(Tok::Colon)) {
    // annotated assignment
    if (first->kind == Kind::Tuple)
      fail(first->range.begin, DiagId::OnlySingleAnnTarget, "tuple");
    if (first->kind == Kind::List)
      fail(first->range.begin, DiagId::OnlySingleAnnTarget, "list");
    if (first->kind != Kind::Name && first->kind != Kind::Attribute && first->kind != Kind::Subscript)
      fail(first->range.begin, DiagId::IllegalAnnTarget);
    advance();
    auto *s = make<AnnAssign>(Kind::AnnAssign, begin);
    setContext(first, Ctx::Store);
    s->target = first;
    s->simple = first->kind == Kind::Name && !parenthesised;
    s->annotation = parseExpression();
    if (accept(Tok::Equal))
      s->value = parseStarExpressionsOrYield();
    s->range.end = prevEnd();
    return s;
  }
  BinOpKind op;
  if (augmentedOp(kind(), op)) {
    if (first->kind != Kind::Name && first->kind != Kind::Attribute && first->kind != Kind::Subscript)
      fail(first->range.begin, DiagId::IllegalAugTarget, describe(first));
    advance();
    auto *s = make<AugAssign>(Kind::AugAssign, begin);
    setContext(first, Ctx::Store);
    s->target = first;
    s->op = op;
    s->value = parseStarExpressionsOrYield();
    s->range.end = prevEnd();
    return s;
  }
  if (at(Tok::Equal)) {
    std::vector<Expr *> targets{first};
    while (accept(Tok::Equal))
      targets.push_back(parseStarExpressionsOrYield());
    Expr *value = targets.back();
    targets.pop_back();
    if (value->kind == Kind::Starred)
      fail(value->range.begin, DiagId::StarredNotAllowed);
    for (Expr *t : targets)
      setContext(t, Ctx::Store);
    auto *s = make<Assign>(Kind::Assign, begin);
    s->targets = list(targets);
    s->value = value;
    return s;
  }
  if (first->kind == Kind::Starred)
    fail(first->range.begin, DiagId::StarredNotAllowed);
  if (!cython() && first->kind == Kind::Name && (at(Tok::Name) || at(Tok::Number) || at(Tok::String))) {
    std::string_view id = as<Name>(first)->id;
    if (id == "print" || id == "exec")
      fail(first->range.begin, DiagId::MissingPrintParens, id, id);
  }
  auto *s = make<ExprStmt>(Kind::ExprStmt, begin);
  s->value = first;
  return s;
}

static std::string_view joinDotted(Parser &p, std::vector<std::string_view> &parts) {
  if (parts.size() == 1)
    return parts[0];
  std::string joined;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i)
      joined += '.';
    joined += parts[i];
  }
  return p.arena_.str(joined);
}

Stmt *Parser::parseImport() {
  SourceLoc begin = here();
  advance();
  auto *s = make<Import>(Kind::Import, begin);
  std::vector<Alias *> names;
  do {
    auto *a = make<Alias>(Kind::Alias, here());
    std::vector<std::string_view> parts{expectIdentifier()};
    while (accept(Tok::Dot))
      parts.push_back(expectIdentifier());
    a->name = joinDotted(*this, parts);
    if (accept(Tok::KwAs))
      a->asname = expectIdentifier();
    a->range.end = prevEnd();
    names.push_back(a);
  } while (accept(Tok::Comma));
  s->names = list(names);
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseFromImport() {
  SourceLoc begin = here();
  advance();
  int level = 0;
  while (at(Tok::Dot) || at(Tok::Ellipsis))
    level += advance().kind == Tok::Dot ? 1 : 3;
  std::string_view module;
  if (at(Tok::Name) && !(cython() && atName("cimport"))) {
    std::vector<std::string_view> parts{expectIdentifier()};
    while (accept(Tok::Dot))
      parts.push_back(expectIdentifier());
    module = joinDotted(*this, parts);
  } else if (level == 0) {
    checkLexError();
    failSyntax();
  }
  if (cython() && acceptName("cimport"))
    return parseFromCImport(begin, level, module);
  expect(Tok::KwImport);
  auto *s = make<ImportFrom>(Kind::ImportFrom, begin);
  s->module = module;
  s->level = level;
  std::vector<Alias *> names;
  if (at(Tok::Star)) {
    auto *a = make<Alias>(Kind::Alias, here());
    advance();
    a->name = "*";
    a->range.end = prevEnd();
    names.push_back(a);
  } else {
    bool parens = accept(Tok::LParen);
    do {
      if (parens && at(Tok::RParen))
        break;
      if (!parens && (at(Tok::Newline) || at(Tok::Semi)))
        fail(here(), DiagId::ImportStarParens);
      auto *a = make<Alias>(Kind::Alias, here());
      a->name = expectIdentifier();
      if (accept(Tok::KwAs))
        a->asname = expectIdentifier();
      a->range.end = prevEnd();
      names.push_back(a);
    } while (accept(Tok::Comma));
    if (names.empty())
      failSyntax();
    if (parens)
      expect(Tok::RParen);
  }
  s->names = list(names);
  s->range.end = prevEnd();
  return s;
}

// print_stmt (Python 2): 'print' ['>>' expr] [expr (',' expr)* [',']]
// Python 2's `print [>>dest,] a, b[,]` (language_level=2), parsed as the
// call Cython makes of it: print(a, b[, end=' '][, file=dest]) of the
// builtin. The trailing comma's space is what Cython writes too.
Stmt *Parser::parsePrint() {
  SourceLoc begin = here();
  Expr *callee = parseAtom(); // `print`, a Name
  setContext(callee, Ctx::Load);
  auto *call = make<Call>(Kind::Call, begin);
  call->func = callee;
  std::vector<Expr *> values;
  std::vector<Keyword *> keywords;
  auto keyword = [&](std::string_view name, Expr *value) {
    auto *k = make<Keyword>(Kind::Keyword, value->range.begin);
    k->arg = name;
    k->value = value;
    k->range.end = value->range.end;
    keywords.push_back(k);
  };
  Expr *dest = nullptr;
  bool newline = true;
  if (accept(Tok::RightShift)) {
    dest = parseExpression();
    if (!accept(Tok::Comma))
      goto done;
  }
  while (!at(Tok::Newline) && !at(Tok::Semi)) {
    values.push_back(parseExpression());
    newline = true;
    if (!accept(Tok::Comma))
      break;
    newline = false;
  }
  if (!newline) {
    auto *space = make<Constant>(Kind::Constant, prevEnd());
    space->ck = ConstKind::Str;
    space->value = " ";
    space->range.end = prevEnd();
    keyword("end", space);
  }
done:
  if (dest)
    keyword("file", dest);
  call->args = list(values);
  call->keywords = list(keywords);
  call->range.end = prevEnd();
  auto *s = make<ExprStmt>(Kind::ExprStmt, begin);
  s->value = call;
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseMatch() {
  SourceLoc begin = here();
  Expr *subject = nullptr;
  bool isMatch = speculate([&] {
    advance(); // 'match'
    Expr *first = parseStarNamedExpression();
    if (at(Tok::Comma)) {
      std::vector<Expr *> elts{first};
      while (accept(Tok::Comma)) {
        if (at(Tok::Colon))
          break;
        elts.push_back(parseStarNamedExpression());
      }
      subject = makeTuple(std::move(elts), first->range.begin);
    } else {
      if (first->kind == Kind::Starred)
        failSyntax();
      subject = first;
    }
    expect(Tok::Colon);
    expect(Tok::Newline);
    expect(Tok::Indent);
    if (!atName("case"))
      failSyntax();
  });
  if (!isMatch)
    return nullptr;
  auto *s = make<Match>(Kind::Match, begin);
  s->subject = subject;
  std::vector<MatchCase *> cases;
  while (atName("case")) {
    SourceLoc caseAt = here();
    advance();
    auto *c = make<MatchCase>(Kind::MatchCase, caseAt);
    c->pattern = parsePatterns();
    if (accept(Tok::KwIf))
      c->guard = parseNamedExpression();
    expect(Tok::Colon);
    c->body = parseBlock(blockOwner("'case' statement", file_, caseAt));
    c->range.end = prevEnd();
    cases.push_back(c);
  }
  expect(Tok::Dedent);
  s->cases = list(cases);
  s->range.end = prevEnd();
  return s;
}

} // namespace pyxc
