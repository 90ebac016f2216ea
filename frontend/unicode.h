// Unicode services the frontend needs, backed by ICU: identifier classes,
// NFKC normalisation of identifiers (PEP 3131), printable characters for
// repr(), and \N{...} name lookup. Strings are UTF-8; code points that Python
// allows in str but UTF-8 forbids (lone surrogates) are encoded the same way
// ("generalised UTF-8"), so a decoded literal keeps every code point.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyxc::unicode {

// Decodes one code point at `pos`, advancing it; returns -1 on malformed input.
int32_t decodeUtf8(std::string_view s, size_t &pos);
void appendUtf8(std::string &out, uint32_t cp);

bool isXidStart(uint32_t cp);
bool isXidContinue(uint32_t cp);
// Python's str.isprintable() for one code point.
bool isPrintable(uint32_t cp);
std::string nfkc(std::string_view utf8);
std::optional<uint32_t> lookupName(std::string_view name);

} // namespace pyxc::unicode
