// Deep copies of AST subtrees, for passes that need several versions of one
// piece of code (fused functions: one copy of the function per
// specialisation, its fused types replaced).
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"

#include <functional>

namespace pyxc::ast {

// Returns the node to use in the copy instead of copying `n` (a node of the
// caller's making), or null to copy `n` as it is. In a list of statements,
// a Module node returned for a statement is replaced by its body (a
// statement that becomes several, or none).
using CloneHook = std::function<Node *(const Node *n)>;

// A copy of the tree under `n` in `arena`: every node and list is new, the
// source ranges and strings are the original's. `hook` is asked first at
// every node (the root included).
Node *cloneTree(const Node *n, Arena &arena, const CloneHook &hook = nullptr);

} // namespace pyxc::ast
