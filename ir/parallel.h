// prange loops that run in parallel (OpenMP): which may, and Cython's rules
// for their variables. A prange that runs without the GIL, whose body can
// never raise, break out of it or return, is an OpenMP loop; the others
// run serially, as prange does in a module built without OpenMP.
#pragma once

#include "frontend/ast.h"
#include "sema/scopes.h"
#include "sema/typer.h"

#include <optional>
#include <string>
#include <vector>

namespace pyxc::ir {

struct ParallelLoop {
  // Variables the body assigns (the index first): each thread has its own,
  // and after the loop each holds the last iteration's value (lastprivate).
  std::vector<std::string> lastPrivate;
  // Variables the body only updates in place (`s += x`): each thread sums
  // its own, and the results are combined into the variable (reduction).
  std::vector<std::pair<std::string, ast::BinOpKind>> reductions;
  std::string schedule;                  // "static", "dynamic", "guided", "runtime", or empty
  const ast::Expr *chunksize = nullptr;  // schedule's chunk size, or null
  const ast::Expr *numThreads = nullptr; // num_threads=, or null
};

// The parallel plan of `for target in prange(...)` (its call `call`), run
// without the GIL in `scope` under the directives `d`; nullopt where it
// runs serially.
std::optional<ParallelLoop> planParallelLoop(const ast::For *loop, const ast::Call *call, const sema::Scope *scope,
                                             const sema::Directives &d, const sema::Typing &typing,
                                             const sema::ScopeTable &scopes);

} // namespace pyxc::ir
