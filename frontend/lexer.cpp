#include "frontend/lexer.h"

#include "frontend/unicode.h"

#include <array>
#include <cstring>

namespace pyxc {

namespace {

struct Spelled {
  std::string_view text;
  Tok kind;
};

constexpr Spelled kKeywords[] = {
#define X(Name, Spelling) {Spelling, Tok::Kw##Name},
    PYXC_KEYWORDS(X)
#undef X
};

constexpr Spelled kOperators[] = {
#define X(Name, Spelling) {Spelling, Tok::Name},
    PYXC_OPERATORS(X)
#undef X
};

constexpr int kMaxIndent = 100;
constexpr int kMaxParens = 200;
constexpr int kTabSize = 8;

bool isAsciiIdStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiIdChar(char c) { return isAsciiIdStart(c) || isDigit(c); }

// Cython's scanner takes any run of these before a quote; the parser checks
// the combination.
bool isCythonStringPrefix(std::string_view p) {
  if (p.size() > 3)
    return false;
  for (char c : p)
    if (std::string_view("rRuUbBfFcC").find(c) == std::string_view::npos)
      return false;
  return true;
}

bool isStringPrefix(std::string_view p) {
  if (p.size() > 2)
    return false;
  char a = char(p[0] | 0x20), b = p.size() == 2 ? char(p[1] | 0x20) : 0;
  if (!b)
    return a == 'r' || a == 'u' || a == 'b' || a == 'f';
  return (a == 'r' && (b == 'b' || b == 'f')) || ((a == 'b' || a == 'f') && b == 'r');
}

class Lexer {
public:
  Lexer(const SourceFile &file, uint32_t begin, uint32_t end, bool expressionOnly, bool cython)
      : file_(file), src_(file.text()), pos_(begin), end_(end), expressionOnly_(expressionOnly), cython_(cython) {
    indents_[0] = altIndents_[0] = 0;
  }

  LexResult run() {
    if (expressionOnly_)
      lexLine(/*atLineStart=*/false);
    else
      lexModule();
    if (!out_.error)
      finish();
    out_.tokens.push_back({Tok::EndMarker, end_, end_});
    return std::move(out_);
  }

private:
  const SourceFile &file_;
  std::string_view src_;
  uint32_t pos_;
  uint32_t end_;
  bool expressionOnly_;
  bool cython_;
  LexResult out_;
  int indents_[kMaxIndent + 1];
  int altIndents_[kMaxIndent + 1];
  int depth_ = 0;
  struct Open {
    char c;
    uint32_t at;
  };
  std::vector<Open> parens_;

  char peek(uint32_t ahead = 0) const { return pos_ + ahead < end_ ? src_[pos_ + ahead] : '\0'; }
  bool atEnd() const { return pos_ >= end_; }

  void emit(Tok kind, uint32_t begin, uint32_t end) { out_.tokens.push_back({kind, begin, end}); }

  template <class... Args> void fail(uint32_t at, DiagId id, const Args &...args) {
    const DiagInfo &info = diagInfo(id);
    out_.error = Diagnostic{id, info.severity, &file_, {at}, fmt::vformat(info.format, fmt::make_format_args(args...))};
    emit(Tok::Error, at, at);
  }
  bool failed() const { return out_.error.has_value(); }

  void lexModule() {
    while (!atEnd() && !failed()) {
      if (!lexIndentation())
        continue; // blank line consumed
      lexLine(/*atLineStart=*/true);
    }
  }

  // Measures the indentation of a logical line's first physical line. Returns
  // false (after consuming it) for a blank or comment-only line.
  bool lexIndentation() {
    int col = 0, altcol = 0;
    uint32_t start = pos_;
    for (;; ++pos_) {
      char c = peek();
      if (c == ' ') {
        ++col, ++altcol;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        ++altcol;
      } else if (c == '\f') {
        col = altcol = 0;
      } else {
        break;
      }
    }
    char c = peek();
    if (c == '#' || c == '\n' || atEnd()) {
      skipToLineEnd();
      return false;
    }
    if (c == '\\' && (peek(1) == '\n' || pos_ + 1 >= end_)) {
      // A backslash continuation on an otherwise empty line: CPython treats
      // the joined line as starting here.
    }
    if (col == indents_[depth_]) {
      if (altcol != altIndents_[depth_])
        return fail(pos_, DiagId::InconsistentTabs), true;
    } else if (col > indents_[depth_]) {
      if (depth_ + 1 >= kMaxIndent)
        return fail(pos_, DiagId::TooDeepIndent), true;
      if (altcol <= altIndents_[depth_])
        return fail(pos_, DiagId::InconsistentTabs), true;
      ++depth_;
      indents_[depth_] = col;
      altIndents_[depth_] = altcol;
      emit(Tok::Indent, start, pos_);
    } else {
      while (depth_ > 0 && col < indents_[depth_]) {
        --depth_;
        emit(Tok::Dedent, pos_, pos_);
      }
      if (col != indents_[depth_])
        return fail(pos_, DiagId::UnindentMismatch), true;
      if (altcol != altIndents_[depth_])
        return fail(pos_, DiagId::InconsistentTabs), true;
    }
    return true;
  }

