// Cython's compilation of `"..." % (a, b)` in Cython code: a str literal
// formatted with a tuple display becomes an f-string (`%s` is `{a}`, `%r`
// `{a!r}`, `%5d` `{int(a):5d}`, `%-4s` `{a:<4}`), built without the %
// operator, as Cython's optimiser rewrites it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyxc::sema {

struct FormatPiece {
  std::string text; // a literal piece; for a value: its format spec (may be empty)
  bool value = false;
  int conversion = -1; // 's', 'r', 'a', or 'd' (int() first); -1: none
};

// The pieces of `format` formatting `arguments` values, in order; empty
// when Cython keeps the % operator (other conversions, precision on an
// integer conversion, an incomplete specifier, a count that differs).
std::optional<std::vector<FormatPiece>> percentFormat(std::string_view format, size_t arguments);

} // namespace pyxc::sema
