// C++ classes in sema's types: instances of templates, substitution of
// template parameters, member lookup and overloads (sema/cpp_types.h).
#include "sema/cpp_types.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace pyxc::sema {

CppClass *TypeTable::cppClass(std::string_view name, std::string_view cname) {
  CppClass &c = cppClasses_.emplace_back();
  c.name = std::string(name);
  c.cname = std::string(cname);
  return &c;
}

const Type *TypeTable::templateParam(std::string_view name) {
  auto it = templateParams_.find(name);
  if (it != templateParams_.end())
    return it->second;
  Type t;
  t.kind = TypeKind::TemplateParam;
  t.name = std::string(name);
  return templateParams_[std::string(name)] = add(std::move(t));
}

const Type *TypeTable::cppInstance(const CppClass *c, std::vector<const Type *> args) {
  // Defaulted parameters not given (`vector[int]` of vector[T, ALLOCATOR=*])
  // stay parameters, which C++ spells by leaving them out: one instance
  // however the type is reached.
  while (args.size() < c->params.size())
    args.push_back(templateParam(c->params[args.size()]));
  auto key = std::pair(c, args);
  if (auto it = cppInstances_.find(key); it != cppInstances_.end())
    return it->second;
  Type t;
  t.kind = TypeKind::CppClass;
  t.cpp = c;
  t.templateArgs = std::move(args);
  // Cython's spelling, for messages: vector[int], vector[int].iterator.
  size_t own = c->params.size() - c->ownParams;
  if (c->outer) {
    std::vector<const Type *> outerArgs(t.templateArgs.begin(),
                                        t.templateArgs.begin() + std::min(own, t.templateArgs.size()));
    t.name = describe(cppInstance(c->outer->cpp, outerArgs)) + "." + c->name;
  } else {
    t.name = c->name;
  }
  if (c->ownParams && t.templateArgs.size() > own) {
    std::string list;
    for (size_t i = own; i < t.templateArgs.size(); ++i)
      if (!(i >= c->params.size() - c->optionalParams && t.templateArgs[i]->kind == TypeKind::TemplateParam &&
            t.templateArgs[i]->name == c->params[i]))
        list += (list.empty() ? "" : ", ") + describe(t.templateArgs[i]);
    t.name += "[" + list + "]";
  }
  return cppInstances_[key] = add(std::move(t));
}

const Type *TypeTable::substitute(const Type *t, const std::vector<std::string> &params,
                                  const std::vector<const Type *> &args) {
  if (params.empty())
    return t;
  switch (t->kind) {
  case TypeKind::TemplateParam:
    for (size_t i = 0; i < params.size() && i < args.size(); ++i)
      if (params[i] == t->name)
        return args[i];
    return t;
  case TypeKind::Pointer: {
    const Type *target = substitute(t->target, params, args);
    return target == t->target ? t : pointer(target);
  }
  case TypeKind::Array: {
    const Type *target = substitute(t->target, params, args);
    return target == t->target ? t : array(target, t->length);
  }
  case TypeKind::Function: {
    bool changed = false;
    const Type *result = substitute(t->target, params, args);
    changed = result != t->target;
    std::vector<Param> ps = t->params;
    for (Param &p : ps) {
      const Type *pt = substitute(p.type, params, args);
      changed = changed || pt != p.type;
      p.type = pt;
    }
    if (!changed)
      return t;
    Type f = *t;
    f.target = result;
    f.params = std::move(ps);
    return add(std::move(f));
  }
  case TypeKind::CppClass: {
    std::vector<const Type *> a = t->templateArgs;
    bool changed = false;
    for (const Type *&x : a) {
      const Type *y = substitute(x, params, args);
      changed = changed || y != x;
      x = y;
    }
    return changed ? cppInstance(t->cpp, std::move(a)) : t;
  }
  default: return t;
  }
}

