#include "frontend/source.h"

#include <algorithm>

namespace pyxc {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  if (text_.find('\r') == std::string::npos) { // decoded text: '\n' only
    for (size_t at = text_.find('\n'); at != std::string::npos; at = text_.find('\n', at + 1))
      lineStarts_.push_back(uint32_t(at + 1));
    return;
  }
  for (uint32_t i = 0; i < text_.size(); ++i) {
    char c = text_[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text_.size() || text_[i + 1] != '\n')))
      lineStarts_.push_back(i + 1);
  }
}

uint32_t SourceFile::adopt(std::unique_ptr<SourceFile> included) {
  if (included_.size() >= kMaxIncluded || included->text().size() >= kIncludedSpan)
    return 0;
  included_.push_back(std::move(included));
  return kIncludedBase + uint32_t(included_.size() - 1) * kIncludedSpan;
}

const SourceFile &SourceFile::fileAt(SourceLoc loc) const {
  if (loc.offset < kIncludedBase)
    return *this;
  size_t index = (loc.offset - kIncludedBase) / kIncludedSpan;
  return index < included_.size() ? *included_[index] : *this;
}

LineCol SourceFile::lineCol(SourceLoc loc) const {
  if (loc.offset >= kIncludedBase) {
    const SourceFile &in = fileAt(loc);
    return &in == this ? LineCol{} : in.lineCol(localLoc(loc));
  }
  uint32_t offset = std::min<uint32_t>(loc.offset, uint32_t(text_.size()));
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  uint32_t line = uint32_t(it - lineStarts_.begin());
  uint32_t start = lineStarts_[line - 1];
  uint32_t col = 1;
  for (uint32_t i = start; i < offset; ++i)
    if ((uint8_t(text_[i]) & 0xC0) != 0x80) // count code points, not bytes
      ++col;
  return {line, col};
}

std::string_view SourceFile::lineText(uint32_t line) const {
  if (line == 0 || line > lineStarts_.size())
    return {};
  uint32_t start = lineStarts_[line - 1];
  uint32_t end = line < lineStarts_.size() ? lineStarts_[line] : uint32_t(text_.size());
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r'))
    --end;
  return std::string_view(text_).substr(start, end - start);
}

} // namespace pyxc
