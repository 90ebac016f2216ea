// pyxc FILE -o OUT.cpp and pyxc --build FILE -o DIR: the driver does the
// work; this file maps options and exit statuses.
#include "cli/commands.h"

#include "driver/driver.h"

#include <cstdio>

namespace fs = std::filesystem;

namespace pyxc::cli {

int runTranslate(const TranslateOptions &opts) {
  driver::Options options;
  options.includeDirs = opts.includeDirs;
  options.sysPath = driver::sysPathFromEnvironment();
  options.embed = opts.embed;
  options.selfContained = opts.selfContained;
  options.cplusplus = opts.cplusplus;
  options.moduleName = opts.moduleName;
  options.warningErrors = opts.warningErrors;
  // A bad -X is a usage error.
  for (const std::string &d : opts.directives) {
    std::string error = driver::parseDirectiveOption(d, options.directives);
    if (!error.empty()) {
      std::fprintf(stderr, "pyxc: error: %s\n", error.c_str());
      return 2;
    }
  }
  if (opts.buildInfo)
    return printBuildInfo(opts.input, options);
  for (const std::string &e : opts.compileTimeEnv) {
    std::string error = driver::parseCompileTimeEnvOption(e, options);
    if (!error.empty()) {
      std::fprintf(stderr, "pyxc: error: %s\n", error.c_str());
      return 2;
    }
  }
  fs::path source(opts.input);
  std::unique_ptr<driver::Compilation> c;
  fs::path written; // what -M's rule is for
  if (opts.dump == "ir") {
    c = driver::compileFile(opts.input, options, driver::Stage::Lower);
    if (c->ok()) {
      std::string text = ir::dump(*c->ir, *c->file);
      std::fwrite(text.data(), 1, text.size(), stdout);
    }
  } else if (opts.build) {
    fs::path dir = opts.output.empty() ? source.parent_path() : fs::path(opts.output);
    c = driver::buildExtension(opts.input, dir.empty() ? fs::path(".") : dir, options);
    written = (dir.empty() ? fs::path(".") : dir) / (source.stem().string() + ".cpp");
  } else {
    c = driver::compileFile(opts.input, options);
    if (c->ok()) {
      fs::path out = opts.output.empty() ? fs::path(source).replace_extension(".cpp") : fs::path(opts.output);
      if (driver::writeOutput(out, c->cpp, c->diags, {source}))
        written = out;
    }
  }
  if (opts.depfile && c->ok() && !written.empty()) {
    driver::Dependencies deps = driver::scanDependencies(opts.input, options, c->diags);
    driver::writeOutput(written.string() + ".dep", driver::depfileText(written, deps.files), c->diags);
  }
  driver::printDiagnostics(c->diags);
  return c->ok() ? 0 : 1;
}

} // namespace pyxc::cli
