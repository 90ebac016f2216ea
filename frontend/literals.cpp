#include "frontend/literals.h"

#include "frontend/unicode.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fmt/format.h>
#include <vector>

namespace pyxc::literals {

namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = char(c | 0x20);
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

} // namespace

std::optional<EscapeError> decodeEscapes(std::string_view s, bool bytes, std::string &out) {
  out.reserve(out.size() + s.size());
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c != '\\' || i + 1 >= s.size()) {
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    char e = s[i + 1];
    i += 2;
    switch (e) {
    case '\n': break;
    case '\\': out += '\\'; break;
    case '\'': out += '\''; break;
    case '"': out += '"'; break;
    case 'a': out += '\a'; break;
    case 'b': out += '\b'; break;
    case 'f': out += '\f'; break;
    case 'n': out += '\n'; break;
    case 'r': out += '\r'; break;
    case 't': out += '\t'; break;
    case 'v': out += '\v'; break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      unsigned v = unsigned(e - '0');
      for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k)
        v = v * 8 + unsigned(s[i++] - '0');
      if (bytes)
        out += char(v & 0xFF);
      else
        unicode::appendUtf8(out, v);
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      if (bytes && e != 'x') {
        out += '\\';
        out += e;
        break;
      }
      int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t v = 0;
      for (int k = 0; k < n; ++k) {
        int h = i + size_t(k) < s.size() ? hexValue(s[i + size_t(k)]) : -1;
        if (h < 0)
          return EscapeError{start, i + size_t(k) - 1,
                             fmt::format("truncated \\{}{} escape", e, std::string(size_t(n), 'X'))};
        v = v * 16 + uint32_t(h);
      }
      i += size_t(n);
      if (bytes) {
        out += char(v);
      } else {
        if (v > 0x10FFFF)
          return EscapeError{start, i - 1, "illegal Unicode character"};
        unicode::appendUtf8(out, v);
      }
      break;
    }
    case 'N': {
      if (bytes) {
        out += "\\N";
        break;
      }
      size_t close = s.find('}', i);
      if (i >= s.size() || s[i] != '{' || close == std::string_view::npos)
        return EscapeError{start, i - 1, "malformed \\N character escape"};
      auto cp = unicode::lookupName(s.substr(i + 1, close - i - 1));
      if (!cp)
        return EscapeError{start, close, "unknown Unicode character name", true};
      unicode::appendUtf8(out, *cp);
      i = close + 1;
      break;
    }
    default:
      // An unknown escape keeps its backslash (CPython warns).
      out += '\\';
      out += e;
      break;
    }
  }
  return std::nullopt;
}

std::string intToDecimal(std::string_view lit) {
  int base = 10;
  if (lit.size() > 1 && lit[0] == '0') {
    char b = char(lit[1] | 0x20);
    base = b == 'x' ? 16 : b == 'o' ? 8 : b == 'b' ? 2 : 10;
    if (base != 10)
      lit.remove_prefix(2);
  }
  // Limbs of 10^9, least significant first.
  std::vector<uint32_t> limbs{0};
  for (char c : lit) {
    int d = hexValue(c);
    if (c == '_' || d < 0)
      continue;
    uint64_t carry = uint64_t(d);
    for (uint32_t &limb : limbs) {
      uint64_t v = uint64_t(limb) * uint64_t(base) + carry;
      limb = uint32_t(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry)
      limbs.push_back(uint32_t(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;)
    out += fmt::format("{:09d}", limbs[i]);
  return out;
}

double parseFloat(std::string_view lit) {
  std::string clean;
  for (char c : lit)
    if (c != '_' && (c | 0x20) != 'j')
      clean += c;
  return std::strtod(clean.c_str(), nullptr);
}

// float_repr_style 'short' with mode 'r', as CPython's PyOS_double_to_string.
static std::string reprDouble(double v, bool addDotZero) {
  if (std::isinf(v))
    return v > 0 ? "inf" : "-inf";
  if (std::isnan(v))
    return "nan";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  size_t epos = sci.find('e');
  int exp = std::atoi(sci.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (sci[i] != '.')
      digits += sci[i];
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();
  int decpt = exp + 1;
  int nd = int(digits.size());
  std::string out;
  if (decpt <= -4 || decpt > 16) {
    out = digits.substr(0, 1);
    if (nd > 1)
      out += "." + digits.substr(1);
    out += fmt::format("e{}{:02d}", exp < 0 ? '-' : '+', std::abs(exp));
  } else if (decpt <= 0) {
    out = "0." + std::string(size_t(-decpt), '0') + digits;
  } else if (decpt >= nd) {
    out = digits + std::string(size_t(decpt - nd), '0');
    if (addDotZero)
      out += ".0";
  } else {
    out = digits.substr(0, size_t(decpt)) + "." + digits.substr(size_t(decpt));
  }
  return sign + out;
}

std::string reprFloat(double v) { return reprDouble(v, true); }
std::string reprImaginary(double v) { return reprDouble(v, false) + "j"; }

std::string reprStr(std::string_view s) {
  bool hasSingle = s.find('\'') != std::string_view::npos;
  bool hasDouble = s.find('"') != std::string_view::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  std::string out(1, quote);
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    int32_t cp = unicode::decodeUtf8(s, i);
    if (cp < 0) { // a lone surrogate, encoded as three bytes
      uint32_t v = ((uint8_t(s[at]) & 0x0F) << 12) | ((uint8_t(s[at + 1]) & 0x3F) << 6) | (uint8_t(s[at + 2]) & 0x3F);
      out += fmt::format("\\u{:04x}", v);
      i = at + 3;
      continue;
    }
    if (cp == quote || cp == '\\') {
      out += '\\';
      out += char(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (cp < 0x7F) {
      out += char(cp);
    } else if (!unicode::isPrintable(uint32_t(cp))) {
      if (cp <= 0xFF)
        out += fmt::format("\\x{:02x}", cp);
      else if (cp <= 0xFFFF)
        out += fmt::format("\\u{:04x}", cp);
      else
        out += fmt::format("\\U{:08x}", cp);
    } else {
      out.append(s.substr(at, i - at));
    }
  }
  out += quote;
  return out;
}

std::string reprBytes(std::string_view s) {
  bool hasSingle = s.find('\'') != std::string_view::npos;
  bool hasDouble = s.find('"') != std::string_view::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : s) {
    uint8_t c = uint8_t(ch);
    if (c == uint8_t(quote) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += char(c);
    }
  }
  out += quote;
  return out;
}

} // namespace pyxc::literals