  void skipToLineEnd() {
    while (!atEnd() && peek() != '\n')
      ++pos_;
    if (!atEnd())
      ++pos_;
  }

  // Lexes one logical line (several physical lines inside brackets or after
  // backslashes), ending with its NEWLINE.
  void lexLine(bool atLineStart) {
    (void)atLineStart;
    while (!failed()) {
      char c = peek();
      if (atEnd()) {
        if (!expressionOnly_ && !parens_.empty())
          return fail(parens_.back().at, DiagId::NeverClosed, std::string(1, parens_.back().c));
        if (!expressionOnly_)
          emit(Tok::Newline, pos_, pos_);
        return;
      }
      if (c == ' ' || c == '\t' || c == '\f') {
        ++pos_;
        continue;
      }
      if (c == '#') {
        while (!atEnd() && peek() != '\n')
          ++pos_;
        continue;
      }
      if (c == '\n') {
        if (!parens_.empty() || expressionOnly_) {
          ++pos_;
          continue;
        }
        emit(Tok::Newline, pos_, pos_ + 1);
        ++pos_;
        return;
      }
      if (c == '\\') {
        if (peek(1) == '\n') {
          pos_ += 2;
          if (atEnd())
            return fail(pos_, DiagId::EofInContinuation);
          continue;
        }
        if (pos_ + 1 >= end_)
          return fail(pos_, DiagId::EofInContinuation);
        return fail(pos_ + 1, DiagId::LineContinuation);
      }
      if (isAsciiIdStart(c) || uint8_t(c) >= 0x80) {
        lexNameOrString();
        continue;
      }
      if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
        lexNumber();
        continue;
      }
      if (c == '"' || c == '\'') {
        lexString(pos_, pos_);
        continue;
      }
      lexOperator();
    }
  }

  void lexNameOrString() {
    uint32_t start = pos_;
    bool ascii = true;
    while (!atEnd()) {
      char c = peek();
      if (isAsciiIdChar(c)) {
        ++pos_;
        continue;
      }
      if (uint8_t(c) < 0x80)
        break;
      size_t p = pos_;
      int32_t cp = unicode::decodeUtf8(src_, p);
      if (cp < 0 || !unicode::isXidContinue(uint32_t(cp))) {
        if (pos_ == start || !ascii || true) {
          // Not part of an identifier: an error unless it begins one.
          if (pos_ == start)
            return invalidCharacter(pos_);
        }
        break;
      }
      ascii = false;
      pos_ = uint32_t(p);
    }
    if (pos_ == start)
      return invalidCharacter(pos_);
    char q = peek();
    std::string_view prefix = src_.substr(start, pos_ - start);
    if ((q == '"' || q == '\'') && ascii && (cython_ ? isCythonStringPrefix(prefix) : isStringPrefix(prefix)))
      return lexString(start, pos_);
    if (!ascii) {
      // PEP 3131: the first character must be XID_Start after NFKC.
      size_t p = start;
      int32_t first = unicode::decodeUtf8(src_, p);
      if (!unicode::isXidStart(uint32_t(first)) && !isAsciiIdStart(src_[start])) {
        std::string n = unicode::nfkc(src_.substr(start, pos_ - start));
        size_t q0 = 0;
        int32_t nf = n.empty() ? -1 : unicode::decodeUtf8(n, q0);
        if (nf < 0 || !(unicode::isXidStart(uint32_t(nf)) || nf == '_'))
          return invalidCharacter(start);
      }
    }
    emit(classifyName(start, pos_), start, pos_);
  }

