// Printing the AST: exactly as CPython's ast.dump() (for the oracle tests),
// and pyxc's own indented format that also shows Cython's nodes.
#pragma once

#include "frontend/ast.h"

#include <string>

namespace pyxc::ast {

std::string dumpPythonAst(const Node *root);
std::string dumpTree(const Node *root);

} // namespace pyxc::ast
