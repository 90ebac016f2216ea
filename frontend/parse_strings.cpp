// String literals: implicit concatenation, escapes, bytes, and f-strings,
// following CPython 3.11's string_parser.c (an f-string is one STRING token
// whose replacement fields are parsed here).
#include "frontend/literals.h"
#include "frontend/parser_impl.h"

namespace pyxc {

using namespace ast;

namespace {

struct Prefix {
  bool raw = false, bytes = false, fstring = false, u = false, chr = false;
  size_t length = 0;
};

Prefix readPrefix(std::string_view text) {
  Prefix p;
  for (; p.length < text.size() && text[p.length] != '\'' && text[p.length] != '"'; ++p.length) {
    switch (text[p.length] | 0x20) {
    case 'r': p.raw = true; break;
    case 'b': p.bytes = true; break;
    case 'f': p.fstring = true; break;
    case 'u': p.u = true; break;
    case 'c': p.chr = true; break;
    }
  }
  return p;
}

// Collects an f-string's pieces: the pending literal text and the finished
// values, as CPython's FstringParser does.
struct FStringState {
  std::vector<Expr *> values;
  std::string lastStr;
};

} // namespace

class FStringParser {
public:
  FStringParser(Parser &p, std::string_view body, uint32_t base, bool raw, bool uKind)
      : p_(p), s_(body), base_(base), raw_(raw), uKind_(uKind) {}

  void parse(size_t &i, int level, FStringState &state) {
    while (true) {
      std::string literal;
      bool doubled = findLiteral(i, level, literal);
      state.lastStr += literal;
      if (doubled)
        continue;
      if (i >= s_.size() || s_[i] == '}')
        break;
      // s_[i] == '{'
      std::string exprText;
      Expr *value = findExpression(i, level, exprText);
      state.lastStr += exprText;
      flush(state);
      state.values.push_back(value);
    }
    if (level == 0 && i < s_.size())
      p_.fail(loc(i), DiagId::FStringError, "unexpected end of string");
    if (level != 0 && (i >= s_.size() || s_[i] != '}'))
      p_.fail(loc(i), DiagId::FStringError, "expecting '}'");
  }

  void flush(FStringState &state) {
    if (state.lastStr.empty())
      return;
    state.values.push_back(makeStr(state.lastStr));
    state.lastStr.clear();
  }

  Expr *makeStr(const std::string &value) {
    auto *c = p_.make<Constant>(Kind::Constant, loc(0));
    c->ck = ConstKind::Str;
    c->value = p_.arena_.str(value);
    c->uPrefix = uKind_;
    return c;
  }

private:
  Parser &p_;
  std::string_view s_;
  uint32_t base_;
  bool raw_, uKind_;

  SourceLoc loc(size_t i) const { return {base_ + uint32_t(i)}; }

