// Reading a source file from disk into a SourceFile, reporting unreadable
// files and undecodable text as diagnostics.
#pragma once

#include "frontend/diagnostics.h"
#include "frontend/source.h"

#include <memory>

namespace pyxc {

// Returns null (with a diagnostic) when the file cannot be read or decoded.
std::unique_ptr<SourceFile> loadSource(const std::string &path, DiagnosticEngine &diags);
// The same for bytes already in memory (fuzzers, tests).
std::unique_ptr<SourceFile> loadSourceBytes(const std::string &path, std::string_view bytes, DiagnosticEngine &diags);

} // namespace pyxc
