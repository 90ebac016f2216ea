#include "sema/loops.h"

namespace pyxc::sema {

using namespace ast;

std::string cythonPath(const Typing &typing, const Expr *e) {
  std::string path;
  while (e->kind == Kind::Attribute) {
    path = "." + std::string(as<Attribute>(e)->attr) + path;
    e = as<Attribute>(e)->value;
  }
  if (e->kind != Kind::Name)
    return {};
  std::string_view id = as<Name>(e)->id;
  if (!typing.cythonName.empty() && id == typing.cythonName)
    return path.empty() ? path : path.substr(1);
  auto it = typing.cythonAliases.find(std::string(id));
  return it == typing.cythonAliases.end() ? std::string() : it->second + path;
}

std::string_view cythonAttribute(const Typing &typing, const Expr *e) {
  if (e->kind == Kind::Name) {
    auto it = typing.cythonAliases.find(std::string(as<Name>(e)->id));
    return it == typing.cythonAliases.end() ? std::string_view() : std::string_view(it->second);
  }
  if (typing.cythonName.empty() || e->kind != Kind::Attribute)
    return {};
  auto *a = as<Attribute>(e);
  if (a->value->kind != Kind::Name || as<Name>(a->value)->id != typing.cythonName)
    return {};
  return a->attr;
}

std::optional<RangeCall> rangeCallOf(const For *f, const Scope *s, const ScopeTable &scopes, const Typing &typing) {
  if (f->kind != Kind::For || f->iter->kind != Kind::Call)
    return std::nullopt;
  auto *call = as<Call>(f->iter);
  if (call->args.empty() || call->args.size() > 3)
    return std::nullopt;
  for (const Expr *a : call->args)
    if (a->kind == Kind::Starred)
      return std::nullopt;
  // prange's keywords (nogil, schedule, num_threads, ...) steer the loop.
  if (cythonPath(typing, call->func) == "parallel.prange")
    return RangeCall{call, true};
  if (call->func->kind != Kind::Name || as<Name>(call->func)->id != "range" || !call->keywords.empty() ||
      scopes.module()->assigned.count("range") || s->binding("range") != Binding::Global)
    return std::nullopt;
  return RangeCall{call, false};
}

const Type *cVariableType(const Name *target, const Scope *s, const Typing &typing) {
  std::string_view id = target->id;
  Binding b = s->binding(id);
  if (const Type *captured = s->kind != ScopeKind::Module ? typing.capturedType(s, id) : nullptr)
    return captured; // in a cell
  if (s->isFunctionLike()) {
    if (b == Binding::Local || b == Binding::Enclosing)
      return typing.localType(s, id);
    if (b != Binding::Global)
      return nullptr;
  } else if (s->kind == ScopeKind::Class && b != Binding::ClassLocal && b != Binding::Global) {
    return nullptr;
  }
  const CSymbol *sym = typing.symbol(id);
  if (!sym || sym->kind != CSymbol::Kind::Variable || sym->type->isObject())
    return nullptr; // `cdef object x` at module level: a global of the module's dict
  return sym->type;
}

PointerLoop pointerLoopOf(const For *f, const Typing &typing) {
  const Expr *iter = f->iter;
  const Slice *slice = nullptr;
  if (iter->kind == Kind::Subscript && as<Subscript>(iter)->slice->kind == Kind::Slice) {
    slice = as<Slice>(as<Subscript>(iter)->slice);
    iter = as<Subscript>(iter)->value;
  }
  if (typing.typeOf(iter)->kind != TypeKind::Pointer)
    return PointerLoop::NotPointer;
  auto given = [](const Expr *e) { return e && !(e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::None); };
  if (!slice || !given(slice->upper))
    return PointerLoop::NeedsEnd;
  if (given(slice->step) && !typing.compileTime.evalInt(slice->step))
    return PointerLoop::NeedsStepAndEnd;
  return PointerLoop::Slice;
}

} // namespace pyxc::sema