  Tok classifyName(uint32_t b, uint32_t e) const {
    std::string_view text = src_.substr(b, e - b);
    if (text.size() < 2 || text.size() > 8)
      return Tok::Name;
    // Keywords start with a letter in [A-Z a-z]; most names share no first
    // letter and length with any keyword.
    for (const Spelled &kw : kKeywords)
      if (kw.text[0] == text[0] && kw.text.size() == text.size() && kw.text == text)
        return kw.kind;
    return Tok::Name;
  }

  void invalidCharacter(uint32_t at) {
    size_t p = at;
    int32_t cp = unicode::decodeUtf8(src_, p);
    if (cp < 0)
      return fail(at, DiagId::InvalidCharacter, "?", 0xFFFD);
    if (!unicode::isPrintable(uint32_t(cp)))
      return fail(at, DiagId::InvalidNonPrintable, cp);
    return fail(at, DiagId::InvalidCharacter, std::string(src_.substr(at, p - at)), cp);
  }

  // CPython's verify_end_of_number(): a number may be directly followed by a
  // few keywords (with a deprecation warning), never by other names.
  bool verifyEndOfNumber(uint32_t start, const char *kind) {
    if (cython_ && std::strcmp(kind, "imaginary") != 0) {
      // C integer suffixes: `10L`, `10UL`, `10LL`, `10u`.
      uint32_t save = pos_;
      int us = 0, ls = 0;
      while ((peek() | 0x20) == 'u' || (peek() | 0x20) == 'l') {
        ((peek() | 0x20) == 'u' ? us : ls)++;
        ++pos_;
      }
      if (us > 1 || ls > 2 || isAsciiIdChar(peek()))
        pos_ = save;
    }
    char c = peek();
    if (uint8_t(c) >= 0x80) {
      size_t p = pos_;
      int32_t cp = unicode::decodeUtf8(src_, p);
      if (cp < 0 || !unicode::isXidContinue(uint32_t(cp)))
        return true; // not a name character: the next token reports it
    } else if (!isAsciiIdStart(c)) {
      return true;
    }
    static constexpr std::string_view kAllowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (std::string_view kw : kAllowed)
      if (src_.substr(pos_, kw.size()) == kw)
        return true;
    (void)start;
    fail(pos_, DiagId::InvalidNumber, kind);
    return false;
  }

  // Digits of one base with single underscores between them.
  bool digits(bool (*isBaseDigit)(char), const char *kind) {
    if (!isBaseDigit(peek()))
      return false;
    while (true) {
      while (isBaseDigit(peek()))
        ++pos_;
      if (peek() != '_')
        return true;
      ++pos_;
      if (!isBaseDigit(peek())) {
        fail(pos_, DiagId::InvalidNumber, kind);
        return false;
      }
    }
  }

  void lexNumber() {
    uint32_t start = pos_;
    auto dec = [](char c) { return isDigit(c); };
    if (peek() == '0' && (peek(1) | 0x20) != '.' && peek(1) != '.') {
      char base = char(peek(1) | 0x20);
      if (base == 'x' || base == 'o' || base == 'b') {
        pos_ += 2;
        const char *kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
        bool (*pred)(char) = base == 'x'   ? +[](char c) { return std::isxdigit(uint8_t(c)) != 0; }
                             : base == 'o' ? +[](char c) { return c >= '0' && c <= '7'; }
                                           : +[](char c) { return c == '0' || c == '1'; };
        if (peek() == '_')
          ++pos_;
        if (!digits(pred, kind)) {
          if (failed())
            return;
          if (isDigit(peek()))
            return fail(pos_, DiagId::InvalidDigit, std::string(1, peek()), kind);
          return fail(pos_, DiagId::InvalidNumber, kind);
        }
        if (failed())
          return;
        if (isDigit(peek()))
          return fail(pos_, DiagId::InvalidDigit, std::string(1, peek()), kind);
        if (!verifyEndOfNumber(start, kind))
          return;
        return emit(Tok::Number, start, pos_);
      }
      // "0", "00", "0_0": a decimal zero; other digits need a fraction,
      // exponent or 'j' to be legal.
      bool nonzero = false;
      while (peek() == '0' || (peek() == '_' && isDigit(peek(1)))) {
        ++pos_;
      }
      if (isDigit(peek())) {
        nonzero = true;
        digits(dec, "decimal");
        if (failed())
          return;
      }
      char c = peek();
      if (c == '.' || (c | 0x20) == 'e' || (c | 0x20) == 'j')
        return lexNumberTail(start);
      if (peek() == '_')
        return fail(pos_, DiagId::InvalidNumber, "decimal");
      if (nonzero && !cython_) // Cython reads `0123` as a Python 2 octal
        return fail(start, DiagId::LeadingZeros);
      if (!verifyEndOfNumber(start, "decimal"))
        return;
      return emit(Tok::Number, start, pos_);
    }
    if (isDigit(peek())) {
      digits(dec, "decimal");
      if (failed())
        return;
    }
    lexNumberTail(start);
  }

