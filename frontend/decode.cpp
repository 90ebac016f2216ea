#include "frontend/decode.h"

#include "frontend/unicode.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>

namespace pyxc {

namespace {

std::string_view lineAt(std::string_view s, size_t start) {
  size_t end = s.find_first_of("\r\n", start);
  return s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`
std::optional<std::string> codingCookie(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\f");
  if (i == std::string_view::npos || line[i] != '#')
    return std::nullopt;
  for (size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    size_t j = at + 6;
    if (j >= line.size() || (line[j] != ':' && line[j] != '='))
      continue;
    ++j;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t'))
      ++j;
    size_t k = j;
    while (k < line.size() && (std::isalnum(uint8_t(line[k])) || line[k] == '-' || line[k] == '_' || line[k] == '.'))
      ++k;
    if (k > j)
      return std::string(line.substr(j, k - j));
  }
  return std::nullopt;
}

bool isBlankOrComment(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\f");
  return i == std::string_view::npos || line[i] == '#';
}

// CPython's get_normal_name(): the spellings it folds before the codec lookup.
std::string normalName(std::string name) {
  std::string lower = name;
  for (char &c : lower)
    c = char(c == '_' ? '-' : std::tolower(uint8_t(c)));
  auto is = [&](std::string_view base) {
    return lower == base ||
           (lower.size() > base.size() && lower.compare(0, base.size(), base) == 0 && lower[base.size()] == '-');
  };
  if (is("utf-8"))
    return "utf-8";
  if (is("latin-1") || is("iso-8859-1") || is("iso-latin-1"))
    return "iso-8859-1";
  return name;
}

bool isUtf8Name(const std::string &n) {
  std::string l;
  for (char c : n)
    if (c != '-' && c != '_')
      l += char(std::tolower(uint8_t(c)));
  return l == "utf8" || l == "u8" || l == "utf" || l == "cp65001";
}

std::optional<DecodeError> validateUtf8(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    if (uint8_t(s[pos]) < 0x80) { // ASCII: the common case
      ++pos;
      continue;
    }
    size_t at = pos;
    if (unicode::decodeUtf8(s, pos) < 0)
      return DecodeError{DiagId::UndecodableSource, "utf-8", uint8_t(s[at]), at};
  }
  return std::nullopt;
}

std::optional<std::string> iconvToUtf8(std::string_view bytes, const std::string &encoding) {
  std::string candidates[] = {encoding, encoding};
  std::replace(candidates[1].begin(), candidates[1].end(), '_', '-');
  iconv_t cd = iconv_t(-1);
  for (auto &name : candidates)
    if ((cd = iconv_open("UTF-8", name.c_str())) != iconv_t(-1))
      break;
  if (cd == iconv_t(-1))
    return std::nullopt;
  std::string out(bytes.size() * 4 + 16, '\0');
  char *in = const_cast<char *>(bytes.data());
  size_t inLeft = bytes.size();
  char *dst = out.data();
  size_t outLeft = out.size();
  size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
  iconv_close(cd);
  if (rc == size_t(-1))
    return std::nullopt;
  out.resize(out.size() - outLeft);
  return out;
}

void normaliseNewlines(std::string &text) {
  if (text.find('\r') == std::string::npos)
    return;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n')
        ++i;
    } else {
      out += text[i];
    }
  }
  text = std::move(out);
}

} // namespace

std::optional<DecodeError> decodeSource(std::string_view bytes, std::string &text) {
  bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom)
    bytes.remove_prefix(3);
  std::optional<std::string> cookie = codingCookie(lineAt(bytes, 0));
  if (!cookie && isBlankOrComment(lineAt(bytes, 0))) {
    size_t nl = bytes.find('\n');
    if (nl != std::string_view::npos)
      cookie = codingCookie(lineAt(bytes, nl + 1));
  }
  std::string encoding = cookie ? normalName(*cookie) : "utf-8";
  // With a BOM, CPython accepts only a cookie that normalises to "utf-8".
  if (bom && cookie && encoding != "utf-8")
    return DecodeError{DiagId::Utf8BomMismatch, *cookie};
  if (isUtf8Name(encoding)) {
    if (auto err = validateUtf8(bytes))
      return err;
    text.assign(bytes);
  } else {
    auto converted = iconvToUtf8(bytes, encoding);
    if (!converted)
      return DecodeError{DiagId::UnknownEncoding, *cookie};
    text = std::move(*converted);
  }
  normaliseNewlines(text);
  return std::nullopt;
}

} // namespace pyxc
