// Cython's compiler directives: from `# cython:` header comments, `-X`,
// `@cython.name(value)` decorators and `with cython.name(value):` blocks.
#pragma once

#include "frontend/ast.h"
#include "frontend/source.h"

#include <string>
#include <string_view>
#include <vector>

namespace pyxc::sema {

struct Directives {
  bool boundscheck = true;
  bool wraparound = true;
  bool cdivision = false;
  bool initializedcheck = true;
  bool nonecheck = false;
  bool overflowcheck = false;
  bool inferTypes = false; // infer_types=True (None, the default, is the safe mode)
  bool embedsignature = false;
  // embedsignature.format: C declarations ("c", `f(int x) -> double`),
  // Python annotations ("python", `f(x: int) -> float`) or Argument
  // Clinic's form ("clinic", which pyxc's functions show as "c" does).
  enum class SignatureFormat { C, Python, Clinic } signatureFormat = SignatureFormat::C;
  // c_string_type: the Python type a char * converts to ("bytes",
  // "bytearray", "str"); embedded Python signatures name it.
  std::string cStringType = "bytes";
  // c_string_encoding: how str objects become C strings (and C strings
  // str, with c_string_type=str), as Python names the codec; empty: str
  // objects do not convert.
  std::string cStringEncoding;
  // cpp_locals: C++ class locals are held in a std::optional, made when
  // first assigned (their classes need no nullary constructor).
  bool cppLocals = false;
  bool binding = true;
  // autotestdict: a module `__test__` dict of the docstrings with doctests
  // of its functions and methods (".cdef": cdef functions' too, ".all":
  // every docstring). Cython's default is True; pyxc's is False, as Cython's
  // own test runner sets it: doctest's finder sees compiled functions, and
  // a __test__ entry would run their examples a second time.
  bool autotestdict = false, autotestdictCdef = false, autotestdictAll = false;
  bool legacyImplicitNoexcept = false; // cdef functions without an except clause are noexcept (Cython 0.29)
  bool allowNoneForExtensionArgs = true; // typed def arguments (cdef classes, list, ...) accept None
  bool warnUnreachable = true;  // warn.unreachable: "Unreachable code" (sema/flow_warnings.h)
  bool warnUndeclared = false;  // warn.undeclared: "implicit declaration of 'x'"
  // The module is written for free-threaded Python: parallel regions that
  // hold the GIL are not warned about.
  bool freethreadingCompatible = false;
  // language_level: 3 (and "3str"), or 2, under which Cython parses
  // `print` as a statement and `/` on C integers divides as `//` does.
  int languageLevel = 3;
  // auto_pickle: None (the default) makes __reduce__/__setstate__ for cdef
  // classes whose attributes all convert; False makes none; True also
  // pickles struct attributes.
  enum class AutoPickle { Attempt, Off, Forced } autoPickle = AutoPickle::Attempt;

  // Applies `name=value`. Returns an error message, or empty when applied.
  // Directives pyxc accepts without acting on (profile, linetrace, ...) are
  // recognised and ignored.
  std::string set(std::string_view name, std::string_view value);
};

// Whether a directive name is one Cython knows.
bool isDirective(std::string_view name);

// Whether a directive may be set for a whole module (-X, header comments);
// `freelist`, `final` and the like apply to one class or function only.
bool isModuleLevelDirective(std::string_view name);

// Blanks (spaces, tabs, a trailing CR) off both ends of a comment's text.
std::string_view trimBlanks(std::string_view s);

struct DirectiveError {
  uint32_t offset; // where in the file
  std::string message;
};

// Reads the `# cython: a=b, c=d` comments at the top of a source file.
Directives headerDirectives(const SourceFile &file, Directives base, std::vector<DirectiveError> &errors);

// The directive a decorator or with-item sets: `cython.boundscheck(False)`
// or `cython.boundscheck` (meaning True) when `cythonName` names the
// cython module. Returns false when `e` is no directive.
bool directiveCall(const ast::Expr *e, std::string_view cythonName, std::string &name, std::string &value);

} // namespace pyxc::sema
