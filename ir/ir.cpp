// The IR's own accessors: function kinds' names, lookups in a Module and
// an ExtensionClass (ir.h); the lowering that fills them is lower.cpp.
#include "ir/ir.h"

namespace pyxc::ir {

using namespace ast;

std::string_view prefixOf(FunctionKind k) {
  switch (k) {
#define FUNCTION_KIND(Name, Prefix, Word)                                                                            \
  case FunctionKind::Name: return Prefix;
#include "ir/function_kinds.def"
#undef FUNCTION_KIND
  }
  return "";
}

std::string_view wordOf(FunctionKind k) {
  switch (k) {
#define FUNCTION_KIND(Name, Prefix, Word)                                                                            \
  case FunctionKind::Name: return Word;
#include "ir/function_kinds.def"
#undef FUNCTION_KIND
  }
  return "";
}

const Function *Module::function(const ast::Node *node, FunctionKind kind) const {
  auto it = byNode.find(node);
  if (it != byNode.end())
    for (const Function *f : it->second)
      if (f->kind == kind)
        return f;
  return nullptr;
}

const FunctionDef *specialMethod(const CClassDef *c, std::string_view name) {
  for (const Stmt *s : c->body)
    if (s->kind == Kind::FunctionDef && as<FunctionDef>(s)->name == name)
      return as<FunctionDef>(s);
  return nullptr;
}

const ExtensionClass::Field *ExtensionClass::field(std::string_view name) const {
  for (const ExtensionClass *c = this; c; c = c->base)
    for (const Field &f : c->fields)
      if (f.attribute->name == name)
        return &f;
  return nullptr;
}

const ExtensionClass::Method *ExtensionClass::method(std::string_view name) const {
  for (const ExtensionClass *c = this; c; c = c->base)
    for (const Method &m : c->methods)
      if (m.method->name == name)
        return &m;
  return nullptr;
}

const Function *Module::cFunction(std::string_view name) const {
  auto it = cFunctions.find(name);
  return it == cFunctions.end() ? nullptr : it->second;
}

std::vector<const Function *> Module::externWrappers() const {
  std::vector<const Function *> out;
  for (const auto &f : functions)
    if (f->kind == FunctionKind::ExternWrapper)
      out.push_back(f.get());
  return out;
}

const std::string *Module::globalName(std::string_view name) const {
  auto it = globals.find(name);
  return it == globals.end() ? nullptr : &it->second;
}
const std::string &Module::enumClass(std::string_view name) const { return enumClasses.find(name)->second; }

} // namespace pyxc::ir
