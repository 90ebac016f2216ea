// Lex+parse throughput: reads every file named on stdin into memory, then
// decodes, lexes and parses them all, several times, and prints the median
// time. bench/parse_bench.py compares it with CPython's ast.parse.
#include "frontend/load.h"
#include "frontend/parser.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char **argv) {
  int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  std::vector<std::pair<std::string, std::string>> files;
  size_t bytes = 0;
  for (std::string path; std::getline(std::cin, path);) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes += ss.str().size();
    files.emplace_back(path, ss.str());
  }
  std::vector<double> times;
  size_t errors = 0;
  for (int r = 0; r < repeats; ++r) {
    errors = 0;
    auto start = std::chrono::steady_clock::now();
    for (auto &[path, data] : files) {
      pyxc::DiagnosticEngine diags;
      auto file = pyxc::loadSourceBytes(path, data, diags);
      if (!file) {
        ++errors;
        continue;
      }
      pyxc::Arena arena;
      pyxc::parseModule(*file, pyxc::SourceMode::Python, arena, diags);
      errors += diags.hasErrors();
    }
    times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  std::printf("files=%zu bytes=%zu errors=%zu median_seconds=%.6f min_seconds=%.6f\n", files.size(), bytes, errors,
              times[times.size() / 2], times.front());
  return 0;
}
