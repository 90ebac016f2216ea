// prange loops and parallel() blocks that run in parallel (OpenMP): which
// may, and Cython's rules for their variables. A prange whose body never
// leaves it (break, return, yield) and assigns only C locals (objects are
// shared) is an OpenMP loop: errors raised in its threads are kept, the
// other threads stop at their next iteration, and the first is raised
// after the loop; where the GIL is held around it, the GIL is released
// for the loop and each iteration takes it for the body. The others run
// serially, as prange does in a module built without OpenMP. A parallel()
// block runs its body in each thread, its prange loops sharing out their
// iterations among them.
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
  // The body may raise: each thread keeps a Python thread state, and the
  // region records the first error (pyxc::ParallelErrors).
  bool mayRaise = false;
  // The GIL is held where the loop stands: the loop runs without it, each
  // iteration running this `with gil:` block (made by the lowering) around
  // the body.
  const ast::GilBlock *bodyWithGil = nullptr;
  // In a parallel() block that runs in parallel: the loop shares out its
  // iterations among the block's threads (`omp for`); the block keeps the
  // thread states and the errors.
  bool inBlock = false;
};

// `with parallel(num_threads=...):` run by a team of threads.
struct ParallelBlock {
  // C locals the block assigns outside its prange loops: each thread has
  // its own (private; their values after the block are undefined).
  std::vector<std::string> privates;
  const ast::Expr *numThreads = nullptr;
  bool mayRaise = false;
  const ast::GilBlock *bodyWithGil = nullptr; // as ParallelLoop's
};

// The parallel plan of `for target in prange(...)` (its call `call`) in
// `scope` under the directives `d` (`holdsGil`: the GIL is held where it
// stands; the lowering makes bodyWithGil); nullopt where it runs serially.
std::optional<ParallelLoop> planParallelLoop(const ast::For *loop, const ast::Call *call, const sema::Scope *scope,
                                             const sema::Directives &d, const sema::Typing &typing,
                                             const sema::ScopeTable &scopes, bool holdsGil);
// The plan of `with parallel(...):` (its call `call`); nullopt where it
// runs serially (in the calling thread, its prange loops as they plan).
std::optional<ParallelBlock> planParallelBlock(const ast::With *block, const ast::Call *call, const sema::Scope *scope,
                                               const sema::Directives &d, const sema::Typing &typing,
                                               const sema::ScopeTable &scopes, bool holdsGil);

} // namespace pyxc::ir