std::vector<CppMemberRef> cppMembers(TypeTable &types, const Type *instance, std::string_view name) {
  std::vector<CppMemberRef> found;
  if (!instance->cpp)
    return found;
  for (const CppClass::Member &m : instance->cpp->members)
    if (m.name == name)
      found.push_back({&m, types.memberType(instance, m.type), instance});
  if (!found.empty())
    return found;
  for (const Type *base : instance->cpp->bases) {
    const Type *b = types.memberType(instance, base);
    if (b->kind != TypeKind::CppClass)
      continue;
    found = cppMembers(types, b, name);
    if (!found.empty())
      return found;
  }
  return found;
}

std::string cppOperatorName(std::string_view op) {
  if (op.starts_with("unary "))
    return "operator" + std::string(op.substr(6));
  return "operator" + std::string(op);
}

bool cppDerivesFrom(TypeTable &types, const Type *derived, const Type *base) {
  if (derived->kind != TypeKind::CppClass || base->kind != TypeKind::CppClass)
    return false;
  if (derived->cpp == base->cpp)
    return true;
  for (const Type *b : derived->cpp->bases)
    if (cppDerivesFrom(types, types.memberType(derived, b), base))
      return true;
  return false;
}

namespace {

bool derivesFrom(const Type *derived, const Type *base) {
  if (derived == base)
    return true;
  if (derived->kind != TypeKind::CppClass || !derived->cpp)
    return false;
  for (const Type *b : derived->cpp->bases)
    if (b == base || (b->kind == TypeKind::CppClass && b->cpp == base->cpp))
      return true;
  return false;
}

} // namespace

int cppArgumentMatch(const Type *arg, const Type *param) {
  if (param->kind == TypeKind::TemplateParam && param->name == "ExecutionPolicy")
    // The standard algorithms take one only where it is an execution
    // policy (std::is_execution_policy), not any first argument.
    return arg && arg->kind == TypeKind::CppClass && arg->cpp->cname.starts_with("std::execution::") ? 3 : 0;
  if (param->kind == TypeKind::TemplateParam)
    return 1; // (a template function's parameter: whatever C++ deduces)
  if (!arg) // an integer literal: C++'s int
    return param->isIntegral() ? (param->name == "int" ? 3 : 2)
           : param->kind == TypeKind::Float ? 1
           : param->kind == TypeKind::Complex ? 1
                                              : 0;
  if (arg == param)
    return 3;
  if (arg->kind == TypeKind::Error || param->kind == TypeKind::Error)
    return 1;
  if (arg->isObject() && (arg->name == "bytes" || arg->name == "str") && param->isNumeric())
    return 0; // a string is no number
  if (arg->isObject()) // (bytes lend their data to char *, before a copy into a container)
    return param->isObject() || param->isCharPointer() ? 2
           : param->isNumeric() || cppConvertsFromPython(param) ? 1
                                                                 : 0;
  if (param->isObject())
    return arg->isNumeric() || cppConvertsToPython(arg) ? 1 : 0;
  if (arg->isNumeric() && param->isNumeric()) {
    bool sameKind = arg->kind == param->kind || (arg->isIntegral() && param->isIntegral());
    return sameKind ? 2 : 1;
  }
  if (arg->kind == TypeKind::Array && param->kind == TypeKind::Pointer)
    return arg->target == param->target ? 3 : param->target->kind == TypeKind::Void ? 1 : 0;
  if (arg->kind == TypeKind::Pointer && param->kind == TypeKind::Pointer) {
    if (arg->target == param->target || param->target->kind == TypeKind::Void)
      return arg->target == param->target ? 3 : 1;
    if (arg->target->kind == TypeKind::Int && param->target->kind == TypeKind::Int &&
        arg->target->rank == param->target->rank)
      return 1; // char * and const char * (pyxc drops const)
    return derivesFrom(arg->target, param->target) ? 2 : 0;
  }
  if (arg->kind == TypeKind::CppClass && param->kind == TypeKind::CppClass) {
    if (derivesFrom(arg, param))
      return 2;
    // C++'s implicit conversion by a constructor of one argument
    // (iterator -> const_iterator).
    for (const Type *ctor : param->cpp->constructors)
      if (ctor->params.size() == 1 && ctor->params[0].type->kind == TypeKind::CppClass &&
          ctor->params[0].type->cpp == arg->cpp)
        return 1;
    return 0;
  }
  if (arg->kind == TypeKind::Function && param->kind == TypeKind::Pointer && param->target->kind == TypeKind::Function)
    return 1;
  return 0;
}

