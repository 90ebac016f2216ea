#include "cli/commands.h"

#include "frontend/ast_dump.h"
#include "frontend/load.h"
#include "frontend/parser.h"

#include <cstdio>

namespace pyxc::cli {

static void printDiagnostics(const DiagnosticEngine &diags) {
  for (const Diagnostic &d : diags.all()) {
    std::string text = formatDiagnostic(d);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
}

int runParse(const ParseOptions &opts) {
  int status = 0;
  for (const std::string &path : opts.files) {
    DiagnosticEngine diags;
    std::unique_ptr<SourceFile> file = loadSource(path, diags);
    if (!file) {
      printDiagnostics(diags);
      status = 1;
      continue;
    }
    Arena arena;
    ast::Module *module = parseModule(*file, sourceModeFor(path), arena, diags);
    printDiagnostics(diags);
    if (diags.hasErrors()) {
      status = 1;
      continue;
    }
    if (opts.quiet)
      continue;
    std::string out = opts.format == "python-ast" ? ast::dumpPythonAst(module) + "\n" : ast::dumpTree(module);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return status;
}

int listDiagnostics() {
  for (size_t i = 0; i < size_t(DiagId::Count); ++i) {
    const DiagInfo &info = diagInfo(DiagId(i));
    std::printf("%s\t%s\t%s\n", info.name, severityName(info.severity), info.format);
  }
  return 0;
}

} // namespace pyxc::cli
