#include "frontend/diagnostics.h"

#include "frontend/unicode.h"

namespace pyxc {

static const DiagInfo kDiagInfos[] = {
#define DIAGNOSTIC(Name, Sev, Msg) {#Name, Severity::Sev, Msg},
#include "frontend/diagnostics.def"
#undef DIAGNOSTIC
};

const DiagInfo &diagInfo(DiagId id) { return kDiagInfos[size_t(id)]; }

void DiagnosticEngine::add(Diagnostic d) {
  if (d.severity == Severity::Warning && warningsAsErrors_)
    d.severity = Severity::Error;
  if (d.severity == Severity::Error)
    ++errors_;
  diags_.push_back(std::move(d));
}

void DiagnosticEngine::rollback(size_t mark) {
  while (diags_.size() > mark) {
    if (diags_.back().severity == Severity::Error)
      --errors_;
    diags_.pop_back();
  }
}

const SourceFile &DiagnosticEngine::adopt(std::unique_ptr<SourceFile> file) {
  owned_.push_back(std::move(file));
  return *owned_.back();
}

const char *severityName(Severity s) {
  switch (s) {
  case Severity::Error: return "error";
  case Severity::Warning: return "warning";
  case Severity::Note: return "note";
  }
  return "error";
}

std::string formatDiagnostic(const Diagnostic &d) {
  if (d.file->path().empty())
    return fmt::format("pyxc: {}: {}\n", severityName(d.severity), d.message);
  const SourceFile &file = d.file->fileAt(d.loc); // an included file's own name and lines
  LineCol lc = d.file->lineCol(d.loc);
  std::string out =
      fmt::format("{}:{}:{}: {}: {}\n", file.path(), lc.line, lc.col, severityName(d.severity), d.message);
  std::string_view line = file.lineText(lc.line);
  if (line.empty() && lc.line > file.lineCount())
    return out;
  // Show the line as valid UTF-8 even when the file is not (decoding errors).
  for (size_t i = 0; i < line.size();) {
    size_t at = i;
    if (unicode::decodeUtf8(line, i) <= 0) { // invalid, or a null byte
      out += "\xEF\xBF\xBD";
      i = at + 1;
    } else {
      out.append(line.substr(at, i - at));
    }
  }
  out += '\n';
  // The caret lines up under the column; tabs are kept so terminals align it.
  uint32_t col = 1;
  for (size_t i = 0; i < line.size() && col < lc.col; ++i) {
    if ((uint8_t(line[i]) & 0xC0) == 0x80)
      continue;
    out += line[i] == '\t' ? '\t' : ' ';
    ++col;
  }
  out += "^\n";
  return out;
}

} // namespace pyxc