const Type *pickOverload(const std::vector<const Type *> &candidates, const std::vector<const Type *> &args,
                         bool *ambiguous) {
  const Type *best = nullptr;
  std::vector<int> bestScores;
  bool tie = false;
  for (const Type *fn : candidates) {
    size_t required = 0;
    for (const Param &p : fn->params)
      required += !p.hasDefault;
    if (args.size() < required || (args.size() > fn->params.size() && !fn->varargs))
      continue;
    std::vector<int> scores;
    bool viable = true;
    std::map<std::string_view, const Type *> bound; // a template parameter takes one type
    for (size_t i = 0; i < args.size() && i < fn->params.size(); ++i) {
      int s = cppArgumentMatch(args[i], fn->params[i].type);
      if (const Type *p = fn->params[i].type; p->kind == TypeKind::TemplateParam && args[i] && !args[i]->isObject()) {
        auto [at, first] = bound.emplace(p->name, args[i]);
        if (!first && at->second != args[i] && !(at->second->isNumeric() && args[i]->isNumeric()))
          s = 0;
      }
      viable = viable && s > 0;
      scores.push_back(s);
    }
    if (!viable)
      continue;
    if (!best) {
      best = fn;
      bestScores = scores;
      tie = false;
      continue;
    }
    // C++'s rule: better for some argument and worse for none.
    bool better = false, worse = false;
    for (size_t i = 0; i < scores.size(); ++i) {
      better = better || scores[i] > bestScores[i];
      worse = worse || scores[i] < bestScores[i];
    }
    if (better && !worse) {
      best = fn;
      bestScores = scores;
      tie = false;
    } else if (better == worse && !(scores.size() == bestScores.size() && fn->params.size() > best->params.size())) {
      tie = true;
    }
  }
  if (ambiguous)
    *ambiguous = tie;
  return tie ? nullptr : best;
}

std::string_view cppStandardClass(const Type *t) {
  if (t->kind != TypeKind::CppClass || !t->cpp || t->cpp->outer)
    return {};
  // (Cython's builtin C++ conversions: these only; deque, forward_list and
  // the multi- containers stay C++.)
  static constexpr std::string_view known[] = {"std::vector", "std::list",          "std::set", "std::unordered_set",
                                                "std::map",    "std::unordered_map", "std::pair", "std::string",
                                                "std::string_view"};
  for (std::string_view k : known)
    if (t->cpp->cname == k)
      return k;
  return {};
}

namespace {

bool elementConverts(const Type *t, bool toPython) {
  if (t->isNumeric())
    return true;
  if (t->kind == TypeKind::CppClass)
    return toPython ? cppConvertsToPython(t) : cppConvertsFromPython(t);
  return t->isCharPointer() && toPython;
}

bool converts(const Type *t, bool toPython) {
  std::string_view k = cppStandardClass(t);
  if (k.empty())
    return false;
  if (k == "std::string" || k == "std::string_view")
    return true;
  size_t n = k == "std::pair" || k.ends_with("map") ? 2 : 1;
  if (t->templateArgs.size() < n)
    return false;
  for (size_t i = 0; i < n; ++i)
    if (!elementConverts(t->templateArgs[i], toPython))
      return false;
  return true;
}

} // namespace

bool cppConvertsToPython(const Type *t) { return converts(t, true); }
bool cppConvertsFromPython(const Type *t) { return converts(t, false); }

} // namespace pyxc::sema

namespace pyxc::sema {
const CppClass::Member *cppMember(const Type *cls, std::string_view name) {
  if (cls->kind != TypeKind::CppClass)
    return nullptr;
  for (const CppClass::Member &m : cls->cpp->members)
    if (m.name == name)
      return &m;
  for (const Type *base : cls->cpp->bases)
    if (const CppClass::Member *m = cppMember(base, name))
      return m;
  return nullptr;
}
} // namespace pyxc::sema
