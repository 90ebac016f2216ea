// Tokens: a kind and a byte range into the source text. The parser reads a
// token's spelling back from the source, so a token is three words.
#pragma once

#include "frontend/source.h"

#include <string_view>

namespace pyxc {

#define PYXC_KEYWORDS(X)                                                                                               \
  X(False, "False")                                                                                                    \
  X(None, "None") X(True, "True") X(And, "and") X(As, "as") X(Assert, "assert") X(Async, "async") X(Await, "await")    \
      X(Break, "break") X(Class, "class") X(Continue, "continue") X(Def, "def") X(Del, "del") X(Elif, "elif")          \
          X(Else, "else") X(Except, "except") X(Finally, "finally") X(For, "for") X(From, "from") X(Global, "global")  \
              X(If, "if") X(Import, "import") X(In, "in") X(Is, "is") X(Lambda, "lambda") X(Nonlocal, "nonlocal")      \
                  X(Not, "not") X(Or, "or") X(Pass, "pass") X(Raise, "raise") X(Return, "return") X(Try, "try")        \
                      X(While, "while") X(With, "with") X(Yield, "yield")

// Longest spellings first within each first character is not needed: the lexer
// matches three, then two, then one character.
#define PYXC_OPERATORS(X)                                                                                              \
  X(LParen, "(")                                                                                                       \
  X(RParen, ")") X(LSquare, "[") X(RSquare, "]") X(LBrace, "{") X(RBrace, "}") X(Colon, ":") X(Comma, ",")             \
      X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&") X(Less, "<")       \
          X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%") X(Tilde, "~") X(Circumflex, "^") X(At, "@")        \
              X(Question, "?") X(Bang, "!") X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")                      \
                  X(GreaterEqual, ">=") X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**")                     \
                      X(DoubleSlash, "//") X(PlusEqual, "+=") X(MinEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=") \
                          X(PercentEqual, "%=") X(AmperEqual, "&=") X(VBarEqual, "|=") X(CircumflexEqual, "^=")        \
                              X(LeftShiftEqual, "<<=") X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=")             \
                                  X(DoubleSlashEqual, "//=") X(AtEqual, "@=") X(RArrow, "->") X(Ellipsis, "...")       \
                                      X(ColonEqual, ":=") X(Backquote, "`")

enum class Tok : uint8_t {
  EndMarker,
  Newline,
  Indent,
  Dedent,
  Name,
  Number,
  String,
  Error, // the lexer stopped here; its diagnostic is pending
#define X(Name, Spelling) Kw##Name,
  PYXC_KEYWORDS(X)
#undef X
#define X(Name, Spelling) Name,
      PYXC_OPERATORS(X)
#undef X
};

struct Token {
  Tok kind;
  uint32_t begin;
  uint32_t end;
  SourceLoc loc() const { return {begin}; }
};

std::string_view tokSpelling(Tok kind);
bool isKeyword(Tok kind);

} // namespace pyxc
