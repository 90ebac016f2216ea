// Cython's statements: cdef/cpdef declarations and functions, cdef classes,
// structs, unions, enums, ctypedef, fused types, extern blocks, C++ classes,
// cimport, include, DEF/IF, and `for ... from`.
#include "frontend/parser_impl.h"

namespace pyxc {

using namespace ast;

bool Parser::atCythonStatement() const {
  if (!at(Tok::Name))
    return false;
  std::string_view w = spelling(tok());
  Tok next = kind(1);
  if (w == "cdef" || w == "cpdef" || w == "ctypedef")
    return next == Tok::Name || next == Tok::Colon || next == Tok::KwClass || next == Tok::LParen;
  if (w == "cimport")
    return next == Tok::Name;
  if (w == "include")
    return next == Tok::String;
  if (w == "DEF")
    return next == Tok::Name && kind(2) == Tok::Equal;
  if (w == "IF") {
    if (next == Tok::LParen || next == Tok::LSquare) {
      // `IF (a - b) // 2 == 3:` or a call `IF(x)`: a compile-time IF ends
      // its line with the colon (an annotated call is no valid target).
      size_t i = 1;
      while (kind(i + 1) != Tok::Newline && kind(i + 1) != Tok::EndMarker)
        ++i;
      return kind(i) == Tok::Colon;
    }
    return next != Tok::Equal && next != Tok::Dot && next != Tok::Newline && next != Tok::Comma;
  }
  if (inCClass_ && w == "property")
    return next == Tok::Name && kind(2) == Tok::Colon;
  return false;
}

static void endStatement(Parser &p) {
  p.acceptTrailingSemicolon(); // `ctypedef int x;` — C habits Cython tolerates, with a warning
  if (!p.accept(Tok::Newline)) {
    p.checkLexError();
    p.failSyntax();
  }
}

Stmt *Parser::parseCythonStatement(std::vector<Expr *> decorators) {
  SourceLoc begin = here();
  if (acceptName("cdef"))
    return parseCdef(begin, std::move(decorators), false);
  if (acceptName("cpdef"))
    return parseCdef(begin, std::move(decorators), true);
  if (atName("ctypedef"))
    return parseCtypedef();
  if (atName("cimport"))
    return parseCImport();
  if (acceptName("include")) {
    auto *inc = make<Include>(Kind::Include, begin);
    std::string_view s = spelling(advance());
    size_t q = s.find_first_of("'\"");
    inc->path = s.substr(q + 1, s.size() - q - 2);
    inc->range.end = prevEnd();
    endStatement(*this);
    return inc;
  }
  if (acceptName("DEF")) {
    diags_.report(DiagId::DeprecatedDefIf, file_, begin, "DEF");
    auto *d = make<CompileTimeDef>(Kind::CompileTimeDef, begin);
    d->name = expectIdentifier();
    expect(Tok::Equal);
    d->value = parseExpression();
    d->range.end = prevEnd();
    endStatement(*this);
    return d;
  }
  if (atName("IF")) {
    diags_.report(DiagId::DeprecatedDefIf, file_, begin, "IF");
    return parseCompileTimeIf();
  }
  if (acceptName("property")) {
    auto *p = make<CPropertyDef>(Kind::CPropertyDef, begin);
    p->name = expectIdentifier();
    expect(Tok::Colon);
    p->body = parseBlock("property definition");
    p->range.end = prevEnd();
    return p;
  }
  failSyntax();
}

Stmt *Parser::parseCompileTimeIf() {
  SourceLoc begin = here();
  advance(); // IF / ELIF
  auto *s = make<CompileTimeIf>(Kind::CompileTimeIf, begin);
  s->test = parseExpression();
  expect(Tok::Colon);
  s->body = parseBlock("'IF' statement");
  if (atName("ELIF")) {
    std::vector<Stmt *> orelse{parseCompileTimeIf()};
    s->orelse = list(orelse);
  } else if (atName("ELSE") && kind(1) == Tok::Colon) {
    pos_ += 2;
    s->orelse = parseBlock("'ELSE' statement");
  }
  s->range.end = prevEnd();
  return s;
}

// After `cdef` / `cpdef`.
Stmt *Parser::parseCdef(SourceLoc begin, std::vector<Expr *> decorators, bool isCpdef) {
  Visibility vis = Visibility::Private;
  bool api = false;
  while (true) {
    if (acceptName("public"))
      vis = Visibility::Public;
    else if (acceptName("readonly"))
      vis = Visibility::Readonly;
    else if (acceptName("api"))
      api = true;
    else if (atName("extern"))
      return parseExtern(begin);
    else
      break;
  }
  if (at(Tok::Colon)) {
    // `cdef:` / `cdef public:` — a block of declarations sharing the modifiers.
    advance();
    auto *block = make<CDeclBlock>(Kind::CDeclBlock, begin);
    expect(Tok::Newline);
    expect(Tok::Indent);
    std::vector<Stmt *> body;
    while (!at(Tok::Dedent) && !at(Tok::EndMarker)) {
      checkLexError();
      if (accept(Tok::KwPass)) {
        endStatement(*this);
        continue;
      }
      SourceLoc at0 = here();
      if (atName("ctypedef"))
        body.push_back(parseCtypedef());
      else
        body.push_back(parseCdefBody(at0, {}, isCpdef, vis, api));
    }
    expect(Tok::Dedent);
    block->body = list(body);
    block->range.end = prevEnd();
    return block;
  }
  return parseCdefBody(begin, std::move(decorators), isCpdef, vis, api);
}

// What may follow `cdef [modifiers]`: a class, struct, union, enum, C++
// class, or variables/functions of a C type.
Stmt *Parser::parseCdefBody(SourceLoc begin, std::vector<Expr *> decorators, bool isCpdef, Visibility vis, bool api) {
  bool isInline = false, packed = false, isStatic = false;
  while (true) {
    if (acceptName("public"))
      vis = Visibility::Public;
    else if (acceptName("readonly"))
      vis = Visibility::Readonly;
    else if (acceptName("api"))
      api = true;
    else if (acceptName("inline"))
      isInline = true;
    else if (atName("packed") && atName("struct", 1))
      packed = (advance(), true);
    else if (atName("static") && kind(1) == Tok::Name)
      isStatic = (advance(), true);
    else
      break;
  }
  if (at(Tok::KwClass)) {
    advance();
    return parseCClass(begin, std::move(decorators), vis, api);
  }
  if (atName("struct") && kind(1) == Tok::Name) {
    advance();
    return parseStructOrUnion(begin, false, packed, vis, false);
  }
  if (atName("union") && kind(1) == Tok::Name) {
    advance();
    return parseStructOrUnion(begin, true, false, vis, false);
  }
  if (atName("enum") && (kind(1) == Tok::Name || kind(1) == Tok::Colon || kind(1) == Tok::KwClass)) {
    advance();
    return parseEnum(begin, isCpdef, vis, false);
  }
  if (atName("cppclass")) {
    advance();
    return parseCppClass(begin);
  }
  if (atName("fused") && kind(1) == Tok::Name) {
    advance();
    return parseFused(begin);
  }
  CType *base = parseBaseType(true);
  Stmt *s = parseDeclarationRest(begin, base, std::move(decorators), isCpdef, vis, api, isInline);
  if (s->kind == Kind::CFunctionDef)
    as<CFunctionDef>(s)->isStatic = isStatic;
  return s;
}

// Cython's fix-up for definitions (CArgDeclNode.analyse with nonempty): an
// argument written as a lone name is that name with an object type.
static void nameUntypedArgs(CTypeFunction *fn) {
  for (CArg *a : fn->args) {
    if (!a->name.empty() || !a->type || a->type->kind != Kind::CTypeName)
      continue;
    auto *t = as<CTypeName>(a->type);
    if (!t->module.empty() || t->complex)
      continue;
    a->name = t->name;
    a->type = nullptr;
  }
}

Stmt *Parser::parseDeclarationRest(SourceLoc begin, CType *base, std::vector<Expr *> decorators, bool isCpdef,
                                   Visibility vis, bool api, bool isInline) {
  std::vector<CDeclarator *> decls;
  while (true) {
    SourceLoc at0 = here();
    std::string_view name;
    DeclaratorInfo info;
    CType *type = parseDeclarator(base, name, false, &info);
    if (type->kind == Kind::CTypeFunction && decls.empty() && !at(Tok::Comma) && !at(Tok::Equal)) {
      auto *f = make<CFunctionDef>(Kind::CFunctionDef, begin);
      f->name = name;
      f->cname = info.cname;
      f->type = as<CTypeFunction>(type);
      f->decorators = list(decorators);
      f->visibility = vis;
      f->api = api;
      f->isCpdef = isCpdef;
      f->isInline = isInline;
      f->templateParams = info.templateParams;
      // Outside extern blocks, a lone name is an argument name (Cython's
      // nonempty declarators).
      if (!inExternBlock_)
        nameUntypedArgs(f->type);
      if (accept(Tok::Colon)) {
        f->hasBody = true;
        bool saved = inCClass_;
        inCClass_ = false;
        f->body = parseBlock(fmt::format("function definition on line {}", file_.lineCol(begin).line));
        inCClass_ = saved;
      } else {
        endStatement(*this);
      }
      f->range.end = prevEnd();
      return f;
    }
    auto *d = make<CDeclarator>(Kind::CDeclarator, at0);
    d->name = name;
    d->cname = info.cname;
    d->type = type;
    if (accept(Tok::Equal))
      d->value = parseExpression();
    d->range.end = prevEnd();
    decls.push_back(d);
    if (!accept(Tok::Comma) || at(Tok::Newline))
      break;
  }
  auto *v = make<CVarDecl>(Kind::CVarDecl, begin);
  v->declarators = list(decls);
  v->visibility = vis;
  v->api = api;
  v->isCpdef = isCpdef;
  v->range.end = prevEnd();
  endStatement(*this);
  return v;
}

Stmt *Parser::parseCClass(SourceLoc begin, std::vector<Expr *> decorators, Visibility vis, bool api) {
  auto *c = make<CClassDef>(Kind::CClassDef, begin);
  c->decorators = list(decorators);
  c->visibility = vis;
  c->api = api;
  std::vector<std::string_view> parts{expectIdentifier()};
  while (accept(Tok::Dot))
    parts.push_back(expectIdentifier());
  c->name = parts.back();
  if (parts.size() > 1) {
    std::string module;
    for (size_t i = 0; i + 1 < parts.size(); ++i)
      module += (i ? "." : "") + std::string(parts[i]);
    c->module = arena_.str(module);
  }
  if (accept(Tok::LParen)) {
    std::vector<Expr *> args;
    std::vector<Keyword *> keywords;
    parseCallArguments(Tok::RParen, args, keywords);
    c->bases = list(args);
    c->keywords = list(keywords);
  }
  if (accept(Tok::LSquare)) {
    do {
      if (at(Tok::RSquare))
        break;
      if (acceptName("object")) {
        c->objectStruct = expectIdentifier();
      } else if (acceptName("type")) {
        c->typeObject = expectIdentifier();
      } else if (acceptName("check_size")) {
        c->checkSize = true;
        SourceLoc at = here();
        c->checkSizeValue = expectIdentifier();
        if (c->checkSizeValue != "warn" && c->checkSizeValue != "error" && c->checkSizeValue != "ignore")
          fail(at, DiagId::BadCheckSize, c->checkSizeValue);
      } else {
        fail(here(), DiagId::Expected, "'object', 'type' or 'check_size'");
      }
    } while (accept(Tok::Comma));
    expect(Tok::RSquare);
  }
  if (!accept(Tok::Colon)) {
    c->hasBody = false;
    endStatement(*this);
    c->range.end = prevEnd();
    return c;
  }
  bool saved = inCClass_;
  inCClass_ = true;
  c->body = parseBlock(fmt::format("class definition on line {}", file_.lineCol(begin).line));
  inCClass_ = saved;
  c->range.end = prevEnd();
  return c;
}

// Struct fields, enum items and fused types are written one per line (or
// several per line, comma-separated) in an indented block. `member` parses
// one line and returns whether it consumed the line's end itself (a nested
// block does).
// `doc`, if given, receives the block's first string (an enum's docstring).
template <class Fn> static void parseMemberBlock(Parser &p, Fn &&member, Expr **doc = nullptr) {
  if (!p.accept(Tok::Newline)) { // `cdef enum: A, B` or `cdef struct S: pass` on one line
    if (p.accept(Tok::KwPass))
      endStatement(p);
    else if (!member())
      endStatement(p);
    return;
  }
  if (!p.at(Tok::Indent)) {
    p.checkLexError();
    p.fail(p.here(), DiagId::ExpectedIndent, "declaration");
  }
  p.advance();
  while (!p.at(Tok::Dedent) && !p.at(Tok::EndMarker)) {
    p.checkLexError();
    if (p.accept(Tok::KwPass) || p.at(Tok::String)) {
      if (p.at(Tok::String)) {
        Expr *text = p.parseStrings();
        if (doc && !*doc)
          *doc = text;
      }
      endStatement(p);
      continue;
    }
    if (!member())
      endStatement(p);
  }
  p.expect(Tok::Dedent);
}

Stmt *Parser::parseStructOrUnion(SourceLoc begin, bool isUnion, bool packed, Visibility vis, bool isTypedef) {
  auto *s = make<CStructDef>(Kind::CStructDef, begin);
  s->isUnion = isUnion;
  s->packed = packed;
  s->visibility = vis;
  s->isTypedef = isTypedef;
  s->name = expectIdentifier();
  if (at(Tok::String)) {
    std::string_view c = spelling(advance());
    s->cname = c.substr(1, c.size() - 2);
  }
  if (!accept(Tok::Colon)) {
    s->hasBody = false;
    endStatement(*this);
    s->range.end = prevEnd();
    return s;
  }
  std::vector<Stmt *> fields;
  parseMemberBlock(*this, [&] {
    SourceLoc at0 = here();
    if (atName("cdef") || atName("ctypedef")) {
      fields.push_back(atName("ctypedef") ? parseCtypedef()
                                          : (advance(), parseCdefBody(at0, {}, false, Visibility::Private, false)));
      return true;
    }
    if ((atName("struct") || atName("union")) && kind(1) == Tok::Name && kind(2) == Tok::Colon) {
      bool u = atName("union");
      advance();
      fields.push_back(parseStructOrUnion(at0, u, false, Visibility::Private, false));
      return true;
    }
    CType *base = parseBaseType(false);
    std::vector<CDeclarator *> decls;
    do {
      auto *d = make<CDeclarator>(Kind::CDeclarator, here());
      std::string_view name;
      DeclaratorInfo info;
      d->type = parseDeclarator(base, name, false, &info);
      d->name = name;
      d->cname = info.cname;
      d->range.end = prevEnd();
      decls.push_back(d);
    } while (accept(Tok::Comma));
    auto *v = make<CVarDecl>(Kind::CVarDecl, at0);
    v->declarators = list(decls);
    fields.push_back(v);
    return false;
  });
  s->fields = list(fields);
  s->range.end = prevEnd();
  return s;
}

Stmt *Parser::parseEnum(SourceLoc begin, bool isCpdef, Visibility vis, bool isTypedef) {
  auto *e = make<CEnumDef>(Kind::CEnumDef, begin);
  e->isCpdef = isCpdef;
  e->visibility = vis;
  e->isTypedef = isTypedef;
  if (accept(Tok::KwClass) || acceptName("struct"))
    e->isScoped = true;
  if (at(Tok::Name))
    e->name = expectIdentifier();
  if (at(Tok::String)) {
    std::string_view c = spelling(advance());
    e->cname = c.substr(1, c.size() - 2);
  }
  if (at(Tok::LParen) && !e->isScoped) // only C++'s scoped enums name their type
    fail(here(), DiagId::Expected, "':'");
  if (accept(Tok::LParen)) {
    e->underlying = parseCType();
    expect(Tok::RParen);
  }
  if (!accept(Tok::Colon)) {
    e->hasBody = false;
    endStatement(*this);
    e->range.end = prevEnd();
    return e;
  }
  std::vector<CEnumItem *> items;
  parseMemberBlock(*this, [&] {
    do {
      if (at(Tok::Newline))
        break;
      auto *item = make<CEnumItem>(Kind::CEnumItem, here());
      item->name = expectIdentifier();
      if (at(Tok::String)) {
        std::string_view c = spelling(advance());
        item->cname = c.substr(1, c.size() - 2);
      }
      if (accept(Tok::Equal))
        item->value = parseExpression();
      item->range.end = prevEnd();
      items.push_back(item);
    } while (accept(Tok::Comma));
    return false;
  }, &e->doc);
  e->items = list(items);
  e->range.end = prevEnd();
  return e;
}

Stmt *Parser::parseFused(SourceLoc begin) {
  auto *f = make<CFusedDef>(Kind::CFusedDef, begin);
  f->name = expectIdentifier();
  expect(Tok::Colon);
  std::vector<CType *> types;
  parseMemberBlock(*this, [&] {
    do {
      if (at(Tok::Newline))
        break;
      types.push_back(parseCType());
    } while (accept(Tok::Comma));
    return false;
  });
  f->types = list(types);
  f->range.end = prevEnd();
  return f;
}

Stmt *Parser::parseCtypedef() {
  SourceLoc begin = here();
  advance(); // ctypedef
  Visibility vis = Visibility::Private;
  bool api = false;
  while (true) {
    if (acceptName("public"))
      vis = Visibility::Public;
    else if (acceptName("api"))
      api = true;
    else if (acceptName("extern"))
      vis = Visibility::Extern;
    else
      break;
  }
  if (at(Tok::KwClass)) {
    advance();
    auto *c = as<CClassDef>(parseCClass(begin, {}, vis, api));
    c->isExternTypedef = true;
    return c;
  }
  bool packed = acceptName("packed");
  if ((atName("struct") || atName("union")) && kind(1) == Tok::Name) {
    bool isUnion = atName("union");
    advance();
    return parseStructOrUnion(begin, isUnion, packed, vis, true);
  }
  if (atName("enum") && (kind(1) == Tok::Name || kind(1) == Tok::Colon)) {
    advance();
    return parseEnum(begin, false, vis, true);
  }
  if (atName("fused") && kind(1) == Tok::Name) {
    advance();
    return parseFused(begin);
  }
  CType *base = parseBaseType(false);
  auto *t = make<CTypedef>(Kind::CTypedef, begin);
  std::string_view name;
  DeclaratorInfo info;
  t->type = parseDeclarator(base, name, false, &info);
  t->name = name;
  t->cname = info.cname;
  t->visibility = vis;
  t->range.end = prevEnd();
  endStatement(*this);
  return t;
}

// `cdef extern from "h.h" [namespace "ns"] [nogil]:`, `cdef extern from *:`,
// `cdef extern:` and a single `cdef extern <declaration>`.
Stmt *Parser::parseExtern(SourceLoc begin) {
  expectName("extern");
  auto *e = make<CExternBlock>(Kind::CExternBlock, begin);
  if (accept(Tok::KwFrom)) {
    if (accept(Tok::Star)) {
      e->star = true;
    } else {
      if (!at(Tok::String))
        fail(here(), DiagId::Expected, "a header file name or '*'");
      std::string_view s = spelling(advance());
      size_t q = s.find_first_of("'\"");
      e->header = s.substr(q + 1, s.size() - q - 2);
      e->hasHeader = true;
    }
  }
  if (acceptName("namespace")) {
    std::string_view s = spelling(expect(Tok::String));
    e->ns = s.substr(1, s.size() - 2);
  }
  if (acceptName("nogil"))
    e->nogil = true;
  bool savedExtern = inExternBlock_;
  inExternBlock_ = true;
  std::vector<Stmt *> body;
  if (!accept(Tok::Colon)) {
    // one declaration: `cdef extern int errno`
    SourceLoc at0 = here();
    body.push_back(parseCdefBody(at0, {}, false, Visibility::Extern, false));
  } else if (!at(Tok::Newline)) {
    SourceLoc at0 = here();
    if (accept(Tok::KwPass))
      endStatement(*this);
    else
      body.push_back(parseCdefBody(at0, {}, false, Visibility::Extern, false));
  } else {
    advance();
    if (!at(Tok::Indent)) {
      checkLexError();
      fail(here(), DiagId::ExpectedIndent, "'cdef extern' block");
    }
    advance();
    while (!at(Tok::Dedent) && !at(Tok::EndMarker)) {
      checkLexError();
      SourceLoc at0 = here();
      try {
        if (at(Tok::String)) {
          Expr *doc = parseStrings();
          if (doc->kind == Kind::Constant)
            e->verbatim = as<Constant>(doc)->value;
          endStatement(*this);
        } else if (accept(Tok::KwPass)) {
          endStatement(*this);
        } else if (atName("ctypedef")) {
          body.push_back(parseCtypedef());
        } else if (atName("cdef") || atName("cpdef")) {
          bool cp = atName("cpdef");
          advance();
          body.push_back(parseCdefBody(at0, {}, cp, Visibility::Extern, false));
        } else if (at(Tok::At)) {
          std::vector<Expr *> decorators;
          while (accept(Tok::At)) {
            decorators.push_back(parseNamedExpression());
            expect(Tok::Newline);
          }
          acceptName("cdef");
          body.push_back(parseCdefBody(at0, std::move(decorators), false, Visibility::Extern, false));
        } else if (atName("IF") && atCythonStatement()) {
          body.push_back(parseCompileTimeIf());
        } else {
          body.push_back(parseCdefBody(at0, {}, false, Visibility::Extern, false));
        }
      } catch (ParseAbort &abort) {
        if (abort.fatal)
          throw;
        skipToNextStatement();
      }
    }
    expect(Tok::Dedent);
  }
  inExternBlock_ = savedExtern;
  e->body = list(body);
  e->range.end = prevEnd();
  return e;
}

Stmt *Parser::parseCppClass(SourceLoc begin) {
  auto *c = make<CppClassDef>(Kind::CppClassDef, begin);
  c->name = expectIdentifier();
  if (at(Tok::String)) {
    std::string_view s = spelling(advance());
    c->cname = s.substr(1, s.size() - 2);
  }
  if (at(Tok::LSquare))
    c->templateParams = parseTemplateParams();
  if (accept(Tok::LParen)) {
    std::vector<CType *> bases;
    do {
      if (at(Tok::RParen))
        break;
      bases.push_back(parseCType());
    } while (accept(Tok::Comma));
    expect(Tok::RParen);
    c->bases = list(bases);
  }
  if (acceptName("nogil"))
    c->nogil = true;
  if (!accept(Tok::Colon)) {
    c->hasBody = false;
    endStatement(*this);
    c->range.end = prevEnd();
    return c;
  }
  std::vector<Stmt *> body;
  bool savedCpp = inCppClass_;
  inCppClass_ = true;
  parseMemberBlock(*this, [&] {
    SourceLoc at0 = here();
    std::vector<Expr *> decorators;
    while (accept(Tok::At)) {
      decorators.push_back(parseNamedExpression());
      expect(Tok::Newline);
    }
    if (atName("ctypedef")) {
      body.push_back(parseCtypedef());
    } else if ((atName(c->name) || atName("__init__") || atName("__dealloc__")) && kind(1) == Tok::LParen) {
      // a constructor: no return type
      auto *f = make<CFunctionDef>(Kind::CFunctionDef, at0);
      f->name = expectIdentifier();
      auto *voidType = make<CTypeName>(Kind::CTypeName, at0);
      voidType->name = "void";
      f->type = parseCFunctionSuffix(voidType);
      f->decorators = list(decorators);
      if (accept(Tok::Colon)) {
        f->hasBody = true;
        nameUntypedArgs(f->type);
        f->body = parseBlock("constructor definition");
      } else {
        endStatement(*this);
      }
      f->range.end = prevEnd();
      body.push_back(f);
    } else {
      acceptName("cdef");
      body.push_back(parseCdefBody(at0, std::move(decorators), false, Visibility::Extern, false));
    }
    return true;
  });
  inCppClass_ = savedCpp;
  c->body = list(body);
  c->range.end = prevEnd();
  return c;
}

Stmt *Parser::parseCImport() {
  SourceLoc begin = here();
  advance(); // cimport
  auto *s = make<CImport>(Kind::CImport, begin);
  std::vector<Alias *> names;
  do {
    auto *a = make<Alias>(Kind::Alias, here());
    std::string name(expectIdentifier());
    while (accept(Tok::Dot))
      name += "." + std::string(expectIdentifier());
    a->name = arena_.str(name);
    if (accept(Tok::KwAs))
      a->asname = expectIdentifier();
    a->range.end = prevEnd();
    names.push_back(a);
  } while (accept(Tok::Comma));
  s->names = list(names);
  s->range.end = prevEnd();
  endStatement(*this);
  return s;
}

// After `from <module> cimport`.
Stmt *Parser::parseFromCImport(SourceLoc begin, int level, std::string_view module) {
  auto *s = make<FromCImport>(Kind::FromCImport, begin);
  s->module = module;
  s->level = level;
  std::vector<Alias *> names;
  bool parens = accept(Tok::LParen);
  do {
    if (parens && at(Tok::RParen))
      break;
    auto *a = make<Alias>(Kind::Alias, here());
    if (accept(Tok::Star)) {
      a->name = "*";
    } else {
      // `from libcpp.vector cimport vector`, also `struct X`-style type
      // keywords that Cython accepts before the name.
      if ((atName("struct") || atName("union") || atName("class")) && kind(1) == Tok::Name)
        advance();
      a->name = expectIdentifier();
      if (accept(Tok::KwAs))
        a->asname = expectIdentifier();
    }
    a->range.end = prevEnd();
    names.push_back(a);
  } while (accept(Tok::Comma));
  if (parens)
    expect(Tok::RParen);
  s->names = list(names);
  s->range.end = prevEnd();
  return s;
}

// `for i from 0 <= i < n [by step]:`, and the short `for 0 <= i < n:`.
Stmt *Parser::parseForFrom(SourceLoc begin, Expr *first) {
  auto *f = make<ForFrom>(Kind::ForFrom, begin);
  Expr *target = nullptr;
  if (accept(Tok::KwFrom)) {
    target = first;
    f->lower = parseBitwiseOr();
  } else {
    f->lower = first;
  }
  auto relation = [&]() {
    switch (advance().kind) {
    case Tok::Less: return ForFromOp::Lt;
    case Tok::LessEqual: return ForFromOp::LtE;
    case Tok::Greater: return ForFromOp::Gt;
    case Tok::GreaterEqual: return ForFromOp::GtE;
    default: --pos_; fail(here(), DiagId::Expected, "'<', '<=', '>' or '>='");
    }
  };
  f->op1 = relation();
  Expr *name = parseBitwiseOr();
  if (name->kind != Kind::Name ||
      (target && (target->kind != Kind::Name || as<Name>(name)->id != as<Name>(target)->id)))
    fail(name->range.begin, DiagId::Expected, "the loop variable between the bounds of 'for ... from'");
  setContext(name, Ctx::Store);
  f->target = name;
  f->op2 = relation();
  f->upper = parseBitwiseOr();
  if (acceptName("by"))
    f->step = parseBitwiseOr();
  expect(Tok::Colon);
  f->body = parseBlock(fmt::format("'for' statement on line {}", file_.lineCol(begin).line));
  if (at(Tok::KwElse)) {
    advance();
    expect(Tok::Colon);
    f->orelse = parseBlock("'else' statement");
  }
  f->range.end = prevEnd();
  return f;
}

} // namespace pyxc
