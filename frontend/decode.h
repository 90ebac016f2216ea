// Turning a source file's bytes into text, as CPython's tokenizer does: a
// UTF-8 BOM, a PEP 263 coding declaration on line 1 or 2, UTF-8 otherwise;
// "\r\n" and "\r" become "\n".
#pragma once

#include "frontend/diagnostics.h"

#include <optional>
#include <string>

namespace pyxc {

struct DecodeError {
  DiagId id;
  std::string arg1;
  unsigned byte = 0;
  size_t position = 0;
};

// On failure returns the error; `text` is then unspecified.
std::optional<DecodeError> decodeSource(std::string_view bytes, std::string &text);

} // namespace pyxc
