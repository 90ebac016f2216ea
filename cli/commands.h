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

int runParse(const ParseOptions &opts);
int listDiagnostics();

} // namespace pyxc::cli
