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

// Whether the header comments hold `# cython: language_level=2` (Cython then
// parses `print` as a statement).
static bool wantsLanguageLevel2(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    size_t first = line.find_first_not_of(" \t\f\r");
    if (first == std::string_view::npos)
      continue;
    if (line[first] != '#')
      return false;
    if (line.find("cython") == std::string_view::npos)
      continue;
    size_t at = line.find("language_level");
    if (at == std::string_view::npos)
      continue;
    size_t eq = line.find_first_not_of(" \t", at + 14);
    if (eq == std::string_view::npos || line[eq] != '=')
      continue;
    size_t v = line.find_first_not_of(" \t", eq + 1);
    return v != std::string_view::npos && line[v] == '2';
  }
  return false;
}

Parser::Parser(const SourceFile &file, SourceMode mode, Arena &arena, DiagnosticEngine &diags)
    : file_(file), mode_(mode), arena_(arena), diags_(diags) {
  languageLevel2_ = cython() && wantsLanguageLevel2(file.text());
  LexResult lexed = lex(file, cython());
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

ast::Module *parseModule(const SourceFile &file, SourceMode mode, Arena &arena, DiagnosticEngine &diags,
                         bool languageLevel2) {
  Parser parser(file, mode, arena, diags);
  if (languageLevel2)
    parser.enableLanguageLevel2();
  return parser.parseFile();
}

} // namespace pyxc
