// Source files and locations.
//
// A SourceFile owns the decoded (UTF-8) text of one input file. Locations are
// byte offsets into that text: cheap to store in every token and AST node, and
// turned into line/column only when a diagnostic is printed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pyxc {

struct SourceLoc {
  uint32_t offset = 0;
};

struct SourceRange {
  SourceLoc begin;
  SourceLoc end;
};

// A 1-based line and a 1-based column counted in code points, as gcc, clang
// and CPython's tracebacks count them.
struct LineCol {
  uint32_t line = 1;
  uint32_t col = 1;
};

class SourceFile {
public:
  SourceFile(std::string path, std::string text);

  const std::string &path() const { return path_; }
  std::string_view text() const { return text_; }

  LineCol lineCol(SourceLoc loc) const;
  // The text of a 1-based line, without its line terminator.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineCount() const { return uint32_t(lineStarts_.size()); }

private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
};

} // namespace pyxc
