// The parser's internals, shared by the parse_*.cpp files. Not a public header.
//
// A hand-written recursive-descent parser following CPython 3.11's PEG
// grammar (Grammar/python.gram) rule for rule where the rule names appear in
// comments. Errors throw ParseAbort, caught at statement level where the
// parser resynchronises at the next line; speculation (match statements,
// parenthesised with-items, C types in subscripts) saves the position and
// rolls back diagnostics.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/lexer.h"
#include "frontend/parser.h"

#include <string>
#include <vector>

namespace pyxc {

// How deep the AST may grow: later stages walk it recursively, so the
// parser refuses deeper input with a diagnostic rather than letting them
// exhaust the stack (CPython refuses such input too).
constexpr int kMaxNesting = 1000;

struct ParseAbort {
  bool fatal = false; // a lexer error: stop parsing the file
};

class Parser {
public:
  Parser(const SourceFile &file, SourceMode mode, Arena &arena, DiagnosticEngine &diags);
  void enableLanguageLevel2() { languageLevel2_ = cython(); } // language_level=2 from outside the file
  ast::Module *parseFile();

  // --- tokens (parser.cpp) ---
  const Token &tok(size_t ahead = 0) const {
    size_t i = pos_ + ahead;
    return i < toks_.size() ? toks_[i] : toks_.back();
  }
  Tok kind(size_t ahead = 0) const { return tok(ahead).kind; }
  bool at(Tok k) const { return kind() == k; }
  bool atName(std::string_view text, size_t ahead = 0) const {
    return kind(ahead) == Tok::Name && spelling(tok(ahead)) == text;
  }
  bool accept(Tok k) {
    if (!at(k))
      return false;
    ++pos_;
    return true;
  }
  bool acceptName(std::string_view text) {
    if (!atName(text))
      return false;
    ++pos_;
    return true;
  }
  const Token &advance() { return toks_[pos_++]; }
  const Token &expect(Tok k);
  void expectName(std::string_view text);
  std::string_view spelling(const Token &t) const { return file_.text().substr(t.begin, t.end - t.begin); }
  std::string_view identifier(const Token &t); // NFKC-normalised, interned
  std::string_view expectIdentifier();
  bool cython() const { return mode_ != SourceMode::Python; }
  bool acceptTrailingSemicolon();
  SourceLoc here() const { return tok().loc(); }
  SourceLoc prevEnd() const { return {pos_ ? toks_[pos_ - 1].end : 0}; }

  template <class... Args> [[noreturn]] void fail(SourceLoc loc, DiagId id, const Args &...args) {
    checkLexError();
    // As CPython does, a generic syntax error gives way to a tokenizer error
    // further on (an unclosed bracket, an unterminated string).
    if ((id == DiagId::InvalidSyntax || id == DiagId::Expected) && lexError_ && !lexErrorReported_) {
      lexErrorReported_ = true;
      diags_.add(*lexError_);
      throw ParseAbort{true};
    }
    diags_.report(id, file_, loc, args...);
    throw ParseAbort{};
  }
  [[noreturn]] void failSyntax() { fail(here(), DiagId::InvalidSyntax); }
  void checkLexError();

  template <class T> T *make(ast::Kind k, SourceLoc begin) {
    T *n = arena_.make<T>();
    n->kind = k;
    n->range = {begin, prevEnd()};
    return n;
  }
  template <class T> std::span<T> list(const std::vector<T> &v) { return arena_.copy(v); }

  // Runs `fn`; if it fails, restores the position and drops its diagnostics.
  template <class Fn> bool speculate(Fn &&fn) {
    size_t savedPos = pos_, mark = diags_.mark();
    try {
      fn();
      return true;
    } catch (ParseAbort &abort) {
      if (abort.fatal)
        throw;
      pos_ = savedPos;
      diags_.rollback(mark);
      return false;
    }
  }

