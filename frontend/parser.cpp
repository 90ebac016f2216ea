#include "frontend/parser.h"

#include "frontend/parser_impl.h"
#include "frontend/unicode.h"

namespace pyxc {

SourceMode sourceModeFor(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends(".pyx"))
    return SourceMode::Pyx;
  if (ends(".pxd"))
    return SourceMode::Pxd;
  if (ends(".pxi"))
    return SourceMode::Pxi;
  return SourceMode::Python;
}

Parser::Parser(const SourceFile &file, SourceMode mode, Arena &arena, DiagnosticEngine &diags)
    : file_(file), mode_(mode), arena_(arena), diags_(diags) {
  LexResult lexed = lex(file);
  toks_ = std::move(lexed.tokens);
  lexError_ = std::move(lexed.error);
}

ast::Module *Parser::parseFile() {
  auto *module = arena_.make<ast::Module>();
  module->kind = ast::Kind::Module;
  std::vector<ast::Stmt *> body;
  try {
    body = parseStatementsUntil(Tok::EndMarker);
  } catch (ParseAbort &) {
    // A lexer error: nothing after it can be trusted.
  }
  module->body = list(body);
  module->range = {{0}, {uint32_t(file_.text().size())}};
  return module;
}

void Parser::checkLexError() {
  if (kind() != Tok::Error)
    return;
  if (!lexErrorReported_ && lexError_) {
    lexErrorReported_ = true;
    diags_.add(*lexError_);
  }
  throw ParseAbort{true};
}

const Token &Parser::expect(Tok k) {
  if (!at(k)) {
    checkLexError();
    if (k == Tok::Colon || k == Tok::RParen || k == Tok::RSquare || k == Tok::RBrace || k == Tok::KwIn ||
        k == Tok::Equal || k == Tok::KwImport || k == Tok::LParen)
      fail(here(), DiagId::Expected, fmt::format("'{}'", tokSpelling(k)));
    failSyntax();
  }
  return advance();
}

void Parser::expectName(std::string_view text) {
  if (!acceptName(text))
    fail(here(), DiagId::Expected, fmt::format("'{}'", text));
}

std::string_view Parser::identifier(const Token &t) {
  std::string_view s = spelling(t);
  for (char c : s)
    if (uint8_t(c) >= 0x80)
      return arena_.str(unicode::nfkc(s));
  return s;
}

std::string_view Parser::expectIdentifier() {
  if (!at(Tok::Name)) {
    checkLexError();
    failSyntax();
  }
  return identifier(advance());
}

// Resynchronises after an error: skips the rest of the logical line and any
// block indented under it.
void Parser::skipToNextStatement() {
  while (!at(Tok::Newline) && !at(Tok::EndMarker)) {
    checkLexError();
    ++pos_;
  }
  accept(Tok::Newline);
  if (!at(Tok::Indent))
    return;
  int depth = 0;
  do {
    checkLexError();
    if (at(Tok::Indent))
      ++depth;
    else if (at(Tok::Dedent))
      --depth;
    ++pos_;
  } while (depth > 0 && !at(Tok::EndMarker));
}

ast::Module *parseModule(const SourceFile &file, SourceMode mode, Arena &arena, DiagnosticEngine &diags) {
  Parser parser(file, mode, arena, diags);
  return parser.parseFile();
}

} // namespace pyxc
