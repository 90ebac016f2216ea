// Typing expressions on C++ class instances (sema/cpp_expressions.h).
#include "sema/cpp_expressions.h"

namespace pyxc::sema {

using namespace ast;

const CSymbol *Typing::cppSymbol(CSymbol::Cpp kind, const Type *cls, std::string_view cname, const Type *signature) {
  for (const CSymbol &s : cppSymbols)
    if (s.cpp == kind && s.cppClass == cls && s.cname == cname && s.type == signature)
      return &s;
  CSymbol &s = cppSymbols.emplace_back();
  s.kind = CSymbol::Kind::Function;
  s.external = true;
  s.cpp = kind;
  s.cppClass = cls;
  s.cname = std::string(cname);
  s.type = signature;
  return &s;
}

void CppExpressions::report(const Node *at, DiagId id, std::string a, std::string b) {
  if (reported_.insert(at).second)
    diags_.report(id, file_, at->range.begin, a, b);
}

std::vector<const Type *> CppExpressions::argumentTypes(std::span<Expr *const> args) {
  std::vector<const Type *> types;
  for (const Expr *a : args) {
    const Expr *e = a->kind == Kind::UnaryOp && as<UnaryOp>(a)->op == UnaryOpKind::USub ? as<UnaryOp>(a)->operand : a;
    if (e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::Int)
      types.push_back(nullptr); // an integer literal takes any C integer's type
    else if (e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::Float)
      types.push_back(t_.types.cDouble());
    else if (e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::Bytes)
      types.push_back(t_.types.byName("bytes")); // (no number: only char * and strings take it)
    else if (e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::Str)
      types.push_back(t_.types.byName("str"));
    else {
      const Type *t = typeOf_(a);
      types.push_back(t ? t : t_.types.error());
    }
  }
  return types;
}

const Type *CppExpressions::choose(const Node *at, const std::vector<const Type *> &candidates,
                                   const std::vector<const Type *> &args) {
  bool ambiguous = false;
  if (candidates.size() == 1)
    return candidates[0]; // (the lowering reports wrong argument counts and conversions, as for C functions)
  const Type *fn = pickOverload(candidates, args, &ambiguous);
  if (!fn)
    report(at, ambiguous ? DiagId::AmbiguousCppOverload : DiagId::NoMatchingCppOverload,
           std::to_string(candidates.size()));
  return fn;
}

const Type *CppExpressions::methodCall(const Call *c, const Type *receiver, bool receiverIsClass, bool thisIsA) {
  const Type *cls = receiver->kind == TypeKind::Pointer ? receiver->target : receiver;
  if (cls->kind != TypeKind::CppClass || c->func->kind != Kind::Attribute)
    return nullptr;
  std::string_view name = as<Attribute>(c->func)->attr;
  std::vector<CppMemberRef> members = cppMembers(t_.types, cls, name);
  std::vector<const Type *> candidates;
  for (const CppMemberRef &m : members)
    if (m.member->method && (!receiverIsClass || m.member->isStatic || thisIsA))
      candidates.push_back(m.type);
  if (candidates.empty()) {
    report(c->func, DiagId::NoCppMember, describe(cls), std::string(name));
    return t_.types.error();
  }
  const Type *fn = choose(c, candidates, argumentTypes(c->args));
  if (!fn)
    return t_.types.error();
  const CppMemberRef *chosen = nullptr;
  for (const CppMemberRef &m : members)
    if (m.type == fn)
      chosen = &m;
  if (!chosen->member->templateParams.empty() &&
      !(fn = deduce(c, fn, chosen->member->templateParams, argumentTypes(c->args))))
    return t_.types.error();
  // (`Base.f()` in a member function is printed as C++ qualifies it: `Base::f()`.)
  bool isStatic = chosen->member->isStatic || receiverIsClass;
  t_.calls[c] = t_.cppSymbol(isStatic ? CSymbol::Cpp::StaticMethod : CSymbol::Cpp::Method, chosen->owner,
                             chosen->member->cname, fn);
  return fn->target;
}

const CppMemberRef *CppExpressions::chooseMember(const Node *at, const std::vector<CppMemberRef> &members,
                                                 const std::vector<const Type *> &args, const Type *&fn) {
  std::vector<const Type *> candidates;
  for (const CppMemberRef &m : members)
    candidates.push_back(m.type);
  if (!(fn = choose(at, candidates, args)))
    return nullptr;
  for (const CppMemberRef &m : members)
    if (m.type == fn)
      return &m;
  return nullptr;
}

const Type *CppExpressions::callOperator(const Call *c, const Type *cls) {
  std::vector<CppMemberRef> members;
  for (const CppMemberRef &m : cppMembers(t_.types, cls, "operator()"))
    if (m.member->method)
      members.push_back(m);
  if (members.empty())
    return nullptr;
  std::vector<const Type *> args = argumentTypes(c->args);
  const Type *fn = nullptr;
  const CppMemberRef *chosen = chooseMember(c, members, args, fn);
  if (!chosen)
    return t_.types.error();
  if (!chosen->member->templateParams.empty() && !(fn = deduce(c, fn, chosen->member->templateParams, args)))
    return t_.types.error();
  t_.cppOperations[c] = t_.cppSymbol(CSymbol::Cpp::Operator, chosen->owner, "operator()", fn);
  return fn->target;
}

const Type *CppExpressions::assignment(const Assign *a, const Type *cls) {
  // Only member templates (`any& operator=[U](U&)`): a class's other
  // operator= copies or converts as C++'s assignment does without them.
  std::vector<CppMemberRef> members;
  for (const CppMemberRef &m : cppMembers(t_.types, cls, "operator="))
    if (m.member->method && !m.member->templateParams.empty() && m.type->params.size() == 1)
      members.push_back(m);
  if (members.empty())
    return nullptr;
  Expr *const value[] = {a->value};
  std::vector<const Type *> args = argumentTypes(value);
  if (!args[0]) // an integer literal: C++ deduces its own type for it, Cython's is long
    args[0] = t_.types.cLong();
  const Type *fn = nullptr;
  const CppMemberRef *chosen = chooseMember(a, members, args, fn);
  if (!chosen)
    return t_.types.error();
  if (args[0]->isObject() && chosen->member->templateParams.size() == 1) // U is PyObject *
    fn = t_.types.substitute(fn, chosen->member->templateParams, {t_.types.object()});
  else if (!(fn = deduce(a, fn, chosen->member->templateParams, args)))
    return t_.types.error();
  t_.cppOperations[a] = t_.cppSymbol(CSymbol::Cpp::Operator, chosen->owner, "operator=", fn);
  return fn->target;
}

namespace {

// Binds the template parameters in `param` from the argument's type
// (`T&` from int, `vector[T]` from vector[double]).
void bindTemplateParams(const Type *param, const Type *arg, std::map<std::string, const Type *> &bound) {
  if (!param || !arg)
    return;
  if (param->kind == TypeKind::TemplateParam) {
    bound.emplace(param->name, arg);
    return;
  }
  if ((param->kind == TypeKind::Pointer || param->kind == TypeKind::Array) &&
      (arg->kind == TypeKind::Pointer || arg->kind == TypeKind::Array))
    bindTemplateParams(param->target, arg->target, bound);
  if (param->kind == TypeKind::CppClass && arg->kind == TypeKind::CppClass && param->cpp == arg->cpp)
    for (size_t i = 0; i < param->templateArgs.size() && i < arg->templateArgs.size(); ++i)
      bindTemplateParams(param->templateArgs[i], arg->templateArgs[i], bound);
}

} // namespace

const CSymbol *CppExpressions::functionCall(const Call *c, const CSymbol *f) {
  if (f->overloads.empty() && f->templateParams.empty())
    return f;
  std::vector<const Type *> args = argumentTypes(c->args);
  const Type *fn = f->overloads.empty() ? f->type : choose(c, f->overloads, args);
  if (!fn)
    return nullptr;
  const std::vector<std::string> *params = &f->templateParams;
  for (size_t i = 0; i < f->overloads.size(); ++i)
    if (f->overloads[i] == fn)
      params = &f->overloadTemplateParams[i];
  if (!params->empty() && !(fn = deduce(c, fn, *params, args)))
    return nullptr;
  return t_.cppSymbol(CSymbol::Cpp::None, nullptr, f->cname, fn);
}

const Type *CppExpressions::deduce(const Node *at, const Type *fn, const std::vector<std::string> &params,
                                   const std::vector<const Type *> &args) {
  std::map<std::string, const Type *> bound;
  for (size_t i = 0; i < args.size() && i < fn->params.size(); ++i) {
    const Type *arg = args[i] ? args[i] : t_.types.cLong(); // an integer literal: a C long
    if (!arg->isObject())
      bindTemplateParams(fn->params[i].type, arg, bound);
  }
  std::vector<const Type *> values;
  for (const std::string &p : params) {
    auto it = bound.find(p);
    if (it == bound.end()) {
      std::string given;
      for (size_t i = 0; i < args.size(); ++i)
        given += (i ? ", " : "") + (args[i] ? describe(args[i]) : std::string("long"));
      report(at, DiagId::TemplateDeduction, describe(fn), given);
      return nullptr;
    }
    values.push_back(it->second);
  }
  return t_.types.substitute(fn, params, values);
}

const Type *CppExpressions::constructorCall(const Call *c, const Type *cls) {
  std::vector<const Type *> candidates;
  for (const Type *ctor : cls->cpp->constructors)
    candidates.push_back(t_.types.memberType(cls, ctor));
  if (candidates.empty()) // C++'s implicit default constructor
    candidates.push_back(t_.types.function(cls, {}, ExceptStyle::NoExcept, "", cls->cpp->nogil));
  const Type *fn = choose(c, candidates, argumentTypes(c->args));
  if (fn)
    t_.calls[c] = t_.cppSymbol(CSymbol::Cpp::Constructor, cls, "", fn);
  return cls;
}

const Type *CppExpressions::newExpression(const New *n, const Type *cls) {
  if (cls->kind != TypeKind::CppClass) {
    report(n, DiagId::InvalidNew, describe(cls));
    return t_.types.error();
  }
  std::vector<const Type *> candidates;
  for (const Type *ctor : cls->cpp->constructors)
    candidates.push_back(t_.types.memberType(cls, ctor));
  if (candidates.empty())
    candidates.push_back(t_.types.function(cls, {}, ExceptStyle::NoExcept, "", cls->cpp->nogil));
  if (const Type *fn = choose(n, candidates, argumentTypes(n->args)))
    t_.cppOperations[n] = t_.cppSymbol(CSymbol::Cpp::Constructor, cls, "", fn);
  return t_.types.pointer(cls);
}

const Type *CppExpressions::operationRight(const Node *at, std::string_view op, const Expr *left,
                                           const Type *right) {
  std::string name = "operator" + std::string(op);
  std::vector<const Type *> candidates;
  for (const CppMemberRef &m : cppMembers(t_.types, right, name))
    if (m.member->method && m.type->params.size() == 2 && cppArgumentMatch(right, m.type->params[1].type) > 0) {
      const Type *fn = t_.types.function(m.type->target, {m.type->params[0]}, m.type->except, m.type->exceptValue,
                                         m.type->nogil);
      const_cast<Type *>(fn)->cppHandlerFunction = m.type->cppHandlerFunction;
      candidates.push_back(fn);
    }
  if (candidates.empty())
    return nullptr;
  Expr *const one[] = {const_cast<Expr *>(left)};
  const Type *fn = choose(at, candidates, argumentTypes(one));
  if (!fn)
    return t_.types.error();
  t_.cppOperations[at] = t_.cppSymbol(CSymbol::Cpp::Operator, right, name, fn);
  return fn->target;
}

const Type *CppExpressions::field(const Attribute *a, const Type *receiver) {
  const Type *cls = receiver->kind == TypeKind::Pointer ? receiver->target : receiver;
  if (cls->kind != TypeKind::CppClass)
    return nullptr;
  std::vector<CppMemberRef> members = cppMembers(t_.types, cls, a->attr);
  for (const CppMemberRef &m : members)
    if (!m.member->method)
      return m.type;
  std::string_view standard = cppStandardClass(cls);
  if (receiver == cls && a->attr == "decode" && (standard == "std::string" || standard == "std::string_view"))
    return nullptr; // `s.decode(...)`: a method of the bytes it converts to
  if (members.empty() && !cls->cpp->types.count(a->attr)) {
    report(a, DiagId::NoCppMember, describe(cls), std::string(a->attr));
    return t_.types.error();
  }
  return nullptr;
}

const Type *CppExpressions::operation(const Node *at, std::string_view op, const Type *operand, const Expr *other) {
  if (operand->kind != TypeKind::CppClass)
    return nullptr;
  static const std::map<std::string_view, std::string_view> cythonOperators = {
      {"dereference", "unary *"}, {"preincrement", "unary ++"},  {"predecrement", "unary --"},
      {"postincrement", "post ++"}, {"postdecrement", "post --"}};
  std::string_view cppOp = op;
  if (auto it = cythonOperators.find(op); it != cythonOperators.end())
    cppOp = it->second;
  bool post = cppOp.starts_with("post ");
  bool unary = cppOp.starts_with("unary ") || post;
  std::string name = "operator" + std::string(cppOp.substr(unary ? cppOp.find(' ') + 1 : 0));
  // Member operators take the other operand; those declared with both
  // operands (C++'s non-member form) take the instance first. A postfix
  // ++ takes C++'s dummy int (Cython accepts the prefix one for it).
  std::vector<const Type *> candidates;
  size_t arity = unary ? 0 : 1;
  bool prefixOnly = true; // postfix: no `operator++(int)` seen yet
  for (const CppMemberRef &m : cppMembers(t_.types, operand, name)) {
    if (!m.member->method)
      continue;
    std::vector<Param> params = m.type->params;
    bool step = name == "operator++" || name == "operator--";
    if (step && unary) {
      // Prefix: `operator++()`; postfix: `operator++(int)` (C++'s dummy
      // int), or the prefix one where only that is declared.
      if (params.size() > 1 || (params.size() == 1 && !post))
        continue;
      if (post && params.empty() && prefixOnly) // a prefix one: only where no postfix one is declared
        prefixOnly = true;
      else if (post && params.size() == 1 && prefixOnly) {
        candidates.clear(); // the postfix declaration wins over prefix ones read before it
        prefixOnly = false;
      } else if (post && params.empty())
        continue;
      params.clear();
    } else if (params.size() == arity + 1) {
      // The non-member form: its first operand must take the instance
      // (`operator*(T&, complex[T]&)` is for `2.0 * z`: operationRight).
      if (cppArgumentMatch(operand, params[0].type) == 0)
        continue;
      params.erase(params.begin());
    }
    if (params.size() != arity)
      continue;
    const Type *fn = t_.types.function(m.type->target, std::move(params), m.type->except, m.type->exceptValue,
                                       m.type->nogil);
    const_cast<Type *>(fn)->referenceResult = m.type->referenceResult;
    const_cast<Type *>(fn)->rvalueResult = m.type->rvalueResult;
    const_cast<Type *>(fn)->cppHandlerFunction = m.type->cppHandlerFunction;
    candidates.push_back(fn);
  }
  std::string shown = std::string(cppOp.substr(unary ? cppOp.find(' ') + 1 : 0));
  if (candidates.empty()) {
    std::string right = other && typeOf_(other) ? describe(typeOf_(other)) : std::string();
    if (reported_.insert(at).second)
      diags_.report(DiagId::InvalidOperandTypes, file_, at->range.begin, shown, describe(operand), right);
    return t_.types.error();
  }
  std::vector<const Type *> args;
  if (other) {
    Expr *const one[] = {const_cast<Expr *>(other)};
    args = argumentTypes(one);
  }
  const Type *fn = choose(at, candidates, args);
  if (!fn)
    return t_.types.error();
  t_.cppOperations[at] = t_.cppSymbol(CSymbol::Cpp::Operator, operand, name, fn);
  return fn->target;
}

} // namespace pyxc::sema
