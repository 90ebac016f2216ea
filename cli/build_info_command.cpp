// What build tools ask pyxc (pyxc.Build.cythonize, the examples' builds):
// --build-config says how to compile and link a translated module;
// --build-info says what a module depends on and which `# distutils:`
// settings it carries. Both print JSON on stdout.
#include "cli/commands.h"

#include "driver/driver.h"
#include "driver/resources.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace pyxc::cli {

using nlohmann::json;

int printBuildConfig() {
  const driver::Resources &r = driver::resources();
  json config = {
      {"version", PYXC_VERSION},
      {"include_dirs", {r.runtimeInclude.string()}},
      {"extra_objects", {r.runtimeLib.string()}},
      // The runtime is C++20; Cython's semantics of pointer casts between
      // unrelated types need the aliasing rules relaxed, as --build does.
      {"extra_compile_args", {"-std=c++20", "-fno-strict-aliasing", "-fwrapv"}},
      {"ext_suffix", r.extSuffix},
      {"pxd_dir", r.pxdDir.string()},
      {"runtime_amalgamation", r.amalgamation.string()},
  };
  std::printf("%s\n", config.dump(2).c_str());
  return 0;
}

int printBuildInfo(const std::string &path, const driver::Options &options) {
  DiagnosticEngine diags;
  driver::Dependencies deps = driver::scanDependencies(path, options, diags);
  driver::printDiagnostics(diags);
  if (diags.hasErrors())
    return 1;
  json distutils = json::object();
  for (const auto &[key, values] : deps.distutils.values) {
    sema::DistutilsKind kind;
    sema::distutilsKind(key, kind);
    if (kind == sema::DistutilsKind::BoolOr)
      distutils[key] = !values.empty() && values[0] == "True";
    else if (kind == sema::DistutilsKind::String || kind == sema::DistutilsKind::TransitiveString)
      distutils[key] = values.empty() ? std::string() : values[0];
    else
      distutils[key] = values;
  }
  json info = {{"module", deps.moduleName},
               {"dependencies", deps.files},
               {"distutils", distutils},
               {"include_dirs", driver::packageHeaderDirs(deps.files)}};
  std::printf("%s\n", info.dump(2).c_str());
  return 0;
}

} // namespace pyxc::cli