  // Fraction, exponent and imaginary suffix of a decimal number.
  void lexNumberTail(uint32_t start) {
    auto dec = [](char c) { return isDigit(c); };
    const char *kind = "decimal";
    if (peek() == '.') {
      ++pos_;
      if (isDigit(peek())) {
        digits(dec, kind);
        if (failed())
          return;
      }
    }
    if ((peek() | 0x20) == 'e') {
      uint32_t e = pos_;
      ++pos_;
      if (peek() == '+' || peek() == '-')
        ++pos_;
      if (!isDigit(peek())) {
        if (failed())
          return;
        // "1else" etc.: the 'e' begins a keyword, not an exponent.
        pos_ = e;
        if (!verifyEndOfNumber(start, kind))
          return;
        return emit(Tok::Number, start, pos_);
      }
      digits(dec, kind);
      if (failed())
        return;
    }
    if ((peek() | 0x20) == 'j') {
      ++pos_;
      kind = "imaginary";
    }
    if (!verifyEndOfNumber(start, kind))
      return;
    emit(Tok::Number, start, pos_);
  }

  // A string literal whose prefix spans [start, quoteAt).
  void lexString(uint32_t start, uint32_t quoteAt) {
    pos_ = quoteAt;
    char q = peek();
    bool triple = peek(1) == q && peek(2) == q;
    pos_ += triple ? 3 : 1;
    uint32_t startLine = 0;
    while (true) {
      if (atEnd()) {
        if (triple) {
          startLine = file_.lineCol({start}).line;
          (void)startLine;
          return fail(start, DiagId::UnterminatedTripleString, file_.lineCol({end_}).line);
        }
        return fail(start, DiagId::UnterminatedString, file_.lineCol({start}).line);
      }
      char c = peek();
      if (c == '\\') {
        pos_ += 2;
        if (pos_ > end_)
          pos_ = end_;
        continue;
      }
      if (c == '\n' && !triple)
        return fail(start, DiagId::UnterminatedString, file_.lineCol({start}).line);
      if (c == q) {
        if (!triple) {
          ++pos_;
          break;
        }
        if (peek(1) == q && peek(2) == q) {
          pos_ += 3;
          break;
        }
      }
      ++pos_;
    }
    emit(Tok::String, start, pos_);
  }

  void lexOperator() {
    uint32_t start = pos_;
    int len = 0;
    Tok kind = matchOperator(len);
    if (len == 0)
      return invalidCharacter(pos_);
    pos_ += uint32_t(len);
    trackBracket(kind, start);
    if (!failed())
      emit(kind, start, pos_);
  }

