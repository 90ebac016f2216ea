// Cython's command line, for build systems that run `cython`: Meson (which
// checks `-V` for "Cython" and a version and passes `--fast-fail -3
// [--cplus] -M -o OUT`) and CMake's cython-cmake / scikit-build-core
// (`--cplus -M --output-file OUT`). Every flag of Cython 3.3 is known here:
// those pyxc implements work as Cython's do, the others are errors that
// name the flag; an unknown flag is an error too, never ignored.
//
// The C++ written is self-contained (the runtime library in its text), so
// the build compiles it with Python's headers alone, as Cython's output.
// The hand-written parser follows Cython's argparse spelling exactly
// (`-+`, `-Werror`, `-X a=1,b=2`, `--embed[=main]`), which CLI11 cannot.
#include "cli/commands.h"

#include "driver/driver.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace pyxc::cli {

namespace {

// The version Meson and cython-cmake read: the Cython release whose
// language and command line pyxc implements.
constexpr const char *kCythonVersion = "3.3.0";

struct CythonArgs {
  std::vector<std::string> sources;
  std::string output;
  std::string workingDir;
  bool cplus = false; // Cython's C++ mode: C++ linkage for extern declarations
  bool depfile = false, force = false, timestamps = false, verbose = false;
  bool warningErrors = false;
  driver::Options options;
};

int usageError(const std::string &message) {
  std::fprintf(stderr, "pyxc-cython: error: %s\n", message.c_str());
  return 2;
}

void printHelp() {
  std::printf("usage: pyxc-cython [options] sources...\n\n"
              "pyxc behind Cython's command line (Cython %s's flags), for build systems that run\n"
              "`cython`: Meson (CYTHON=pyxc-cython) and CMake (CYTHON_EXECUTABLE=pyxc-cython).\n"
              "The C++ written carries pyxc's runtime library and needs only Python's headers.\n\n"
              "  -V, --version              print the version (\"Cython version %s (pyxc %s)\")\n"
              "  -o, --output-file FILE     the C++ file to write (default: SOURCE.cpp)\n"
              "  -+, --cplus                write C++ (pyxc always does; required unless -o names a C++ file)\n"
              "  -M, --depfile              also write OUTPUT.dep listing the module's dependencies\n"
              "  -I, --include-dir DIR      search DIR for cimported .pxd and included .pxi files\n"
              "  -X, --directive N=V,...    set compiler directives\n"
              "  -E, --compile-time-env N=V,...   define compile-time names, as DEF would\n"
              "  --module-name NAME         the module's dotted name\n"
              "  -w, --working DIR          run in DIR\n"
              "  -f, --force / -t, --timestamps   translate all sources / only those older than their output\n"
              "  --embed[=main]             also write a main() that runs the module as __main__\n"
              "  -3, --3str, --fast-fail, -Wextra   accepted (pyxc's behaviour already)\n"
              "  -Werror, --warning-errors  treat warnings as errors\n"
              "  -v, --verbose              print each source's name\n",
              kCythonVersion, kCythonVersion, PYXC_VERSION);
}

// Flags of Cython 3.3 that pyxc does not implement: an error naming them.
constexpr const char *kUnsupported[] = {
    "-l", "--create-listing", "-p", "--embed-positions", "--cleanup", "--cache", "--gdb", "--gdb-outdir", "-D",
    "--no-docstrings", "-a", "--annotate", "--annotate-fullc", "--annotate-coverage", "--line-directives",
    "--embed-modules", "--lenient", "--capi-reexport-cincludes", "--shared",
    "--generate-shared",
};

bool isUnsupported(std::string_view flag) {
  for (const char *f : kUnsupported)
    if (flag == f)
      return true;
  return false;
}

// Parses argv into `args`; returns -1 to go on, else the exit status.
int parse(int argc, char **argv, CythonArgs &args) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.empty())
      continue; // CMake passes an empty list of extra arguments as ""
    std::string value;
    bool hasValue = false;
    // `--name=value` and `-Ivalue` / `-Xvalue` forms.
    if (arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos) {
      value = arg.substr(arg.find('=') + 1);
      arg = arg.substr(0, arg.find('='));
      hasValue = true;
    } else if (arg.size() > 2 && arg[0] == '-' && arg[1] != '-' && std::strchr("IoXwE", arg[1]) &&
               arg != "-Werror" && arg != "-Wextra") {
      value = arg.substr(2);
      arg = arg.substr(0, 2);
      hasValue = true;
    }
    auto take = [&](std::string &into) {
      if (hasValue) {
        into = value;
        return true;
      }
      if (i + 1 >= argc)
        return false;
      into = argv[++i];
      return true;
    };
    auto noValue = [&] { return !hasValue; };
    if (arg == "-h" || arg == "--help") {
      printHelp();
      return 0;
    }
    if ((arg == "-V" || arg == "--version") && noValue()) {
      std::printf("Cython version %s (pyxc %s)\n", kCythonVersion, PYXC_VERSION);
      return 0;
    }
    std::string v;
    if (arg == "-o" || arg == "--output-file") {
      if (!take(args.output))
        return usageError("argument " + arg + ": expected one argument");
    } else if (arg == "-I" || arg == "--include-dir") {
      if (!take(v))
        return usageError("argument " + arg + ": expected one argument");
      args.options.includeDirs.push_back(v);
    } else if (arg == "-X" || arg == "--directive") {
      if (!take(v))
        return usageError("argument " + arg + ": expected one argument");
      for (size_t start = 0; start <= v.size();) {
        size_t comma = v.find(',', start);
        std::string item = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        start = comma == std::string::npos ? v.size() + 1 : comma + 1;
        if (item.empty())
          continue;
        std::string error = driver::parseDirectiveOption(item, args.options.directives);
        if (!error.empty())
          return usageError(error);
      }
    } else if (arg == "-E" || arg == "--compile-time-env") {
      if (!take(v))
        return usageError("argument " + arg + ": expected one argument");
      std::string error = driver::parseCompileTimeEnvOption(v, args.options);
      if (!error.empty())
        return usageError(error);
    } else if (arg == "--module-name") {
      if (!take(args.options.moduleName))
        return usageError("argument --module-name: expected one argument");
    } else if (arg == "-w" || arg == "--working") {
      if (!take(args.workingDir))
        return usageError("argument " + arg + ": expected one argument");
    } else if (arg == "--embed") {
      if (hasValue && value != "main")
        return usageError("--embed=" + value + ": pyxc names the embedded entry point main()");
      args.options.embed = true;
    } else if (hasValue) {
      return usageError("argument " + arg + ": takes no value");
    } else if (arg == "-+" || arg == "--cplus") {
      args.cplus = true;
    } else if (arg == "-M" || arg == "--depfile") {
      args.depfile = true;
    } else if (arg == "-f" || arg == "--force") {
      args.force = true;
    } else if (arg == "-t" || arg == "--timestamps") {
      args.timestamps = true;
    } else if (arg == "-v" || arg == "--verbose") {
      args.verbose = true;
    } else if (arg == "-Werror" || arg == "--warning-errors") {
      args.warningErrors = true;
    } else if (arg == "-3" || arg == "--3str" || arg == "--fast-fail" || arg == "-Wextra" ||
               arg == "--warning-extra") {
      // Python 3 semantics; stopping at the first failing stage; no
      // further warnings to enable: what pyxc does anyway.
    } else if (arg == "-2") {
      return usageError("-2: pyxc implements Cython 3's language_level=3 only");
    } else if (isUnsupported(arg)) {
      return usageError(arg + " is a Cython option pyxc does not support");
    } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      return usageError("unrecognized argument " + arg + " (pyxc-cython --help lists what is accepted)");
    } else {
      args.sources.push_back(arg);
    }
  }
  return -1;
}