  // --- statements (parse_stmt.cpp) ---
  std::vector<ast::Stmt *> parseStatementsUntil(Tok end);
  void parseStatement(std::vector<ast::Stmt *> &out);
  void parseSimpleStatements(std::vector<ast::Stmt *> &out);
  ast::Stmt *parseSimpleStatement();
  ast::List<ast::Stmt> parseBlock(std::string_view after);
  ast::Stmt *parseCompound();
  ast::Stmt *parseExpressionStatement();
  ast::Stmt *parseIf(SourceLoc begin);
  ast::Stmt *parseWhile();
  ast::Stmt *parseFor(SourceLoc begin, bool isAsync);
  ast::Stmt *parseTry();
  ast::Stmt *parseWith(SourceLoc begin, bool isAsync);
  ast::Stmt *parseFunctionDef(SourceLoc begin, std::vector<ast::Expr *> decorators, bool isAsync);
  ast::Stmt *parseClassDef(SourceLoc begin, std::vector<ast::Expr *> decorators);
  ast::Stmt *parseDecorated();
  ast::Stmt *parseImport();
  ast::Stmt *parseFromImport();
  ast::Stmt *parseMatch();
  ast::Stmt *parsePrint();
  ast::Arguments *parseParameters(Tok close, bool annotations);
  ast::Arg *parseParam(bool annotations, bool allowStarAnnotation);
  void skipToNextStatement();

  // --- expressions (parse_expr.cpp) ---
  ast::Expr *parseStarExpressions();     // star_expressions
  ast::Expr *parseStarExpression();      // star_expression
  ast::Expr *parseExpressions();         // expressions
  ast::Expr *parseExpression();          // expression
  ast::Expr *parseNamedExpression();     // named_expression
  ast::Expr *parseStarNamedExpression(); // star_named_expression
  ast::Expr *parseYieldExpr();
  ast::Expr *parseStarExpressionsOrYield();
  ast::Expr *parseLambda();
  ast::Expr *parseDisjunction();
  ast::Expr *parseConjunction();
  ast::Expr *parseInversion();
  ast::Expr *parseComparison();
  ast::Expr *parseBitwiseOr();
  ast::Expr *parseBinary(int level);
  ast::Expr *parseFactor();
  ast::Expr *parsePower();
  ast::Expr *parseAwaitPrimary();
  ast::Expr *parsePrimary(bool allowCall = true);
  ast::Expr *parseAtom();
  ast::Expr *parseForFromRange(ast::Expr *target);
  ast::Expr *parseParenthesized(SourceLoc begin, Tok close);
  ast::Expr *parseListDisplay();
  ast::Expr *parseBraceDisplay();
  ast::Expr *parseSlices();
  ast::Expr *parseSliceList();
  ast::Expr *parseSlice();
  ast::Expr *parseCall(ast::Expr *func, SourceLoc begin);
  void parseCallArguments(Tok close, std::vector<ast::Expr *> &args, std::vector<ast::Keyword *> &keywords);
  std::vector<ast::Comprehension *> parseComprehensionClauses();
  ast::Expr *parseTargetList(bool allowStar); // star_targets for `for`
  ast::Expr *makeTuple(std::vector<ast::Expr *> elts, SourceLoc begin, ast::Ctx ctx = ast::Ctx::Load);
  ast::Expr *parseNumber(const Token &t);
  ast::Expr *parseNameAtom();
  ast::Expr *parseBackquote();
  void setContext(ast::Expr *e, ast::Ctx ctx, bool allowStarred = false);
  const char *describe(ast::Expr *e);

  // --- strings (parse_strings.cpp) ---
  ast::Expr *parseStrings();
  ast::Expr *parseFStringExpression(uint32_t begin, uint32_t end);

  // --- patterns (parse_pattern.cpp) ---
  ast::Pattern *parsePatterns();
  ast::Pattern *parsePattern();
  ast::Pattern *parseOrPattern();
  ast::Pattern *parseClosedPattern();
  ast::Pattern *parseSequencePatternBody(Tok close, SourceLoc begin);
  ast::Pattern *parseMappingPattern();
  ast::Pattern *parseClassPatternArgs(ast::Expr *cls, SourceLoc begin);
  ast::Expr *parseSignedNumber(bool allowComplex);
  ast::Expr *parsePatternAttr();

