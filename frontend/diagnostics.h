// Diagnostics: values collected while a stage runs, printed by the driver.
//
// Every diagnostic is declared once in diagnostics.def; a stage reports one by
// its id and arguments and never prints.
#pragma once

#include "frontend/source.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

namespace pyxc {

enum class Severity : uint8_t { Error, Warning, Note };
// "error", "warning", "note": as messages spell it.
const char *severityName(Severity s);

enum class DiagId : uint16_t {
#define DIAGNOSTIC(Name, Sev, Msg) Name,
#include "frontend/diagnostics.def"
#undef DIAGNOSTIC
  Count
};

struct DiagInfo {
  const char *name;
  Severity severity;
  const char *format;
};

const DiagInfo &diagInfo(DiagId id);

struct Diagnostic {
  DiagId id;
  Severity severity;
  const SourceFile *file;
  SourceLoc loc;
  std::string message;
};

class DiagnosticEngine {
public:
  template <class... Args> void report(DiagId id, const SourceFile &file, SourceLoc loc, const Args &...args) {
    const DiagInfo &info = diagInfo(id);
    add({id, info.severity, &file, loc, fmt::vformat(info.format, fmt::make_format_args(args...))});
  }
  void add(Diagnostic d);
  // -Werror: warnings reported from now on are errors (the stage stops).
  void setWarningsAsErrors(bool on) { warningsAsErrors_ = on; }

  const std::vector<Diagnostic> &all() const { return diags_; }
  size_t errorCount() const { return errors_; }
  bool hasErrors() const { return errors_ != 0; }
  // Drop everything reported after `mark` (used by the parser's backtracking).
  size_t mark() const { return diags_.size(); }
  void rollback(size_t mark);
  // Keeps a file alive as long as the diagnostics that point into it.
  const SourceFile &adopt(std::unique_ptr<SourceFile> file);

private:
  std::vector<Diagnostic> diags_;
  std::vector<std::unique_ptr<SourceFile>> owned_;
  size_t errors_ = 0;
  bool warningsAsErrors_ = false;
};

// "file:line:col: error: message", the source line and a caret, as gcc prints
// it; "pyxc: error: message" for a diagnostic about no file in particular.
std::string formatDiagnostic(const Diagnostic &d);

} // namespace pyxc
