// --build: a translated module compiled into an extension module with the
// C++ compiler pyxc was built with.
#include "driver/driver.h"
#include "driver/resources.h"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>

namespace fs = std::filesystem;

namespace pyxc::driver {

static std::string shellQuote(const std::string &s) {
  std::string out = "'";
  for (char c : s)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// The command that compiles `cpp` into `target`. The compiler pyxc was built
// with (its precompiled runtime header matches it), unless $CXX names
// another. A module of Python objects only is calls into the runtime: -O1
// builds it in ~60% of -O2's time and runs 0-8% more instructions
// (bench/untyped_bench.py), while C loops and cdef functions need -O2's
// inlining. A module with parallel prange loops (or that cimports openmp)
// gets -fopenmp; one with C++ classes C++ exceptions and RTTI (`except +`
// catches them; the runtime is built without). $CXXFLAGS comes last: it
// overrides these.
static std::string compilerCommand(const fs::path &cpp, const fs::path &target, const fs::path &sourceDir,
                                   const Options &options, bool computesOnC, bool openMP, bool cppClasses,
                                   const std::vector<std::string> &packageDirs) {
  const char *cxx = std::getenv("CXX");
  const char *cxxflags = std::getenv("CXXFLAGS");
  // Headers of `cdef extern from "x.h"` are found beside the module and on
  // the -I paths, as its .pxd files are.
  std::string headerPaths = "-I" + shellQuote(sourceDir.empty() ? "." : sourceDir.string());
  for (const std::string &i : options.includeDirs)
    headerPaths += " -I" + shellQuote(i);
  for (const std::string &i : packageDirs)
    headerPaths += " -I" + shellQuote(i);
  // A module is a shared object Python loads; --embed links a program
  // with libpython instead. An installed pyxc ships no precompiled header.
  const Resources &r = resources();
  std::string pch = r.pchDir.empty() ? "" : "-I" + shellQuote(r.pchDir.string());
  return fmt::format("{} {} {} {} {} {} -I{} -I{} {} {} {} {} {} -o {}", cxx && *cxx ? cxx : PYXC_MODULE_CXX,
                     PYXC_MODULE_FLAGS,
                     std::string(computesOnC ? "" : "-O1") + (openMP ? " -fopenmp" : "") +
                         (cppClasses ? " -fexceptions -frtti" : ""),
                     cxxflags ? cxxflags : "",
                     options.embed ? "" : "-shared", pch, shellQuote(PYXC_PYTHON_INCLUDE),
                     shellQuote(r.runtimeInclude.string()), headerPaths, shellQuote(cpp.string()),
                     options.selfContained ? "" : shellQuote(r.runtimeLib.string()), PYXC_MODULE_LINK_FLAGS,
                     options.embed ? PYXC_EMBED_LINK_FLAGS : "", shellQuote(target.string()));
}

std::vector<std::string> packageHeaderDirs(const std::vector<std::string> &pxdFiles) {
  std::vector<std::string> dirs;
  for (const std::string &file : pxdFiles) {
    fs::path p(file);
    if (p.parent_path().filename() != "numpy" || !p.filename().string().starts_with("__init__"))
      continue;
    for (const char *sub : {"_core/include", "core/include"}) { // NumPy 2, NumPy 1
      std::error_code ec;
      fs::path include = p.parent_path() / sub;
      if (fs::is_directory(include / "numpy", ec)) {
        if (std::find(dirs.begin(), dirs.end(), include.string()) == dirs.end())
          dirs.push_back(include.string());
        break;
      }
    }
  }
  return dirs;
}

std::unique_ptr<Compilation> buildExtension(const std::string &source, const fs::path &dir, const Options &options) {
  std::unique_ptr<Compilation> c = compileFile(source, options);
  if (!c->ok())
    return c;
  std::error_code ec;
  fs::create_directories(dir, ec); // a failure shows as the write's
  std::string stem = fs::path(source).stem().string();
  fs::path cppPath = dir / (stem + ".cpp");
  fs::path target = dir / (options.embed ? stem : stem + PYXC_EXT_SUFFIX);
  if (!checkOutputPath(target, {source}, c->diags) || !writeOutput(cppPath, c->cpp, c->diags, {source}))
    return c;
  // The compiler writes beside the target, and the result is renamed over
  // it: an interrupted build leaves no half-written module that would crash
  // on import. A failed one removes the old module, which no longer matches
  // the .cpp just written.
  fs::path building = temporaryBeside(target);
  std::string command = compilerCommand(cppPath, building, fs::path(source).parent_path(), options, c->computesOnC(),
                                        c->ir && c->ir->usesOpenMP, c->ir && c->ir->usesCpp,
                                        packageHeaderDirs(c->typing->cimportedPaths));
  if (std::system(command.c_str()) != 0 || (fs::rename(building, target, ec), ec)) {
    fs::remove(building, ec);
    fs::remove(target, ec);
    const SourceFile &none = c->diags.adopt(std::make_unique<SourceFile>("", ""));
    c->diags.report(DiagId::CompilerFailed, none, {0}, cppPath.string());
  }
  return c;
}

} // namespace pyxc::driver
