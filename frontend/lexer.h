// The lexer: Python's tokenizer, with CPython's rules for indentation, line
// joining, numbers and string prefixes. It tokenizes a whole file (or, for an
// f-string replacement field, a range of it) into a flat vector.
#pragma once

#include "frontend/diagnostics.h"
#include "frontend/token.h"

#include <optional>
#include <vector>

namespace pyxc {

struct LexResult {
  std::vector<Token> tokens;
  // Set when the lexer stopped early: the diagnostic belongs to the
  // Tok::Error token that ends `tokens` (before the EndMarker).
  std::optional<Diagnostic> error;
};

// Tokenizes `file` as a module.
// With `cython`, also Cython's literal forms: any mix of the prefixes
// r/u/b/f/c (`ur''`, `c'x'`), C integer suffixes (`10L`, `1UL`) and
// Python 2 octals (`0123`).
LexResult lex(const SourceFile &file, bool cython = false);
// Tokenizes [begin, end) of `file` as if inside brackets: no NEWLINE, INDENT
// or DEDENT tokens. Used for f-string replacement fields.
LexResult lexExpression(const SourceFile &file, uint32_t begin, uint32_t end);

} // namespace pyxc
