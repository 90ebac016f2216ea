// The Python functions of C functions used as objects (Cython's
// cfunc.to_py): their parameter names, docstrings, and which signatures
// share one (sema/value_contexts.cpp finds the conversions).
#include "ir/function_values.h"

#include "frontend/ast_fields.h"
#include "sema/c_checks.h"

#include <fmt/format.h>

namespace pyxc::ir {

using namespace ast;
using sema::Type;
using sema::TypeKind;


std::vector<std::string> wrapperParamNames(const Type *fn) {
  std::vector<std::string> names;
  for (size_t i = 0; i < fn->params.size(); ++i)
    names.push_back(fn->params[i].name.empty() ? fmt::format("arg{}", i) : fn->params[i].name);
  return names;
}

// Python's repr() of a string without quotes or backslashes in it.
static std::string quoted(const std::string &s) { return "'" + s + "'"; }

static std::string annotationOf(const Type *t) {
  if (t->isObject())
    return t->extension ? quoted(t->name) : t->name == "object" ? "" : t->name;
  if (t->kind == TypeKind::Bint)
    return "bool";
  if (t->kind == TypeKind::Float && t->name == "double")
    return "float";
  return quoted(sema::describe(t));
}

std::string functionObjectDoc(const Type *fn) {
  std::vector<std::string> names = wrapperParamNames(fn);
  std::string doc = "wrap(";
  for (size_t i = 0; i < names.size(); ++i) {
    std::string annotation = annotationOf(fn->params[i].type);
    doc += (i ? ", " : "") + names[i] + (annotation.empty() ? "" : ": " + annotation);
  }
  doc += ")";
  if (std::string result = annotationOf(fn->target); !result.empty())
    doc += " -> " + result;
  return doc;
}

bool sameFunctionObject(const Type *a, const Type *b) {
  return sema::sameCType(a, b) && a->except == b->except && a->exceptValue == b->exceptValue &&
         wrapperParamNames(a) == wrapperParamNames(b);
}

} // namespace pyxc::ir
