// The subcommands of the pyxc driver.
#pragma once

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
};

int runParse(const ParseOptions &opts);
int runTranslate(const TranslateOptions &opts);
int listDiagnostics();

} // namespace pyxc::cli
