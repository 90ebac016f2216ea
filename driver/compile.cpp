// The pipeline from a source file to C++ text.
#include "driver/driver.h"
#include "driver/resources.h"

#include "codegen/emitter.h"
#include "frontend/include.h"
#include "frontend/load.h"
#include "frontend/mangle.h"
#include "frontend/buffer_methods.h"
#include "frontend/pure_mode.h"
#include "frontend/parser.h"
#include "sema/c_checks.h"
#include "sema/flow_warnings.h"
#include "sema/nogil.h"
#include "sema/syntax_checks.h"

#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace pyxc::driver {

std::string parseDirectiveOption(std::string_view arg, sema::Directives &into) {
  // Cython's form: name=value, several separated by commas.
  std::string_view rest = arg;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = sema::trimBlanks(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    size_t eq = item.find('=');
    if (eq == std::string_view::npos)
      return "-X " + std::string(arg) + ": expected \"=\" in \"" + std::string(item) + "\"";
    std::string name(sema::trimBlanks(item.substr(0, eq)));
    std::string error = sema::isDirective(name) && !sema::isModuleLevelDirective(name)
                            ? "the " + name + " directive applies to a class or function, not to a module"
                            : into.set(name, item.substr(eq + 1));
    if (!error.empty())
      return "-X " + std::string(arg) + ": " + error;
  }
  return {};
}

std::string parseCompileTimeEnvOption(std::string_view arg, Options &into) {
  std::string_view rest = arg;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = sema::trimBlanks(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    if (item.empty())
      continue;
    size_t eq = item.find('=');
    if (eq == std::string_view::npos)
      return "-E " + std::string(arg) + ": expected \"=\" in \"" + std::string(item) + "\"";
    std::string name(sema::trimBlanks(item.substr(0, eq)));
    std::string text(sema::trimBlanks(item.substr(eq + 1)));
    sema::CompileTimeValue v;
    char *end = nullptr;
    if (text == "True" || text == "False") {
      v.kind = sema::CompileTimeValue::Kind::Bool;
      v.i = text == "True";
    } else if (text == "None") {
      v.kind = sema::CompileTimeValue::Kind::None;
    } else if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos) {
      v.kind = sema::CompileTimeValue::Kind::Int;
      errno = 0;
      v.i = std::strtoll(text.c_str(), &end, 10);
      if (errno == ERANGE)
        return "-E " + std::string(arg) + ": " + text + " does not fit in 64 bits";
    } else if (v.f = std::strtod(text.c_str(), &end); !text.empty() && end && *end == '\0') {
      v.kind = sema::CompileTimeValue::Kind::Float;
    } else {
      v.kind = sema::CompileTimeValue::Kind::Str;
      v.s = text;
    }
    into.compileTimeEnv.emplace_back(std::move(name), std::move(v));
  }
  return {};
}

std::string moduleNameFor(const fs::path &source) {
  std::string name = source.stem().string();
  fs::path dir = fs::absolute(source).parent_path();
  while (fs::exists(dir / "__init__.py") || fs::exists(dir / "__init__.pyx") || fs::exists(dir / "__init__.pxd")) {
    name = dir.filename().string() + "." + name;
    dir = dir.parent_path();
  }
  return name;
}

std::vector<std::string> sysPathFromEnvironment() {
  std::vector<std::string> paths;
  const char *value = std::getenv("PYXC_SYS_PATH");
  std::string_view rest = value ? value : "";
  while (!rest.empty()) {
    size_t colon = rest.find(':');
    std::string_view item = rest.substr(0, colon);
    if (!item.empty())
      paths.emplace_back(item);
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
  }
  return paths;
}

std::vector<std::string> cimportSearchPaths(const std::string &path, const std::string &moduleName,
                                            const Options &options) {
  std::vector<std::string> paths;
  fs::path dir = fs::path(path).parent_path();
  paths.push_back(dir.empty() ? "." : dir.string());
  // A module of a package (`pkg/sub/mod.pyx` with __init__ files): the
  // folder above the top package too, so `cimport pkg.other` resolves.
  std::error_code ec;
  fs::path root = fs::absolute(path, ec).parent_path();
  for (char ch : moduleName)
    if (ch == '.')
      root = root.parent_path();
  if (moduleName.find('.') != std::string::npos)
    paths.push_back(root.string());
  for (const std::string &i : options.includeDirs)
    paths.push_back(i);
  for (const std::string &i : options.sysPath)
    paths.push_back(i);
  paths.push_back(resources().pxdDir.string());
  // The target Python's site-packages, after pyxc's own library (whose
  // libc/cpython/libcpp come first, as Cython's Includes do).
  for (std::string_view site = PYXC_PYTHON_SITE; !site.empty();) {
    size_t colon = site.find(':');
    if (std::string dir(site.substr(0, colon)); std::find(paths.begin(), paths.end(), dir) == paths.end())
      paths.push_back(dir);
    site = colon == std::string_view::npos ? std::string_view() : site.substr(colon + 1);
  }
  return paths;
}