  // --- Cython (parse_cython.cpp, parse_ctype.cpp) ---
  bool atCythonStatement() const;
  ast::Stmt *parseCythonStatement(std::vector<ast::Expr *> decorators);
  ast::Stmt *parseCdef(SourceLoc begin, std::vector<ast::Expr *> decorators, bool isCpdef);
  ast::Stmt *parseCdefBody(SourceLoc begin, std::vector<ast::Expr *> decorators, bool isCpdef, ast::Visibility vis,
                           bool api);
  ast::Stmt *parseCtypedef();
  ast::Stmt *parseExtern(SourceLoc begin);
  ast::Stmt *parseCClass(SourceLoc begin, std::vector<ast::Expr *> decorators, ast::Visibility vis, bool api);
  ast::Stmt *parseStructOrUnion(SourceLoc begin, bool isUnion, bool packed, ast::Visibility vis, bool isTypedef);
  ast::Stmt *parseEnum(SourceLoc begin, bool isCpdef, ast::Visibility vis, bool isTypedef);
  ast::Stmt *parseCppClass(SourceLoc begin);
  ast::Stmt *parseFused(SourceLoc begin);
  ast::Stmt *parseCImport();
  ast::Stmt *parseFromCImport(SourceLoc begin, int level, std::string_view module);
  ast::Stmt *parseCompileTimeIf();
  ast::Stmt *parseForFrom(SourceLoc begin, ast::Expr *target);
  ast::Stmt *parseDeclarationRest(SourceLoc begin, ast::CType *base, std::vector<ast::Expr *> decorators, bool isCpdef,
                                  ast::Visibility vis, bool api, bool isInline);
  ast::CType *parseBaseType(bool nonempty, bool *wasName = nullptr);
  // Parses a C declarator around `base`; the declared name (empty for an
  // abstract declarator) goes to `name`; `info` (where the context allows
  // them) receives a quoted C name and C++ template parameters.
  struct DeclaratorInfo {
    std::string_view cname;
    ast::List<ast::Node> templateParams;
  };
  ast::CType *parseDeclarator(ast::CType *base, std::string_view &name, bool allowEmpty,
                              DeclaratorInfo *info = nullptr);
  ast::CType *parseCType(); // a full type in expression position: base + abstract declarator
  bool atBaseType() const;
  bool looksLikeDeclaration() const;
  bool atCTypeStart() const;
  ast::CTypeFunction *parseCFunctionSuffix(ast::CType *returns);
  ast::CArg *parseCArg(bool nonempty);
  void parseExceptSpec(ast::CTypeFunction *fn);
  void parseFunctionModifiers(ast::CTypeFunction *fn);
  ast::CType *parseTypeBrackets(ast::CType *base);
  ast::Expr *parseCast();
  ast::Expr *parseSizeOf(SourceLoc begin);
  ast::Expr *parseNew();
  ast::Arg *parseCythonDefParam(bool annotations);
  ast::List<ast::Node> parseTemplateParams();

  const SourceFile &file_;
  SourceMode mode_;
  Arena &arena_;
  DiagnosticEngine &diags_;
  std::vector<Token> toks_;
  size_t pos_ = 0;
  std::optional<Diagnostic> lexError_;
  bool lexErrorReported_ = false;
  int loopDepth_ = 0;
  bool inExternBlock_ = false;
  bool inCClass_ = false;
  bool inCppClass_ = false;
  int fstringDepth_ = 0;
  bool languageLevel2_ = false; // Cython, language_level=2: print statements, non-ASCII bytes literals
  int nesting_ = 0;             // current depth of the AST being built

public:
  // Counts one level of nesting for its lifetime.
  struct Nest {
    Parser &p;
    int levels;
    Nest(Parser &p, int levels = 1) : p(p), levels(levels) {
      p.nesting_ += levels;
      if (p.nesting_ > kMaxNesting) {
        p.nesting_ -= levels;
        p.fail(p.here(), DiagId::TooDeeplyNested, kMaxNesting);
      }
    }
    ~Nest() { p.nesting_ -= levels; }
    // A left-deep chain (a + b + c, a.b.c) grows one level per link.
    void grow() {
      ++levels;
      if (++p.nesting_ > kMaxNesting)
        p.fail(p.here(), DiagId::TooDeeplyNested, kMaxNesting);
    }
  };
};

} // namespace pyxc
