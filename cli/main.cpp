// The pyxc command: thin glue over the stages. Exit status: 0 success,
// 1 compile errors, 2 usage errors.
#include "cli/commands.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <string>
#include <vector>

int main(int argc, char **argv) {
  if (argc > 0 && pyxc::cli::isCythonCompatibleName(argv[0]))
    return pyxc::cli::runCythonCompatible(argc, argv);
  CLI::App app{"pyxc: an ahead-of-time compiler for Cython's typed Python superset", "pyxc"};
  app.set_version_flag("--version", std::string("pyxc ") + PYXC_VERSION);
  app.require_subcommand(0, 1);

  pyxc::cli::ParseOptions parseOpts;
  CLI::App *parse = app.add_subcommand("parse", "Parse a file and print its AST");
  parse
      ->add_option("--format", parseOpts.format,
                   "tree: pyxc's readable AST; python-ast: exactly what Python's ast.dump() prints")
      ->check(CLI::IsMember({"tree", "python-ast"}));
  parse->add_flag("--quiet,-q", parseOpts.quiet, "Print diagnostics only");
  parse->add_option("files", parseOpts.files, "Source files (.py, .pyx, .pxd, .pxi)")->required();

  pyxc::cli::TranslateOptions translateOpts;
  app.add_option("input", translateOpts.input, "The module to translate (.py or .pyx)");
  app.add_option("-o,--output", translateOpts.output,
                 "The C++ file to write (default: beside the input); with --build, the output folder");
  app.add_option("-I,--include-dir", translateOpts.includeDirs, "Search this folder for cimported .pxd files")
      ->allow_extra_args(false);
  app.add_option("-X,--directive", translateOpts.directives, "Set a compiler directive (name=value), as Cython's -X")
      ->allow_extra_args(false);
  app.add_option("-E,--compile-time-env", translateOpts.compileTimeEnv,
                 "Define a compile-time name as DEF would (NAME=VALUE[,...]), as Cython's -E")
      ->allow_extra_args(false);
  app.add_option("--dump", translateOpts.dump, "Print a stage's output instead of writing C++ (ir: the lowered IR)")
      ->check(CLI::IsMember({"ir"}));
  app.add_flag("--embed", translateOpts.embed,
               "Also write a main() that runs the module as __main__ (with --build: link a program, DIR/<module>)");
  app.add_flag("--build", translateOpts.build,
               "Translate, then compile into an extension module (<module><EXT_SUFFIX>)");

  app.add_flag("-M,--depfile", translateOpts.depfile,
               "Also write OUTPUT.dep listing the files the module depends on (make syntax, as Cython's -M)");
  app.add_flag("--warning-errors", translateOpts.warningErrors, "Treat warnings as errors (also -Werror, as Cython)");
  app.add_flag("--cplus", translateOpts.cplusplus,
               "The module is C++, as Cython's --cplus: users' headers keep C++ linkage (default: C, extern \"C\")");
  app.add_flag("--self-contained", translateOpts.selfContained,
               "Write the runtime library into the C++ (it then builds with only Python's headers)");
  app.add_option("--module-name", translateOpts.moduleName,
                 "The module's dotted name (default: from the __init__ files around it)");
  app.add_flag("--build-info", translateOpts.buildInfo,
               "Print the module's dependencies and merged '# distutils:' settings as JSON");
  bool buildConfig = false;
  app.add_flag("--build-config", buildConfig, "Print how to compile and link modules pyxc translates, as JSON");

  bool listDiagnostics = false;
  app.add_flag("--list-diagnostics", listDiagnostics, "Print every diagnostic pyxc can report")->group("");

  // Cython spells it -Werror, which is no CLI11 option name.
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::string &a : args)
    if (a == "-Werror")
      a = "--warning-errors";
  std::reverse(args.begin(), args.end()); // CLI11 takes them last first
  try {
    app.parse(args);
  } catch (const CLI::ParseError &e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  if (listDiagnostics)
    return pyxc::cli::listDiagnostics();
  if (buildConfig)
    return pyxc::cli::printBuildConfig();
  if (parse->parsed())
    return pyxc::cli::runParse(parseOpts);
  if (!translateOpts.input.empty())
    return pyxc::cli::runTranslate(translateOpts);
  std::fputs(app.help().c_str(), stderr);
  return 2;
}
