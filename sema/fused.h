// Fused types (`ctypedef fused`, cython.floating/integral/numeric): sema's
// first pass. A function whose parameters are declared with fused types is
// replaced, where it stands, by one copy per specialisation (every
// combination of the fused types' members, the first fused type varying
// slowest, as Cython orders them), each with the fused types replaced by
// the members and its compile-time tests (`if T is double:`) decided, so
// that every later stage sees ordinary functions.
//
// - cdef functions: the copies are named `f[double]` (a name no source can
//   write); a call of `f` picks the specialisation from the arguments'
//   types, `f[double](x)` names one (the typer resolves both).
// - def functions: the copies keep the name; each binds `f` to the module's
//   fused function object (pyxc::FusedFunction), which dispatches a call
//   on its arguments' types, indexes (`f[double]`) and lists
//   `__signatures__`. cpdef functions are both: cdef copies whose Python
//   wrappers make the fused function object.
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"
#include "frontend/diagnostics.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace pyxc::sema {

// One specialisation of a fused function.
struct FusedSpecialisation {
  std::string signature;                // the members, "|"-joined: "double|int"
  const ast::Node *function = nullptr;  // its copy (a FunctionDef or CFunctionDef)
  std::string name;                     // the copy's name (cdef: "f[double]")
  int index = 0;                        // its place among the group's
};

// The specialisations of one fused function, in Cython's order.
struct FusedGroup {
  std::string name;
  bool cdef = false;   // a cdef or cpdef function (else a def): C calls pick a specialisation
  bool python = false; // a def or cpdef function: the name is its fused function object
  // The parameters whose types involve a fused type: a call's arguments
  // for them pick the specialisation.
  std::vector<size_t> fusedParams;
  // Per fused type, in the signatures' order: the first parameter of that
  // type (its argument decides the member, for a def's calls from Python)
  // and the members' spellings.
  struct Deciding {
    size_t param = 0;      // among all parameters, in order
    std::string name;
    bool positional = true; // (else keyword-only)
    std::vector<std::string> members;
  };
  std::vector<Deciding> deciding;
  std::vector<FusedSpecialisation> specialisations;

  const FusedSpecialisation *bySignature(std::string_view signature) const;
};

struct FusedFunctions {
  std::map<std::string, FusedGroup, std::less<>> groups; // by the function's name
  // The group and specialisation of a copy, by its node.
  std::map<const ast::Node *, std::pair<const FusedGroup *, const FusedSpecialisation *>> copies;
  // The cimported .pxd files read for their fused types, whose text the
  // copies' type names point into.
  std::vector<std::unique_ptr<SourceFile>> sources;

  const FusedGroup *group(std::string_view name) const {
    auto it = groups.find(name);
    return it == groups.end() ? nullptr : &it->second;
  }
  const FusedSpecialisation *specialisationOf(const ast::Node *function) const {
    auto it = copies.find(function);
    return it == copies.end() ? nullptr : it->second.second;
  }
};

// Expands the module's fused functions (module-level def, cdef and cpdef
// functions) in place. Fused types are the module's `ctypedef fused`
// ones, cython.floating/integral/numeric where it cimports cython, and
// those of the .pxd files it cimports (found on `pxdPaths`, as cimport
// finds them: `from types cimport real`, `cimport types; types.real`).
FusedFunctions expandFusedFunctions(ast::Module *module, const SourceFile &file, Arena &arena,
                                    DiagnosticEngine &diags, const std::vector<std::string> &pxdPaths = {});

} // namespace pyxc::sema
