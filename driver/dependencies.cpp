// What a module's build depends on, found as Cython's cythonize finds it
// (Cython/Build/Dependencies.py): the module's .pxd, every .pxd it cimports
// (transitively) and every file it includes; and its `# distutils:`
// settings merged with those of the .pxd files it cimports. Files are
// parsed, not typed: a scan takes a millisecond or two and succeeds on a
// module that does not compile (the compile reports that).
#include "driver/driver.h"

#include "frontend/include.h"
#include "frontend/load.h"
#include "frontend/parser.h"
#include "sema/pxd_search.h"

#include <algorithm>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace pyxc::driver {

using namespace ast;

namespace {

class Scanner {
public:
  Scanner(const Options &options, std::vector<std::string> paths, DiagnosticEngine &diags)
      : options_(options), paths_(std::move(paths)), diags_(diags) {}

  // The merged settings of `path` (a module named `module`; `package`
  // when it is a package's __init__), recording every file it reaches.
  const sema::DistutilsSettings &scan(const fs::path &path, const std::string &module, bool package) {
    std::string key = path.lexically_normal().string();
    if (auto it = merged_.find(key); it != merged_.end())
      return it->second;
    merged_[key]; // a cycle of cimports ends here
    addFile(path.string());
    std::unique_ptr<SourceFile> file = loadSource(path.string(), diags_);
    if (!file)
      return merged_[key];
    sema::DistutilsSettings own = sema::readDistutilsComments(*file, diags_);
    Arena arena;
    Module *m = parseModule(*file, sourceModeFor(path.string()), arena, diags_);
    spliceIncludes(m, *file, arena, diags_, options_.includeDirs);
    for (const auto &included : file->included())
      addFile(included->path());
    std::vector<std::string> cimports;
    walk(m->body, *file, module, package, cimports, own);
    // A module's own .pxd counts as cimported (Cython's cimported_files).
    std::vector<std::pair<fs::path, std::string>> pxds;
    if (path.extension() != ".pxd") {
      fs::path beside = fs::path(path).replace_extension(".pxd");
      std::error_code ec;
      if (fs::is_regular_file(beside, ec))
        pxds.push_back({beside, module});
    }
    for (const std::string &dotted : cimports) {
      bool isPackage = false;
      fs::path pxd = sema::findPxd(dotted, paths_, &isPackage);
      if (!pxd.empty())
        pxds.push_back({pxd, dotted});
      packages_[dotted] = isPackage;
    }
    diags_.adopt(std::move(file)); // the diagnostics may point into it
    for (const auto &[pxd, dotted] : pxds)
      own.merge(scan(pxd, dotted, packages_[dotted]));
    return merged_[key] = std::move(own);
  }

  std::vector<std::string> files;

private:
  void addFile(const std::string &given) {
    std::string path = fs::path(given).lexically_normal().string();
    if (std::find(files.begin(), files.end(), path) == files.end())
      files.push_back(path);
  }

  // The absolute name of `from <level dots><name> cimport ...` in `module`.
  static std::string relative(const std::string &module, bool package, int level, std::string_view name) {
    std::string base = module;
    for (int i = package ? 1 : 0; i < level; ++i) {
      size_t dot = base.rfind('.');
      base = dot == std::string::npos ? std::string() : base.substr(0, dot);
    }
    if (base.empty())
      return std::string(name);
    return name.empty() ? base : base + "." + std::string(name);
  }

  void walk(std::span<Stmt *const> body, const SourceFile &file, const std::string &module, bool package,
            std::vector<std::string> &cimports, sema::DistutilsSettings &own) {
    for (const Stmt *s : body) {
      switch (s->kind) {
      case Kind::CImport:
        for (const Alias *a : as<CImport>(s)->names)
          cimports.emplace_back(a->name);
        break;
      case Kind::FromCImport: {
        auto *fc = as<FromCImport>(s);
        if (fc->level == 0 && (fc->module == "cython" || fc->module.substr(0, 7) == "cython."))
          break;
        std::string base = fc->level > 0 ? relative(module, package, fc->level, fc->module) : std::string(fc->module);
        if (fc->module.substr(0, 16) == "cython.cimports.")
          base = base.substr(16);
        cimports.push_back(base);
        for (const Alias *a : fc->names) // `from pkg cimport mod` may name a module
          cimports.push_back(base + "." + std::string(a->name));
        break;
      }
      case Kind::ImportFrom: { // pure-Python mode: `from cython.cimports.libc import math`
        auto *f = as<ImportFrom>(s);
        if (f->level != 0 || f->module.substr(0, 16) != "cython.cimports.")
          break;
        std::string base(f->module.substr(16));
        cimports.push_back(base);
        for (const Alias *a : f->names)
          cimports.push_back(base + "." + std::string(a->name));
        break;
      }
      case Kind::CExternBlock: {
        // A header beside the file that declares it: a dependency, and
        // its folder an include folder (Cython's normalize_existing).
        auto *e = as<CExternBlock>(s);
        if (!e->hasHeader || e->star)
          break;
        fs::path dir = fs::path(file.fileAt(s->range.begin).path()).parent_path();
        fs::path header = dir / std::string(e->header);
        std::error_code ec;
        if (fs::is_regular_file(header, ec)) {
          own.add("depends", header.lexically_normal().string());
          own.add("include_dirs", dir.empty() ? "." : dir.lexically_normal().string());
        }
        walk(e->body, file, module, package, cimports, own);
        break;
      }
      case Kind::If:
        walk(as<If>(s)->body, file, module, package, cimports, own);
        walk(as<If>(s)->orelse, file, module, package, cimports, own);
        break;
      case Kind::CompileTimeIf:
        walk(as<CompileTimeIf>(s)->body, file, module, package, cimports, own);
        walk(as<CompileTimeIf>(s)->orelse, file, module, package, cimports, own);
        break;
      case Kind::CDeclBlock: walk(as<CDeclBlock>(s)->body, file, module, package, cimports, own); break;
      default: break;
      }
    }
  }

  const Options &options_;
  std::vector<std::string> paths_;
  DiagnosticEngine &diags_;
  std::map<std::string, sema::DistutilsSettings> merged_;
  std::map<std::string, bool> packages_;
};

} // namespace

Dependencies scanDependencies(const std::string &path, const Options &options, DiagnosticEngine &diags) {
  Dependencies deps;
  deps.moduleName = moduleNameFor(path);
  Scanner scanner(options, cimportSearchPaths(path, deps.moduleName, options), diags);
  fs::path source(path);
  bool package = source.stem() == "__init__";
  deps.distutils = scanner.scan(source, deps.moduleName, package);
  deps.files = std::move(scanner.files);
  return deps;
}

// Make's syntax, as Cython's -M writes it (Cython/Utils.py write_depfile):
// paths relative to the current folder, spaces escaped.
std::string depfileText(const fs::path &target, const std::vector<std::string> &files) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  auto shown = [&](const fs::path &p) {
    std::string s = fs::absolute(p, ec).lexically_normal().lexically_relative(cwd).string();
    if (s.empty() || s.substr(0, 2) == "..")
      s = fs::absolute(p, ec).lexically_normal().string();
    std::string out;
    for (char c : s)
      out += c == ' ' ? std::string("\\ ") : std::string(1, c);
    return out;
  };
  std::string text = shown(target) + ": \\\n  ";
  for (size_t i = 0; i < files.size(); ++i)
    text += (i ? " \\\n  " : "") + shown(files[i]);
  return text + "\n";
}

} // namespace pyxc::driver
