// Scopes and symbols for Python semantics, as CPython's symtable computes
// them: for every function, class, lambda and comprehension, which names are
// parameters, locals, cells (locals that inner scopes capture), free
// variables (captured from an enclosing function) and globals.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"

#include <map>
#include <set>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pyxc::sema {

enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension };

// How code in a scope reaches a name.
enum class Binding : uint8_t {
  Local,       // a fast local of this function
  Cell,        // a local of this function that an inner scope captures
  Free,        // a cell of an enclosing function
  Global,      // declared global, or not bound anywhere enclosing: module dict then builtins
  ClassLocal,  // class body: the class namespace, then globals/builtins
  ClassFree,   // class body: the class namespace, then an enclosing cell
  Enclosing,   // comprehension: whatever the name is in the enclosing scope
};

struct Scope {
  ScopeKind kind;
  const ast::Node *node = nullptr; // FunctionDef, Lambda, ClassDef, comprehension, Module
  Scope *parent = nullptr;
  std::string name;     // function or class name ("<lambda>", "<listcomp>", ...)
  std::string qualname; // as CPython computes __qualname__
  std::vector<std::string> params; // in declaration order
  // Every name the scope refers to, with its binding, in first-seen order.
  std::vector<std::string> order;
  std::unordered_map<std::string, Binding> bindings;
  // Free variables in closure order (the tuple an inner function receives).
  std::vector<std::string> frees;
  std::vector<Scope *> children;
  std::set<std::string> assigned; // names bound in this scope (for the module: which builtins are shadowed)
  std::set<std::string> unbound;  // names a `del` or an `except ... as` can leave unbound
  std::set<std::string> rebound;  // names bound more than once (parameters the body assigns)
  bool hasImportStar = false;  // `from m import *` binds names no one can list
  bool needsClassCell = false; // a class whose methods use super() or __class__
  bool usesSuper = false;      // a function that calls super() with no arguments
  bool isGenerator = false;    // a function whose body yields (or a generator expression)
  bool isGenexp = false;       // a generator expression's function: parameter ".0" is its first iterator
  bool isCoroutine = false;    // an `async def` (with isGenerator: an async generator)

  Binding binding(std::string_view name) const;
  bool isFunctionLike() const { return kind == ScopeKind::Function || kind == ScopeKind::Comprehension; }
};

class ScopeTable {
public:
  Scope *module() const { return scopes_.front().get(); }
  Scope *scopeOf(const ast::Node *n) const {
    auto it = byNode_.find(n);
    return it == byNode_.end() ? nullptr : it->second;
  }
  Scope *add(std::unique_ptr<Scope> s) {
    scopes_.push_back(std::move(s));
    byNode_[scopes_.back()->node] = scopes_.back().get();
    return scopes_.back().get();
  }
  // Takes another file's scopes (a cimported .pxd's, whose inline functions
  // the module compiles); returns that file's module scope, which is not
  // this table's module().
  Scope *adopt(std::unique_ptr<ScopeTable> other) {
    Scope *root = other->module();
    for (auto &s : other->scopes_)
      add(std::move(s));
    return root;
  }

private:
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const ast::Node *, Scope *> byNode_;
};

// Builds the table for a parsed module. Errors (a nonlocal with no binding,
// a name both global and parameter, ...) are reported as CPython reports them.
// `leakListCompTargets`: language_level=2 Cython code, where list
// comprehensions bind their loop variables in the enclosing scope.
std::unique_ptr<ScopeTable> buildScopes(const ast::Module *module, const SourceFile &file, DiagnosticEngine &diags,
                                        bool leakListCompTargets = false);

} // namespace pyxc::sema
