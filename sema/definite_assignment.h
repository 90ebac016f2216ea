// Definite assignment for a function's plain locals: which reads of a local
// every path reaches with the name bound. Those need no UnboundLocalError
// check (CPython's compiler makes the same distinction between LOAD_FAST and
// LOAD_FAST_CHECK; Cython's control-flow analysis drops the same checks).
//
// The analysis is a forward pass over the structured body with the set of
// bound names as its state: branches meet by intersection, a loop's head
// keeps what its body can never unbind, an exception handler starts from
// what the protected body cannot have unbound, and anything it does not
// model is answered conservatively (the check stays).
#pragma once

#include "frontend/ast.h"
#include "sema/scopes.h"

#include <unordered_set>

namespace pyxc::sema {

class BoundNames {
public:
  // Whether this read (or `del`) of a local finds it bound on every path.
  bool contains(const ast::Name *n) const { return names_.count(n) != 0; }
  void add(const ast::Name *n) { names_.insert(n); }
  size_t size() const { return names_.size(); }

private:
  std::unordered_set<const ast::Name *> names_;
};

// `scope` is a function's scope and `body` its statements; its parameters
// are bound on entry. Only names with Binding::Local are tracked (cells can
// be unbound by inner functions at any time).
BoundNames definitelyBound(const Scope &scope, std::span<const ast::Stmt *const> body);

} // namespace pyxc::sema
