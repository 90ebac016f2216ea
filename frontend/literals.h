// Literal values: the body of a string literal with its escapes, integer
// literals in any base as decimal digits, and Python's repr() of the values
// (for the python-ast dump and for generated code).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pyxc::literals {

struct EscapeError {
  size_t begin, end; // positions in the literal body, as CPython reports them
  std::string reason;
  bool unknownName = false;
};

// Decodes the body of a non-raw literal. `bytes` keeps \N, \u and \U as they are.
std::optional<EscapeError> decodeEscapes(std::string_view body, bool bytes, std::string &out);

// "0x_ff", "1_000", "0o17", "0b1" -> decimal digits ("255", "1000", ...).
std::string intToDecimal(std::string_view literal);
double parseFloat(std::string_view literal);

std::string reprFloat(double v);
std::string reprImaginary(double v); // repr(complex(0, v))
std::string reprStr(std::string_view utf8);
std::string reprBytes(std::string_view bytes);

} // namespace pyxc::literals