  // The longest operator at pos_ (len = 0 when there is none). A switch on
  // the first character keeps this off the lexer's profile.
  Tok matchOperator(int &len) const {
    char c = peek(), c1 = peek(1), c2 = peek(2);
    len = 1;
    auto two = [&](char next, Tok withNext, Tok alone) {
      if (c1 == next) {
        len = 2;
        return withNext;
      }
      return alone;
    };
    switch (c) {
    case '(': return Tok::LParen;
    case ')': return Tok::RParen;
    case '[': return Tok::LSquare;
    case ']': return Tok::RSquare;
    case '{': return Tok::LBrace;
    case '}': return Tok::RBrace;
    case ',': return Tok::Comma;
    case ';': return Tok::Semi;
    case '~': return Tok::Tilde;
    case '?': return Tok::Question;
    case '`': // Cython still reads Python 2's `x` (repr)
      if (cython_)
        return Tok::Backquote;
      len = 0;
      return Tok::Error;
    case ':': return two('=', Tok::ColonEqual, Tok::Colon);
    case '+': return two('=', Tok::PlusEqual, Tok::Plus);
    case '%': return two('=', Tok::PercentEqual, Tok::Percent);
    case '&': return two('=', Tok::AmperEqual, Tok::Amper);
    case '|': return two('=', Tok::VBarEqual, Tok::VBar);
    case '^': return two('=', Tok::CircumflexEqual, Tok::Circumflex);
    case '@': return two('=', Tok::AtEqual, Tok::At);
    case '=': return two('=', Tok::EqEqual, Tok::Equal);
    case '!': return two('=', Tok::NotEqual, Tok::Bang);
    case '-':
      if (c1 == '>') {
        len = 2;
        return Tok::RArrow;
      }
      return two('=', Tok::MinEqual, Tok::Minus);
    case '.':
      if (c1 == '.' && c2 == '.') {
        len = 3;
        return Tok::Ellipsis;
      }
      return Tok::Dot;
    case '*':
    case '/':
    case '<':
    case '>': {
      // *, *=, **, **=  /, /=, //, //=  <, <=, <<, <<=  >, >=, >>, >>=
      bool doubled = c1 == c;
      bool assign = doubled ? c2 == '=' : c1 == '=';
      len = 1 + int(doubled) + int(assign);
      switch (c) {
      case '*':
        return doubled ? (assign ? Tok::DoubleStarEqual : Tok::DoubleStar) : assign ? Tok::StarEqual : Tok::Star;
      case '/':
        return doubled ? (assign ? Tok::DoubleSlashEqual : Tok::DoubleSlash) : assign ? Tok::SlashEqual : Tok::Slash;
      case '<': return doubled ? (assign ? Tok::LeftShiftEqual : Tok::LeftShift) : assign ? Tok::LessEqual : Tok::Less;
      default:
        return doubled ? (assign ? Tok::RightShiftEqual : Tok::RightShift) : assign ? Tok::GreaterEqual : Tok::Greater;
      }
    }
    default: len = 0; return Tok::Error;
    }
  }

  void trackBracket(Tok kind, uint32_t at) {
    char c = src_[at];
    switch (kind) {
    case Tok::LParen:
    case Tok::LSquare:
    case Tok::LBrace:
      if (parens_.size() >= kMaxParens)
        return fail(at, DiagId::TooManyNesting);
      parens_.push_back({c, at});
      return;
    case Tok::RParen:
    case Tok::RSquare:
    case Tok::RBrace: {
      if (parens_.empty()) {
        if (expressionOnly_)
          return;
        return fail(at, DiagId::UnmatchedBracket, std::string(1, c));
      }
      char open = parens_.back().c;
      char want = open == '(' ? ')' : open == '[' ? ']' : '}';
      if (c != want)
        return fail(at, DiagId::MismatchedBracket, std::string(1, c), std::string(1, open));
      parens_.pop_back();
      return;
    }
    default: return;
    }
  }

  void finish() {
    if (expressionOnly_)
      return;
    while (depth_ > 0) {
      --depth_;
      emit(Tok::Dedent, end_, end_);
    }
  }
};

} // namespace

std::string_view tokSpelling(Tok kind) {
  for (const Spelled &kw : kKeywords)
    if (kw.kind == kind)
      return kw.text;
  for (const Spelled &op : kOperators)
    if (op.kind == kind)
      return op.text;
  switch (kind) {
  case Tok::EndMarker: return "end of file";
  case Tok::Newline: return "newline";
  case Tok::Indent: return "indent";
  case Tok::Dedent: return "dedent";
  case Tok::Name: return "name";
  case Tok::Number: return "number";
  case Tok::String: return "string";
  default: return "?";
  }
}

bool isKeyword(Tok kind) { return kind >= Tok::KwFalse && kind <= Tok::KwYield; }

LexResult lex(const SourceFile &file, bool cython) {
  std::string_view text = file.text();
  if (text.find('\0') != std::string_view::npos) {
    LexResult r;
    uint32_t at = uint32_t(text.find('\0'));
    r.error = Diagnostic{DiagId::NullByte, Severity::Error, &file, {at}, diagInfo(DiagId::NullByte).format};
    r.tokens.push_back({Tok::Error, at, at});
    r.tokens.push_back({Tok::EndMarker, at, at});
    return r;
  }
  return Lexer(file, 0, uint32_t(text.size()), false, cython).run();
}

LexResult lexExpression(const SourceFile &file, uint32_t begin, uint32_t end) {
  return Lexer(file, begin, end, true, false).run();
}

} // namespace pyxc
