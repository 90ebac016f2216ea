// The subcommands of the pyxc driver.
#pragma once

#include "driver/driver.h"

#include <string>
#include <vector>

namespace pyxc::cli {

struct ParseOptions {
  std::string format = "tree";
  bool quiet = false;
  std::vector<std::string> files;
};

struct TranslateOptions {
  std::string input;
  std::string output; // the .cpp (translate) or the output folder (--build)
  bool build = false;
  std::string dump; // "ir": print the lowered IR instead of writing C++
  bool embed = false; // also a main() running the module as __main__ (--build: a program)
  std::vector<std::string> includeDirs; // -I: where cimport finds .pxd files
  std::vector<std::string> directives;  // -X name=value
  std::vector<std::string> compileTimeEnv; // -E NAME=VALUE
  bool depfile = false;       // -M: also write OUTPUT.dep (make syntax) listing what the module depends on
  bool cplusplus = false;     // --cplus: a C++ module (extern declarations keep C++ linkage)
  bool selfContained = false; // the runtime library in the C++ text (no -I/-l needed to build it)
  std::string moduleName;     // --module-name: the dotted name, when not from __init__ files
  bool buildInfo = false;     // print the module's dependencies and distutils settings (JSON)
  bool warningErrors = false; // -Werror: warnings are errors
};

int runParse(const ParseOptions &opts);
int runTranslate(const TranslateOptions &opts);
int listDiagnostics();
// --build-config: how to compile and link a module pyxc translated (JSON).
int printBuildConfig();
// --build-info FILE: what the module depends on, its distutils settings (JSON).
int printBuildInfo(const std::string &path, const driver::Options &options);
// The command line of Cython's `cython` (what Meson and CMake run), when
// pyxc is started under that name (`pyxc-cython`, `cython`).
int runCythonCompatible(int argc, char **argv);
bool isCythonCompatibleName(const char *argv0);

} // namespace pyxc::cli
