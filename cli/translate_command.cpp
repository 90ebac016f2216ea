#include "cli/commands.h"

#include "codegen/emitter.h"
#include "frontend/include.h"
#include "frontend/load.h"
#include "frontend/parser.h"
#include "sema/scopes.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace pyxc::cli {

static void printDiagnostics(const DiagnosticEngine &diags) {
  for (const Diagnostic &d : diags.all()) {
    std::string text = formatDiagnostic(d);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
}

// The module's dotted name: its stem, prefixed by the packages (folders with
// an __init__ file) it sits in.
static std::string moduleNameFor(const fs::path &source) {
  std::string name = source.stem().string();
  fs::path dir = fs::absolute(source).parent_path();
  while (fs::exists(dir / "__init__.py") || fs::exists(dir / "__init__.pyx") || fs::exists(dir / "__init__.pxd")) {
    name = dir.filename().string() + "." + name;
    dir = dir.parent_path();
  }
  return name;
}

// `cCode`: whether the module computes on C values (see Typing::hasCCode).
static bool translate(const TranslateOptions &opts, std::string &cpp, bool &cCode) {
  const std::string &input = opts.input;
  DiagnosticEngine diags;
  std::unique_ptr<SourceFile> file = loadSource(input, diags);
  if (!file) {
    printDiagnostics(diags);
    return false;
  }
  Arena arena;
  ast::Module *module = parseModule(*file, sourceModeFor(input), arena, diags);
  spliceIncludes(module, *file, arena, diags, opts.includeDirs);
  if (diags.hasErrors()) {
    printDiagnostics(diags);
    return false;
  }
  auto scopes = sema::buildScopes(module, *file, diags);
  if (diags.hasErrors()) {
    printDiagnostics(diags);
    return false;
  }
  // cimport looks beside the module, then on -I paths, then in pyxc's own
  // declaration library (libc, posix, cpython).
  sema::TypeOptions typeOptions;
  fs::path dir = fs::path(input).parent_path();
  typeOptions.includePaths.push_back(dir.empty() ? "." : dir.string());
  for (const std::string &i : opts.includeDirs)
    typeOptions.includePaths.push_back(i);
  typeOptions.includePaths.push_back(PYXC_PXD_DIR);
  for (const std::string &d : opts.directives) {
    size_t eq = d.find('=');
    typeOptions.directives.set(d.substr(0, eq), eq == std::string::npos ? "True" : d.substr(eq + 1));
  }
  // Plain .py files keep CPython's semantics to the letter: no inference.
  typeOptions.inferLocals = sourceModeFor(input) != SourceMode::Python;
  auto typing = sema::typeModule(module, *file, *scopes, typeOptions, diags);
  if (diags.hasErrors()) {
    printDiagnostics(diags);
    return false;
  }
  codegen::EmitOptions options{moduleNameFor(input), fs::path(input).filename().string(),
                               sourceModeFor(input) != SourceMode::Python};
  cpp = codegen::emitModule(module, *file, *scopes, *typing, options, diags);
  cCode = typing->hasCCode();
  printDiagnostics(diags);
  return !diags.hasErrors();
}

static std::string shellQuote(const std::string &s) {
  std::string out = "'";
  for (char c : s)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int runTranslate(const TranslateOptions &opts) {
  // A bad -X is a usage error.
  for (const std::string &d : opts.directives) {
    size_t eq = d.find('=');
    std::string error = sema::Directives().set(d.substr(0, eq), eq == std::string::npos ? "True" : d.substr(eq + 1));
    if (!error.empty()) {
      std::fprintf(stderr, "pyxc: error: -X %s: %s\n", d.c_str(), error.c_str());
      return 2;
    }
  }
  std::string cpp;
  bool cCode = false;
  if (!translate(opts, cpp, cCode))
    return 1;
  fs::path source(opts.input);
  if (!opts.build) {
    fs::path out = opts.output.empty() ? fs::path(source).replace_extension(".cpp") : fs::path(opts.output);
    std::ofstream(out, std::ios::binary) << cpp;
    return 0;
  }
  fs::path dir = opts.output.empty() ? source.parent_path() : fs::path(opts.output);
  if (dir.empty())
    dir = ".";
  fs::create_directories(dir);
  std::string stem = source.stem().string();
  fs::path cppPath = dir / (stem + ".cpp");
  std::ofstream(cppPath, std::ios::binary) << cpp;
  fs::path target = dir / (stem + PYXC_EXT_SUFFIX);
  // The compiler pyxc was built with (its precompiled runtime header matches
  // it), unless $CXX names another. A module of Python objects only is
  // calls into the runtime: -O1 builds it in ~60% of -O2's time and runs
  // 0-8% more instructions (bench/untyped_bench.py), while C loops and cdef
  // functions need -O2's inlining. $CXXFLAGS comes last: it overrides both.
  const char *cxx = std::getenv("CXX");
  const char *cxxflags = std::getenv("CXXFLAGS");
  // Headers of `cdef extern from "x.h"` are found beside the module and on
  // the -I paths, as its .pxd files are.
  std::string headerPaths = "-I" + shellQuote(source.parent_path().empty() ? "." : source.parent_path().string());
  for (const std::string &i : opts.includeDirs)
    headerPaths += " -I" + shellQuote(i);
  std::string command =
      fmt::format("{} {} {} {} -shared -I{} -I{} -I{} {} {} {} {} -o {}", cxx && *cxx ? cxx : PYXC_MODULE_CXX,
                  PYXC_MODULE_FLAGS, cCode ? "" : "-O1", cxxflags ? cxxflags : "", shellQuote(PYXC_RUNTIME_PCH_DIR),
                  shellQuote(PYXC_PYTHON_INCLUDE), shellQuote(PYXC_RUNTIME_INCLUDE), headerPaths,
                  shellQuote(cppPath.string()), shellQuote(PYXC_RUNTIME_LIB), PYXC_MODULE_LINK_FLAGS,
                  shellQuote(target.string()));
  int rc = std::system(command.c_str());
  if (rc != 0) {
    std::fprintf(stderr, "pyxc: error: the C++ compiler failed on %s\n", cppPath.string().c_str());
    return 1;
  }
  return 0;
}

} // namespace pyxc::cli
