#include "ir/names.h"

#include "frontend/unicode.h"

#include <fmt/format.h>

namespace pyxc::ir {

std::string cSpelling(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
      out += char(c);
      ++i;
      continue;
    }
    if (c < 0x80) { // punctuation of qualnames (`C.<locals>.f`): one '_'
      if (!out.empty() && out.back() != '_')
        out += '_';
      ++i;
      continue;
    }
    size_t at = i;
    int32_t cp = unicode::decodeUtf8(name, i);
    if (cp <= 0) { // not UTF-8 (never a valid identifier): its byte
      cp = c;
      i = at + 1;
    }
    out += fmt::format("{}u{:x}_", out.empty() || out.back() == '_' ? "" : "_", cp);
  }
  return out;
}

const std::string &NameTable::get(std::string_view prefix, std::string_view name, const void *key) {
  std::string spelled = std::string(prefix) + cSpelling(name);
  // Keyed by the raw name (not its spelling, which two names can share).
  auto k = std::pair(std::string(prefix) + '\x01' + (key ? std::string() : std::string(name)), key);
  if (auto it = issued_.find(k); it != issued_.end())
    return it->second;
  std::string id = spelled;
  for (int n = 2; taken_.count(id); ++n)
    id = fmt::format("{}_{}", spelled, n);
  taken_.insert(id);
  return issued_.emplace(std::move(k), std::move(id)).first->second;
}

} // namespace pyxc::ir