// The stages after loading: each runs only when the ones before it reported
// no error.
static void runStages(Compilation &c, const std::string &path, const Options &options, Stage last) {
  SourceMode mode = sourceModeFor(path);
  // The language level picks the grammar (print statement, backquotes): a
  // `# cython: language_level=...` comment overrides -X (errors in the
  // comments are reported by typing).
  std::vector<sema::DirectiveError> ignored;
  sema::Directives header = sema::headerDirectives(*c.file, options.directives, ignored);
  bool level2 = header.languageLevel == 2;
  c.module = parseModule(*c.file, mode, c.arena, c.diags, level2);
  // The build reads `# distutils:` comments (driver/dependencies.cpp); a
  // bad one is an error however the module is built.
  sema::DistutilsSettings distutils = sema::readDistutilsComments(*c.file, c.diags);
  if (c.ok()) {
    desugarPureMode(c.module, c.arena);    // `@cython.cclass class C:` is `cdef class C:` from here on
    desugarBufferMethods(c.module, c.arena); // `def __getbuffer__(self, Py_buffer *view, int flags)` is a C method
    manglePrivateNames(c.module, c.arena); // `__x` in a class body is `_Class__x` from here on
  }
  // include "file.pxi" looks beside the including file, then on -I paths.
  spliceIncludes(c.module, *c.file, c.arena, c.diags, options.includeDirs);
  if (!c.ok() || last == Stage::Parse)
    return;
  // A function with fused parameter types is one copy per specialisation from here on.
  std::vector<std::string> pxdPaths = cimportSearchPaths(path, c.moduleName, options);
  c.fused = std::make_unique<sema::FusedFunctions>(
      sema::expandFusedFunctions(c.module, *c.file, c.arena, c.diags, pxdPaths));
  if (!c.ok())
    return;
  sema::checkSyntax(c.module, *c.file, mode != SourceMode::Python, c.diags);
  size_t checked = c.diags.errorCount();
  c.scopes = sema::buildScopes(c.module, *c.file, c.diags, level2 && mode != SourceMode::Python);
  if (c.ok()) // after an error, flow warnings are noise
    sema::warnControlFlow(c.module, *c.file, *c.scopes, header, c.diags);
  // The syntax checks' errors leave a sound tree: typing still runs, so one
  // translation reports as many errors as Cython's does.
  if (c.diags.errorCount() != checked || last == Stage::Scopes)
    return;
  sema::TypeOptions typeOptions;
  typeOptions.moduleName = c.moduleName;
  typeOptions.includePaths = std::move(pxdPaths);
  typeOptions.libraryDir = resources().pxdDir.string();
  typeOptions.directives = options.directives;
  typeOptions.compileTimeEnv = options.compileTimeEnv;
  typeOptions.fused = c.fused.get();
  typeOptions.cplusplus =
      options.cplusplus || distutils.values["language"] == std::vector<std::string>{"c++"};
  // Plain .py files keep CPython's semantics to the letter: no inference;
  // pure-Python-mode ones (`import cython`) are Cython code, inferred as
  // Cython infers them.
  typeOptions.inferLocals = mode != SourceMode::Python || importsCython(c.module);
  c.typing = sema::typeModule(c.module, *c.file, *c.scopes, typeOptions, c.diags);
  if (c.ok())
    sema::checkNogil(c.module, *c.file, *c.scopes, *c.typing, c.diags);
  sema::checkCCode(c.module, *c.file, *c.typing, c.diags); // defensive: also after typing errors
  if (!c.ok() || last == Stage::Types)
    return;
  c.ir = ir::lower(c.module, *c.file, *c.scopes, *c.typing, c.moduleName, mode != SourceMode::Python, c.diags);
  if (!c.ok() || last == Stage::Lower)
    return;
  codegen::EmitOptions emit{c.moduleName, fs::path(path).filename().string(), mode != SourceMode::Python,
                            options.embed};
  std::string runtimeText;
  if (options.selfContained) {
    // The runtime's text; its generators (C++20 coroutines) only when the
    // module has generators, so that other modules build as C++17 too.
    fs::path core = resources().amalgamation;
    fs::path generators = fs::path(core).replace_filename("pyxc_runtime_generators.cpp");
    fs::path cpp = fs::path(core).replace_filename("pyxc_runtime_cpp.cpp");
    for (const fs::path &part : {core, generators, cpp}) {
      if ((part == generators && !c.ir->usesGenerators) || (part == cpp && !c.ir->usesCpp))
        continue;
      auto text = loadSource(part.string(), c.diags);
      if (!text)
        return;
      runtimeText += text->text();
    }
    emit.runtimeText = runtimeText;
  }
  c.cpp = codegen::emitModule(c.module, *c.file, *c.scopes, *c.typing, *c.ir, emit, c.diags);
}

std::unique_ptr<Compilation> compileFile(const std::string &path, const Options &options, Stage last) {
  auto c = std::make_unique<Compilation>();
  c->diags.setWarningsAsErrors(options.warningErrors);
  c->file = loadSource(path, c->diags);
  if (!c->file)
    return c;
  c->moduleName = options.moduleName.empty() ? moduleNameFor(path) : options.moduleName;
  runStages(*c, path, options, last);
  return c;
}

std::unique_ptr<Compilation> compileBytes(const std::string &path, std::string_view bytes, const Options &options,
                                          Stage last) {
  auto c = std::make_unique<Compilation>();
  c->diags.setWarningsAsErrors(options.warningErrors);
  c->file = loadSourceBytes(path, bytes, c->diags);
  if (!c->file)
    return c;
  c->moduleName = fs::path(path).stem().string();
  runStages(*c, path, options, last);
  return c;
}

void printDiagnostics(const DiagnosticEngine &diags) {
  for (const Diagnostic &d : diags.all()) {
    std::string text = formatDiagnostic(d);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
}

} // namespace pyxc::driver
