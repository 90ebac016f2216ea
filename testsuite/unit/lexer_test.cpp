#include "frontend/lexer.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace pyxc;

static std::vector<Tok> kinds(const std::string &text, bool cython = false) {
  SourceFile f("t.py", text);
  std::vector<Tok> out;
  for (const Token &t : lex(f, cython).tokens)
    out.push_back(t.kind);
  return out;
}

static std::string lexError(const std::string &text, bool cython = false) {
  SourceFile f("t.py", text);
  LexResult r = lex(f, cython);
  return r.error ? r.error->message : "";
}

TEST_CASE("indentation produces INDENT and DEDENT", "[lexer]") {
  CHECK(kinds("if x:\n    y\nz\n") == std::vector<Tok>{Tok::KwIf, Tok::Name, Tok::Colon, Tok::Newline, Tok::Indent,
                                                       Tok::Name, Tok::Newline, Tok::Dedent, Tok::Name, Tok::Newline,
                                                       Tok::EndMarker});
}

TEST_CASE("blank lines, comments and brackets produce no NEWLINE", "[lexer]") {
  CHECK(kinds("(a,\n\n  # c\n b)\n") ==
        std::vector<Tok>{Tok::LParen, Tok::Name, Tok::Comma, Tok::Name, Tok::RParen, Tok::Newline, Tok::EndMarker});
  CHECK(kinds("x = 1 + \\\n  2") ==
        std::vector<Tok>{Tok::Name, Tok::Equal, Tok::Number, Tok::Plus, Tok::Number, Tok::Newline, Tok::EndMarker});
}

TEST_CASE("operators match the longest spelling", "[lexer]") {
  CHECK(kinds("a **= b // c -> d ... := e != f") ==
        std::vector<Tok>{Tok::Name, Tok::DoubleStarEqual, Tok::Name, Tok::DoubleSlash, Tok::Name, Tok::RArrow,
                         Tok::Name, Tok::Ellipsis, Tok::ColonEqual, Tok::Name, Tok::NotEqual, Tok::Name, Tok::Newline,
                         Tok::EndMarker});
}

TEST_CASE("string prefixes and numbers", "[lexer]") {
  CHECK(kinds("rb'x' f\"{y}\" 0x_ff 1_000.5e-3j 1if x else 2") ==
        std::vector<Tok>{Tok::String, Tok::String, Tok::Number, Tok::Number, Tok::Number, Tok::KwIf, Tok::Name,
                         Tok::KwElse, Tok::Number, Tok::Newline, Tok::EndMarker});
  CHECK(kinds("ur'x'") == std::vector<Tok>{Tok::Name, Tok::String, Tok::Newline, Tok::EndMarker});
  CHECK(kinds("ur'x' c'y' 10L 0123", true) ==
        std::vector<Tok>{Tok::String, Tok::String, Tok::Number, Tok::Number, Tok::Newline, Tok::EndMarker});
}

TEST_CASE("non-ASCII identifiers follow PEP 3131", "[lexer]") {
  CHECK(kinds("été = 𝔘") == std::vector<Tok>{Tok::Name, Tok::Equal, Tok::Name, Tok::Newline, Tok::EndMarker});
  CHECK(lexError("a€ = 1") == "invalid character '€' (U+20AC)");
  CHECK(lexError("a\u00a0= 1") == "invalid non-printable character U+00A0");
}

TEST_CASE("lexer errors match CPython's messages", "[lexer]") {
  CHECK(lexError("if x:\n    y\n  z\n") == "unindent does not match any outer indentation level");
  CHECK(lexError("if x:\n        y\n\tz\n") == "inconsistent use of tabs and spaces in indentation");
  CHECK(lexError("x = 'abc\n") == "unterminated string literal (detected at line 1)");
  CHECK(lexError("x = '''abc\n\n") == "unterminated triple-quoted string literal (detected at line 3)");
  CHECK(lexError("f(a, [b)") == "closing parenthesis ')' does not match opening parenthesis '['");
  CHECK(lexError("x)") == "unmatched ')'");
  CHECK(lexError("x = (1,\n") == "'(' was never closed");
  CHECK(lexError("x = 0777") ==
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  CHECK(lexError("x = 0o78") == "invalid digit '8' in octal literal");
  CHECK(lexError("x = 1_") == "invalid decimal literal");
  CHECK(lexError("x = 1abc") == "invalid decimal literal");
  CHECK(lexError("x = 1 \\ 2") == "unexpected character after line continuation character");
  CHECK(lexError(std::string("x = 1\0", 6)) == "source code cannot contain null bytes");
}
