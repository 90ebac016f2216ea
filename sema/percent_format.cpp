// `"..." % (args)` as f-string pieces, with the rules of Cython's optimiser.
#include "sema/percent_format.h"

namespace pyxc::sema {

std::optional<std::vector<FormatPiece>> percentFormat(std::string_view format, size_t arguments) {
  std::vector<FormatPiece> pieces;
  size_t values = 0;
  std::string text;
  auto flushText = [&] {
    if (!text.empty())
      pieces.push_back({text, false, -1});
    text.clear();
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < format.size();) {
    if (format[i] != '%') {
      text += format[i++];
      continue;
    }
    // %[width or a space][.precision]type
    size_t j = i + 1;
    if (j < format.size() && format[j] == ' ')
      ++j;
    else
      while (j < format.size() && (format[j] == '-' || digit(format[j])))
        ++j;
    if (j + 1 < format.size() && format[j] == '.' && digit(format[j + 1])) {
      ++j;
      while (j < format.size() && digit(format[j]))
        ++j;
    }
    if (j >= format.size())
      return std::nullopt; // an incomplete specifier at the end
    char type = format[j];
    std::string spec(format.substr(i + 1, j + 1 - (i + 1)));
    i = j + 1;
    if (spec == "%") {
      text += '%';
      continue;
    }
    std::string_view kinds = "asrfdoxX";
    if (kinds.find(type) == std::string_view::npos)
      return std::nullopt;
    int conversion = -1;
    if (std::string_view("doxX").find(type) != std::string_view::npos && spec.find('.') != std::string::npos)
      return std::nullopt; // format() has no precision for integers
    if (type == 'a' || type == 's' || type == 'r') {
      spec.pop_back();
      conversion = type;
      // '%5s' right-aligns, as '{:>5}' does; Cython 3.3 writes '{:5}', which
      // left-aligns strings: the % operator keeps Python's result there.
      if (!spec.empty() && digit(spec[0]) && spec[0] != '0')
        return std::nullopt;
      if (!spec.empty() && spec[0] == '0')
        spec = ">" + spec.substr(1); // '%05s' right-aligns
    } else if (type == 'd') {
      conversion = 'd'; // %d takes floats too: int() first
    }
    if (!spec.empty() && spec[0] == '-')
      spec = "<" + spec.substr(1); // '%-5s' left-aligns
    flushText();
    pieces.push_back({spec, true, conversion});
    ++values;
  }
  flushText();
  if (values != arguments)
    return std::nullopt;
  return pieces;
}

} // namespace pyxc::sema
