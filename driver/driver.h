// The compile driver: the one entry point from options to a translated
// module (and on to an extension module). The CLI, the fuzz target and the
// tests all run the pipeline through it, so they compile exactly alike:
//
//   load -> parse -> splice includes -> scopes -> typing -> lowering (IR) -> C++
//
// Stages report to the compilation's DiagnosticEngine and never print; the
// caller decides what to show.
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"
#include "ir/ir.h"
#include "sema/directives.h"
#include "sema/distutils.h"
#include "sema/scopes.h"
#include "sema/typer.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pyxc::driver {

struct Options {
  // -I: where cimport looks for .pxd files and include for .pxi files,
  // after the module's own folder.
  std::vector<std::string> includeDirs;
  // After the -I folders, cimport searches the Python's sys.path, as
  // Cython does (installed packages' .pxd files: `from cymem.cymem cimport
  // Pool`). pyxc's Python entry points pass it in $PYXC_SYS_PATH
  // (sysPathFromEnvironment).
  std::vector<std::string> sysPath;
  // -X name=value, parsed once (parseDirectiveOption); the file's header
  // comments apply on top.
  sema::Directives directives;
  // --embed: the C++ also has a main() that runs the module as __main__;
  // --build then links a program (DIR/stem) instead of an extension module.
  bool embed = false;
  // The module's dotted name when the caller knows it better than the
  // file's place among __init__ files (Cython's --module-name).
  std::string moduleName;
  // The C++ carries the runtime library in its text (driver/resources.h):
  // it builds with only Python's headers, as Cython's output does (the
  // Cython-compatible command line, for Meson and CMake).
  bool selfContained = false;
  // --cplus: the module is C++, as Cython's --cplus (or an Extension's
  // language='c++') makes it: extern declarations keep C++ linkage. A C
  // module (the default) includes users' headers inside extern "C".
  bool cplusplus = false;
  // -Werror (--warning-errors): warnings are errors, as Cython's option.
  bool warningErrors = false;
  // -E NAME=VALUE: compile-time names, as DEF would define them.
  std::vector<std::pair<std::string, sema::CompileTimeValue>> compileTimeEnv;
};

// The folders of $PYXC_SYS_PATH (os.pathsep separated), which pyxc's Python
// entry points and cythonize() set to the interpreter's sys.path.
std::vector<std::string> sysPathFromEnvironment();

// Applies one `-E NAME=VALUE[,NAME=VALUE...]` argument as Cython reads it
// (True, False, None, digits as an int, a float, else a string); returns
// the error text or empty.
std::string parseCompileTimeEnvOption(std::string_view arg, Options &into);

// Applies one `-X name[=value]` argument to `into`; returns the error text
// ("-X name=value: why") or empty.
std::string parseDirectiveOption(std::string_view arg, sema::Directives &into);

// How far the pipeline runs.
enum class Stage : uint8_t { Parse, Scopes, Types, Lower, Cpp };

// One module on its way through the pipeline: everything a stage made, kept
// alive together (later stages point into earlier ones).
struct Compilation {
  DiagnosticEngine diags;
  std::unique_ptr<SourceFile> file;
  Arena arena;
  ast::Module *module = nullptr;
  std::unique_ptr<sema::FusedFunctions> fused; // the module's fused functions' specialisations
  std::unique_ptr<sema::ScopeTable> scopes;
  std::unique_ptr<sema::Typing> typing;
  std::unique_ptr<ir::Module> ir;
  std::string cpp;
  std::string moduleName; // dotted: the packages the file sits in, then its stem

  bool ok() const { return !diags.hasErrors(); }
  // Whether the module computes on C values (a cdef function, a C-typed
  // local): code gcc's -O2 pays off for, unlike calls into the runtime.
  bool computesOnC() const { return typing && typing->hasCCode(); }
};

// Runs the pipeline over the file at `path` up to `last`; stops after the
// first stage that reports an error.
std::unique_ptr<Compilation> compileFile(const std::string &path, const Options &options, Stage last = Stage::Cpp);
// The same over bytes already in memory (the fuzz target, tests); `path`
// names the file (its suffix picks the source mode).
std::unique_ptr<Compilation> compileBytes(const std::string &path, std::string_view bytes, const Options &options,
                                          Stage last = Stage::Cpp);

// The module's dotted name: its stem, prefixed by the packages (folders with
// an __init__ file) it sits in.
std::string moduleNameFor(const std::filesystem::path &source);

// Where `cimport` looks, in order: the module's folder, the folder above its
// top package, the -I folders, pyxc's declaration library.
std::vector<std::string> cimportSearchPaths(const std::string &path, const std::string &moduleName,
                                            const Options &options);

// What building a module depends on (driver/dependencies.cpp).
// The header folders that cimported .pxd files need: NumPy's (its
// numpy.get_include(), beside its __init__.pxd) for a module that does
// `cimport numpy`, which Cython users add by hand.
std::vector<std::string> packageHeaderDirs(const std::vector<std::string> &pxdFiles);

struct Dependencies {
  std::string moduleName;
  // The module's source first, then every .pxd it cimports (transitively,
  // its own .pxd included) and every file it includes.
  std::vector<std::string> files;
  // Its `# distutils:` settings merged with those of the .pxd files it
  // cimports, as Cython's cythonize merges them.
  sema::DistutilsSettings distutils;
};
Dependencies scanDependencies(const std::string &path, const Options &options, DiagnosticEngine &diags);

// `target: dep dep ...` in make's syntax, as Cython's -M writes it.
std::string depfileText(const std::filesystem::path &target, const std::vector<std::string> &files);

// Outputs (driver/output.cpp). `path` may not have a source suffix (.py,
// .pyx, .pxd, .pxi) nor be one of `sources` under another name; a refusal
// is a diagnostic.
bool checkOutputPath(const std::filesystem::path &path, const std::vector<std::filesystem::path> &sources,
                     DiagnosticEngine &diags);
// A name beside `path` to write to before renaming over it.
std::filesystem::path temporaryBeside(const std::filesystem::path &path);
// Writes `text` to `path` atomically (a temporary file renamed over it;
// devices such as /dev/null are written directly) after checkOutputPath;
// a failure is a diagnostic and leaves any previous file as it was.
bool writeOutput(const std::filesystem::path &path, std::string_view text, DiagnosticEngine &diags,
                 const std::vector<std::filesystem::path> &sources = {});

// Translates `source` into `dir`/stem.cpp and compiles that into the
// extension module `dir`/stem<EXT_SUFFIX> with the C++ compiler pyxc was
// built with ($CXX, $CXXFLAGS). Returns the compilation (its diagnostics
// include a failed write or a failed C++ build).
std::unique_ptr<Compilation> buildExtension(const std::string &source, const std::filesystem::path &dir,
                                            const Options &options);

// Prints every diagnostic of `diags` to stderr as gcc does.
void printDiagnostics(const DiagnosticEngine &diags);

} // namespace pyxc::driver
