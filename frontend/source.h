// Source files and locations.
//
// A SourceFile owns the decoded (UTF-8) text of one input file. Locations are
// byte offsets into that text: cheap to store in every token and AST node, and
// turned into line/column only when a diagnostic is printed.
#pragma once

#include <cstdint>
#include <memory>
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

// A module's source, and the files it includes (`include "x.pxi"`). An
// included file's AST is spliced into the module's, its locations moved to a
// range of offsets of their own (above kIncludedBase), so a location alone
// says which file it is in: fileAt() and localLoc() find it again.
class SourceFile {
public:
  static constexpr uint32_t kIncludedBase = 0x80000000u;
  static constexpr uint32_t kIncludedSpan = 0x01000000u; // 16 MiB per included file
  static constexpr uint32_t kMaxIncluded = 127;

  SourceFile(std::string path, std::string text);

  const std::string &path() const { return path_; }
  std::string_view text() const { return text_; }

  // Takes an included file; returns the offset its locations move by (0
  // when there is no room for another).
  uint32_t adopt(std::unique_ptr<SourceFile> included);
  // The files included so far, in the order they were adopted.
  const std::vector<std::unique_ptr<SourceFile>> &included() const { return included_; }
  // The file a location is in (this one, or an included one), and the
  // location as that file counts it.
  const SourceFile &fileAt(SourceLoc loc) const;
  static SourceLoc localLoc(SourceLoc loc) {
    return loc.offset >= kIncludedBase ? SourceLoc{(loc.offset - kIncludedBase) % kIncludedSpan} : loc;
  }

  // Line and column in the file the location is in.
  LineCol lineCol(SourceLoc loc) const;
  // The text of a 1-based line, without its line terminator.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineCount() const { return uint32_t(lineStarts_.size()); }

private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
  std::vector<std::unique_ptr<SourceFile>> included_;
};

} // namespace pyxc