bool isCppName(const fs::path &p) {
  std::string ext = p.extension().string();
  return ext == ".cpp" || ext == ".cxx" || ext == ".cc" || ext == ".c++" || ext == ".C";
}

// Whether `output` is newer than every file `source` depends on (-t).
bool upToDate(const std::string &source, const fs::path &output, const driver::Options &options) {
  std::error_code ec;
  auto built = fs::last_write_time(output, ec);
  if (ec)
    return false;
  DiagnosticEngine diags;
  for (const std::string &dep : driver::scanDependencies(source, options, diags).files)
    if (fs::last_write_time(dep, ec) > built || ec)
      return false;
  return !diags.hasErrors();
}

int translate(const std::string &source, const fs::path &output, const CythonArgs &args) {
  if (args.timestamps && !args.force && upToDate(source, output, args.options))
    return 0;
  if (args.verbose)
    std::printf("Compiling %s\n", source.c_str());
  std::unique_ptr<driver::Compilation> c = driver::compileFile(source, args.options);
  bool ok = c->ok();
  if (ok && driver::writeOutput(output, c->cpp, c->diags, {source}) && args.depfile) {
    driver::Dependencies deps = driver::scanDependencies(source, args.options, c->diags);
    driver::writeOutput(output.string() + ".dep", driver::depfileText(output, deps.files), c->diags);
  }
  driver::printDiagnostics(c->diags);
  return ok && c->ok() ? 0 : 1;
}

} // namespace

bool isCythonCompatibleName(const char *argv0) {
  std::string name = fs::path(argv0).filename().string();
  return name == "pyxc-cython" || name == "cython" || name == "cython3";
}

int runCythonCompatible(int argc, char **argv) {
  CythonArgs args;
  args.options.selfContained = true;
  args.options.sysPath = driver::sysPathFromEnvironment();
  if (int rc = parse(argc, argv, args); rc >= 0)
    return rc;
  if (args.sources.empty())
    return usageError("no source files given (pyxc-cython --help)");
  if (!args.output.empty() && args.sources.size() > 1)
    return usageError("-o names one output, but " + std::to_string(args.sources.size()) + " sources were given");
  if (!args.workingDir.empty()) {
    std::error_code ec;
    fs::current_path(args.workingDir, ec);
    if (ec)
      return usageError("cannot change to '" + args.workingDir + "': " + ec.message());
  }
  int status = 0;
  args.options.cplusplus = args.cplus;
  args.options.warningErrors = args.warningErrors;
  for (const std::string &source : args.sources) {
    fs::path output = args.output.empty() ? fs::path(source).replace_extension(args.cplus ? ".cpp" : ".c")
                                          : fs::path(args.output);
    if (!isCppName(output) && !args.cplus)
      return usageError("pyxc writes C++, and '" + output.string() +
                        "' names a C file: pass --cplus (Meson: -Dcython_language=cpp; CMake: LANGUAGE CXX) "
                        "or an output ending in .cpp");
    if (!isCppName(output))
      output.replace_extension(".cpp");
    status = std::max(status, translate(source, output, args));
  }
  return status;
}

} // namespace pyxc::cli
