#include "frontend/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace pyxc::unicode {

int32_t decodeUtf8(std::string_view s, size_t &pos) {
  uint8_t c = uint8_t(s[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || c >= 0xF8 || pos + len > s.size())
    return -1;
  uint32_t cp = c & (0x7F >> len);
  for (int i = 1; i < len; ++i) {
    uint8_t cc = uint8_t(s[pos + i]);
    if ((cc & 0xC0) != 0x80)
      return -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF)
    return -1;
  pos += len;
  return int32_t(cp);
}

void appendUtf8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

bool isXidStart(uint32_t cp) { return cp == '_' || u_hasBinaryProperty(UChar32(cp), UCHAR_XID_START); }

bool isXidContinue(uint32_t cp) { return u_hasBinaryProperty(UChar32(cp), UCHAR_XID_CONTINUE); }

bool isPrintable(uint32_t cp) {
  if (cp == ' ')
    return true;
  switch (u_charType(UChar32(cp))) {
  case U_CONTROL_CHAR:
  case U_FORMAT_CHAR:
  case U_SURROGATE:
  case U_PRIVATE_USE_CHAR:
  case U_UNASSIGNED:
  case U_LINE_SEPARATOR:
  case U_PARAGRAPH_SEPARATOR:
  case U_SPACE_SEPARATOR: return false;
  default: return true;
  }
}

std::string nfkc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2 *norm = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status))
    return std::string(utf8);
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), int32_t(utf8.size())));
  icu::UnicodeString dst = norm->normalize(src, status);
  if (U_FAILURE(status))
    return std::string(utf8);
  std::string out;
  dst.toUTF8String(out);
  return out;
}

std::optional<uint32_t> lookupName(std::string_view name) {
  std::string n(name);
  for (UCharNameChoice choice : {U_UNICODE_CHAR_NAME, U_CHAR_NAME_ALIAS}) {
    UErrorCode status = U_ZERO_ERROR;
    UChar32 cp = u_charFromName(choice, n.c_str(), &status);
    if (U_SUCCESS(status) && cp >= 0)
      return uint32_t(cp);
  }
  return std::nullopt;
}

} // namespace pyxc::unicode