  // Returns true when the literal ended at a doubled brace (kept once).
  bool findLiteral(size_t &i, int level, std::string &literal) {
    size_t start = i;
    bool doubled = false;
    size_t end;
    while (true) {
      if (i >= s_.size()) {
        end = i;
        break;
      }
      char ch = s_[i++];
      if (!raw_ && ch == '\\' && i < s_.size()) {
        ch = s_[i++];
        if (ch == 'N') {
          if (i < s_.size() && s_[i++] == '{') {
            while (i < s_.size() && s_[i++] != '}') {
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (level == 0) {
          if (i < s_.size() && s_[i] == ch) {
            end = i;
            ++i;
            doubled = true;
            break;
          }
          if (ch == '}')
            p_.fail(loc(i - 1), DiagId::FStringError, "single '}' is not allowed");
        }
        --i;
        end = i;
        break;
      }
    }
    std::string_view piece = s_.substr(start, end - start);
    if (raw_) {
      literal.assign(piece);
    } else if (auto err = literals::decodeEscapes(piece, false, literal)) {
      p_.fail(loc(start), err->unknownName ? DiagId::BadUnicodeName : DiagId::BadEscape, err->begin, err->end,
              err->reason);
    }
    return doubled;
  }

  Expr *findExpression(size_t &i, int level, std::string &exprText) {
    if (level >= 2)
      p_.fail(loc(i), DiagId::FStringError, "expressions nested too deeply");
    ++i; // '{'
    size_t exprStart = i;
    char quote = 0;
    int stringType = 0;
    std::vector<char> parens;
    for (; i < s_.size(); ++i) {
      char ch = s_[i];
      if (ch == '\\')
        p_.fail(loc(i), DiagId::FStringBackslash);
      if (quote) {
        if (ch == quote) {
          if (stringType == 3) {
            if (i + 2 < s_.size() && s_[i + 1] == ch && s_[i + 2] == ch) {
              i += 2;
              stringType = 0;
              quote = 0;
            }
          } else {
            stringType = 0;
            quote = 0;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (i + 2 < s_.size() && s_[i + 1] == ch && s_[i + 2] == ch) {
          stringType = 3;
          i += 2;
        } else {
          stringType = 1;
        }
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (parens.size() >= 200)
          p_.fail(loc(i), DiagId::FStringError, "too many nested parenthesis");
        parens.push_back(ch);
      } else if (ch == '#') {
        p_.fail(loc(i), DiagId::FStringHash);
      } else if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (i + 1 < s_.size()) {
          char next = s_[i + 1];
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
              (ch == '>' && next == '=')) {
            ++i;
            continue;
          }
        }
        if (ch == '>' || ch == '<')
          continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (parens.empty())
          p_.fail(loc(i), DiagId::FStringError, fmt::format("unmatched '{}'", ch));
        char open = parens.back();
        parens.pop_back();
        if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
          p_.fail(loc(i), DiagId::FStringError,
                  fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}'", ch, open));
      }
    }
    size_t exprEnd = i;
    if (quote)
      p_.fail(loc(i), DiagId::FStringError, "unterminated string");
    if (!parens.empty())
      p_.fail(loc(i), DiagId::FStringError, fmt::format("unmatched '{}'", parens.back()));
    if (i >= s_.size())
      p_.fail(loc(i), DiagId::FStringError, "expecting '}'");
    if (s_.substr(exprStart, exprEnd - exprStart).find_first_not_of(" \t\n\r\f\v") == std::string_view::npos)
      p_.fail(loc(exprStart), DiagId::FStringError, "empty expression not allowed");
    Expr *value = p_.parseFStringExpression(base_ + uint32_t(exprStart), base_ + uint32_t(exprEnd));

    bool hasText = false;
    if (s_[i] == '=') {
      ++i;
      while (i < s_.size() &&
             (s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\n' || s_[i] == '\r' || s_[i] == '\f' || s_[i] == '\v'))
        ++i;
      if (i >= s_.size())
        p_.fail(loc(i), DiagId::FStringError, "expecting '}'");
      exprText.assign(s_.substr(exprStart, i - exprStart));
      hasText = true;
    }
    int conversion = -1;
    if (s_[i] == '!') {
      ++i;
      if (i >= s_.size())
        p_.fail(loc(i), DiagId::FStringError, "expecting '}'");
      conversion = uint8_t(s_[i]);
      ++i;
      if (conversion != 's' && conversion != 'r' && conversion != 'a')
        p_.fail(loc(i - 1), DiagId::FStringError, "invalid conversion character: expected 's', 'r', or 'a'");
    }
    Expr *formatSpec = nullptr;
    if (i < s_.size() && s_[i] == ':') {
      ++i;
      if (i >= s_.size())
        p_.fail(loc(i), DiagId::FStringError, "expecting '}'");
      FStringState spec;
      size_t specStart = i;
      parse(i, level + 1, spec);
      flush(spec);
      auto *js = p_.make<JoinedStr>(Kind::JoinedStr, loc(specStart));
      js->values = p_.list(spec.values);
      formatSpec = js;
    }
    if (i >= s_.size() || s_[i] != '}')
      p_.fail(loc(i), DiagId::FStringError, "expecting '}'");
    ++i;
    if (hasText && !formatSpec && conversion == -1)
      conversion = 'r';
    auto *fv = p_.make<FormattedValue>(Kind::FormattedValue, loc(exprStart - 1));
    fv->value = value;
    fv->conversion = conversion;
    fv->formatSpec = formatSpec;
    return fv;
  }
};

Expr *Parser::parseFStringExpression(uint32_t begin, uint32_t end) {
  LexResult lexed = lexExpression(file_, begin, end);
  if (lexed.error) {
    diags_.add(*lexed.error);
    throw ParseAbort{};
  }
  struct Restore {
    Parser &p;
    std::vector<Token> toks;
    size_t pos;
    ~Restore() {
      p.toks_ = std::move(toks);
      p.pos_ = pos;
    }
  } restore{*this, std::move(toks_), pos_};
  toks_ = std::move(lexed.tokens);
  pos_ = 0;
  return parseParenthesized(here(), Tok::EndMarker);
}

Expr *Parser::parseStrings() {
  SourceLoc begin = here();
  if (readPrefix(spelling(tok())).chr) {
    // Cython's C char literal: c'x'
    const Token &t = advance();
    std::string_view text = spelling(t);
    Prefix prefix = readPrefix(text);
    std::string_view body = text.substr(prefix.length + 1, text.size() - prefix.length - 2);
    auto *c = make<Constant>(Kind::Constant, begin);
    c->ck = ConstKind::Char;
    std::string value;
    if (auto err = literals::decodeEscapes(body, true, value))
      fail(t.loc(), DiagId::BadEscape, err->begin, err->end, err->reason);
    if (value.size() != 1)
      fail(t.loc(), DiagId::CharLiteralLength);
    c->value = arena_.str(value);
    return c;
  }
  bool anyBytes = false, anyStr = false, fmode = false;
  bool firstU = readPrefix(spelling(tok())).u;
  std::string bytesValue;
  FStringState state;
  while (at(Tok::String)) {
    const Token &t = advance();
    std::string_view text = spelling(t);
    Prefix prefix = readPrefix(text);
    std::string_view rest = text.substr(prefix.length);
    size_t q = rest.size() >= 6 && rest[0] == rest[1] && rest[1] == rest[2] ? 3 : 1;
    std::string_view body = rest.substr(q, rest.size() - 2 * q);
    uint32_t bodyAt = t.begin + uint32_t(prefix.length + q);
    (prefix.bytes ? anyBytes : anyStr) = true;
    if (anyBytes && anyStr)
      fail(t.loc(), DiagId::MixedBytes);
    if (prefix.bytes) {
      // language_level=2 (Python 2's rules): non-ASCII characters are the
      // bytes of their UTF-8 spelling, as in the source file.
      for (char c : body)
        if (uint8_t(c) >= 0x80 && !languageLevel2_)
          fail(t.loc(), DiagId::BytesNonAscii);
      if (prefix.raw)
        bytesValue += body;
      else if (auto err = literals::decodeEscapes(body, true, bytesValue))
        fail(t.loc(), DiagId::BadEscape, err->begin, err->end, err->reason);
    } else if (prefix.fstring) {
      fmode = true;
      FStringParser fp(*this, body, bodyAt, prefix.raw, firstU);
      size_t i = 0;
      fp.parse(i, 0, state);
    } else if (prefix.raw) {
      state.lastStr += body;
    } else if (auto err = literals::decodeEscapes(body, false, state.lastStr)) {
      fail(t.loc(), err->unknownName ? DiagId::BadUnicodeName : DiagId::BadEscape, err->begin, err->end, err->reason);
    }
  }
  if (anyBytes || !fmode) {
    auto *c = make<Constant>(Kind::Constant, begin);
    c->ck = anyBytes ? ConstKind::Bytes : ConstKind::Str;
    c->value = arena_.str(anyBytes ? bytesValue : state.lastStr);
    c->uPrefix = firstU && !anyBytes;
    return c;
  }
  FStringParser(*this, {}, begin.offset, false, firstU).flush(state);
  auto *js = make<JoinedStr>(Kind::JoinedStr, begin);
  js->values = list(state.values);
  return js;
}

} // namespace pyxc
