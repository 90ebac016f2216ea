#include "sema/directives.h"
#include "sema/distutils.h"

#include <fmt/format.h>

#include <algorithm>

namespace pyxc::sema {

using namespace ast;

namespace {

// How Cython reads a directive's value (Options.directive_types).
enum class ValueKind : uint8_t { Bool, OneOf, Int, Text };

struct AcceptedDirective {
  std::string_view name;
  ValueKind kind;
  bool moduleLevel;                          // may be set for a whole module (-X, header comments)
  std::initializer_list<std::string_view> choices; // of a OneOf
};

// Directives pyxc accepts without acting on: they change diagnostics,
// profiling hooks or Python-visible metadata only. Their values are checked
// as Cython checks them.
constexpr bool kModule = true, kScoped = false;
const AcceptedDirective kAccepted[] = {
    {"language_level", ValueKind::Text, kModule, {}},
    {"profile", ValueKind::Bool, kModule, {}},
    {"linetrace", ValueKind::Bool, kModule, {}},
    {"annotation_typing", ValueKind::Bool, kModule, {}},
    {"always_allow_keywords", ValueKind::Bool, kModule, {}},
    {"c_string_type", ValueKind::OneOf, kModule, {"bytes", "bytearray", "str", "unicode"}},
    {"c_string_encoding", ValueKind::Text, kModule, {}},
    {"cpow", ValueKind::Bool, kModule, {}},
    {"optimize.use_switch", ValueKind::Bool, kModule, {}},
    {"optimize.unpack_method_calls", ValueKind::Bool, kModule, {}},
    {"unraisable_tracebacks", ValueKind::Bool, kModule, {}},
    {"final", ValueKind::Bool, kScoped, {}},
    {"internal", ValueKind::Bool, kScoped, {}},
    {"freelist", ValueKind::Int, kScoped, {}},
    {"warn.undeclared", ValueKind::Bool, kModule, {}},
    {"warn.unused", ValueKind::Bool, kModule, {}},
    {"warn.unused_arg", ValueKind::Bool, kModule, {}},
    {"warn.unused_result", ValueKind::Bool, kModule, {}},
    {"warn.maybe_uninitialized", ValueKind::Bool, kModule, {}},
    {"fast_getattr", ValueKind::Bool, kModule, {}},
    {"type_version_tag", ValueKind::Bool, kModule, {}},
    {"show_performance_hints", ValueKind::Bool, kModule, {}},
    {"emit_code_comments", ValueKind::Bool, kModule, {}},
    {"test_assert_path_exists", ValueKind::Text, kScoped, {}},
    {"test_fail_if_path_exists", ValueKind::Text, kScoped, {}},
    {"np_pythran", ValueKind::Bool, kModule, {}},
    {"autotestdict", ValueKind::Bool, kModule, {}},
    {"autotestdict.cdef", ValueKind::Bool, kModule, {}},
    {"autotestdict.all", ValueKind::Bool, kModule, {}},
    {"callspec", ValueKind::Text, kModule, {}},
    {"ccomplex", ValueKind::Bool, kModule, {}},
    {"exceptval", ValueKind::Text, kScoped, {}},
    {"iterable_coroutine", ValueKind::Bool, kModule, {}},
    {"dataclasses.dataclass", ValueKind::Text, kScoped, {}},
    {"dataclasses.field", ValueKind::Text, kModule, {}},
    {"total_ordering", ValueKind::Text, kScoped, {}},
    {"cpp_locals", ValueKind::Bool, kModule, {}},
    {"test_assert_c_code_has", ValueKind::Text, kModule, {}},
    {"test_fail_if_c_code_has", ValueKind::Text, kModule, {}},
    {"auto_cpdef", ValueKind::Bool, kModule, {}},
    {"collection_type", ValueKind::OneOf, kScoped, {"sequence", "mapping"}},
    {"subinterpreters_compatible", ValueKind::OneOf, kModule, {"no", "shared_gil", "own_gil"}},
    {"freethreading_compatible", ValueKind::Bool, kModule, {}},
    {"trashcan", ValueKind::Bool, kScoped, {}},
    {"critical_section", ValueKind::Text, kScoped, {}},
    {"no_gc_clear", ValueKind::Bool, kScoped, {}},
    {"no_gc", ValueKind::Bool, kScoped, {}},
    {"set_initial_path", ValueKind::Text, kModule, {}},
    {"embedsignature.format", ValueKind::OneOf, kModule, {"c", "clinic", "python"}},
    {"c_api_binop_methods", ValueKind::Bool, kModule, {}},
    {"infer_types.verbose", ValueKind::Bool, kModule, {}},
    {"py2_import", ValueKind::Bool, kModule, {}},
    {"preliminary_late_includes_cy28", ValueKind::Bool, kModule, {}},
    {"old_style_globals", ValueKind::Bool, kModule, {}},
    {"fast_gil", ValueKind::Bool, kModule, {}},
    {"c_compile_guard", ValueKind::Text, kScoped, {}},
    {"warn.unreachable", ValueKind::Bool, kModule, {}},
    {"warn.multiple_declarators", ValueKind::Bool, kModule, {}},
    {"warn.deprecated.DEF", ValueKind::Bool, kModule, {}},
    {"warn.deprecated.IF", ValueKind::Bool, kModule, {}},
    {"optimize.inline_defnode_calls", ValueKind::Bool, kModule, {}},
    {"optimize.unpack_method_calls_in_pyinit", ValueKind::Bool, kModule, {}},
    {"remove_unreachable", ValueKind::Bool, kModule, {}},
    {"control_flow.dot_output", ValueKind::Text, kModule, {}},
    {"control_flow.dot_annotate_defs", ValueKind::Bool, kModule, {}},
    {"formal_grammar", ValueKind::Bool, kModule, {}},
    {"test_body_needs_exception_handling", ValueKind::Bool, kScoped, {}},
};

const AcceptedDirective *accepted(std::string_view name) {
  for (const AcceptedDirective &d : kAccepted)
    if (d.name == name)
      return &d;
  return nullptr;
}

bool parseBool(std::string_view v, bool &out) {
  if (v == "True" || v == "true") {
    out = true;
    return true;
  }
  if (v == "False" || v == "false") {
    out = false;
    return true;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos)
    return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

} // namespace

bool isDirective(std::string_view name) {
  static constexpr std::string_view kImplemented[] = {"boundscheck", "wraparound",   "cdivision",      "initializedcheck",
                                                      "nonecheck",   "overflowcheck", "infer_types",   "embedsignature",
                                                      "binding",     "cdivision_warnings", "overflowcheck.fold",
                                                      "legacy_implicit_noexcept", "allow_none_for_extension_args",
                                                      "auto_pickle"};
  return std::find(std::begin(kImplemented), std::end(kImplemented), name) != std::end(kImplemented) ||
         accepted(name);
}

std::string_view trimBlanks(std::string_view s) { return trim(s); }

bool isModuleLevelDirective(std::string_view name) {
  const AcceptedDirective *d = accepted(name);
  return isDirective(name) && (!d || d->moduleLevel);
}

std::string Directives::set(std::string_view name, std::string_view value) {
  value = trim(value);
  bool *flag = name == "boundscheck"        ? &boundscheck
               : name == "wraparound"       ? &wraparound
               : name == "cdivision"        ? &cdivision
               : name == "initializedcheck" ? &initializedcheck
               : name == "nonecheck"        ? &nonecheck
               : name == "overflowcheck"    ? &overflowcheck
               : name == "embedsignature"   ? &embedsignature
               : name == "binding"          ? &binding
               : name == "autotestdict"     ? &autotestdict
               : name == "autotestdict.cdef" ? &autotestdictCdef
               : name == "autotestdict.all" ? &autotestdictAll
               : name == "legacy_implicit_noexcept" ? &legacyImplicitNoexcept
               : name == "allow_none_for_extension_args" ? &allowNoneForExtensionArgs
               : name == "warn.unreachable"  ? &warnUnreachable
               : name == "warn.undeclared"   ? &warnUndeclared
               : name == "freethreading_compatible" ? &freethreadingCompatible
               : name == "cpp_locals"        ? &cppLocals
                                            : nullptr;
  if (flag) {
    if (!parseBool(value, *flag))
      return fmt::format("{} directive must be set to True or False, got '{}'", name, value);
    return {};
  }
  if (name == "auto_pickle") {
    bool on = false;
    if (value == "None")
      autoPickle = AutoPickle::Attempt;
    else if (parseBool(value, on))
      autoPickle = on ? AutoPickle::Forced : AutoPickle::Off;
    else
      return fmt::format("auto_pickle directive must be set to True, False or None, got '{}'", value);
    return {};
  }
  if (name == "infer_types") {
    if (value == "None") {
      inferTypes = false;
      return {};
    }
    if (!parseBool(value, inferTypes))
      return fmt::format("infer_types directive must be set to True, False or None, got '{}'", value);
    return {};
  }
  if (name == "language_level") {
    if (value == "2")
      languageLevel = 2;
    else if (value == "3" || value == "3str")
      languageLevel = 3;
    else
      return fmt::format("language_level must be 2, 3 or 3str, got '{}'", value);
    return {};
  }
  const AcceptedDirective *d = accepted(name);
  if (!d)
    return fmt::format("unknown directive '{}'", name);
  if (name == "embedsignature.format" && (value == "c" || value == "python" || value == "clinic"))
    signatureFormat = value == "c" ? SignatureFormat::C : value == "python" ? SignatureFormat::Python : SignatureFormat::Clinic;
  if (name == "c_string_type" && (value == "bytes" || value == "bytearray" || value == "str" || value == "unicode"))
    cStringType = value == "unicode" ? "str" : std::string(value);
  if (name == "c_string_encoding")
    cStringEncoding = value == "default" ? "utf-8" : std::string(value); // (Python 3's default encoding)
  bool ignored;
  if (d->kind == ValueKind::Bool && !parseBool(value, ignored))
    return fmt::format("{} directive must be set to True or False, got '{}'", name, value);
  if (d->kind == ValueKind::Int && (value.empty() || value.find_first_not_of("0123456789") != std::string_view::npos))
    return fmt::format("{} directive must be set to an int, got '{}'", name, value);
  if (d->kind == ValueKind::OneOf &&
      std::find(d->choices.begin(), d->choices.end(), value) == d->choices.end()) {
    std::string choices;
    for (std::string_view c : d->choices)
      choices += fmt::format("{}'{}'", choices.empty() ? "" : ", ", c);
    return fmt::format("{} directive must be one of ({}), got '{}'", name, choices, value);
  }
  return {};
}

Directives headerDirectives(const SourceFile &file, Directives base, std::vector<DirectiveError> &errors) {
  for (uint32_t line = 1; line <= file.lineCount(); ++line) {
    std::string_view text = trim(file.lineText(line));
    if (text.empty())
      continue;
    if (text[0] != '#')
      break; // only the comments before the first statement count
    text = trim(text.substr(1));
    if (text.substr(0, 7) != "cython:")
      continue;
    std::string_view rest = text.substr(7);
    DistutilsKind kind;
    if (distutilsKind(trim(rest.substr(0, rest.find('='))), kind))
      continue; // `# cython: libraries = m`: a build setting (sema/distutils.h)
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view item = trim(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      if (item.empty())
        continue;
      size_t eq = item.find('=');
      std::string_view name = trim(item.substr(0, eq));
      std::string_view value = eq == std::string_view::npos ? "True" : item.substr(eq + 1);
      std::string error = base.set(name, value);
      if (!error.empty())
        errors.push_back({uint32_t(name.data() - file.text().data()), error});
    }
  }
  return base;
}

bool directiveCall(const Expr *e, std::string_view cythonName, std::string &name, std::string &value) {
  if (cythonName.empty())
    return false;
  const Expr *target = e;
  const Call *call = nullptr;
  if (e->kind == Kind::Call) {
    call = as<Call>(e);
    target = call->func;
  }
  // cython.name or cython.a.b
  std::string dotted;
  while (target->kind == Kind::Attribute) {
    dotted = std::string(as<Attribute>(target)->attr) + (dotted.empty() ? "" : "." + dotted);
    target = as<Attribute>(target)->value;
  }
  if (target->kind != Kind::Name || as<Name>(target)->id != cythonName || !isDirective(dotted))
    return false;
  name = dotted;
  value = "True";
  if (call && call->args.size() == 1) {
    const Expr *a = call->args[0];
    if (a->kind == Kind::Constant) {
      auto *c = as<Constant>(a);
      value = c->ck == ConstKind::True    ? "True"
              : c->ck == ConstKind::False ? "False"
              : c->ck == ConstKind::None  ? "None"
                                          : std::string(c->value);
    } else {
      value = a->kind == Kind::Name ? std::string(as<Name>(a)->id) : "<expression>"; // rejected by set()
    }
  }
  return true;
}

} // namespace pyxc::sema
