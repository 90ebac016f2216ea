// Reading `cdef cppclass` declarations into C++ class types: template
// parameters, bases, nested classes and typedefs, fields, methods,
// constructors and operators (members of sema::detail::Declarations,
// included at the end of sema/declarations.h).
#pragma once

namespace pyxc::sema::detail {

// Makes `name` mean `t` while a class body is read (its template
// parameters, nested classes and typedefs, its own name); hideTypeNames
// restores what the names meant before.
inline void Declarations::showTypeName(const std::string &name, const Type *t) {
  hiddenTypeNames_.emplace_back(name, t_.types.byName(name));
  t_.types.define(name, t);
}

inline void Declarations::hideTypeNames(size_t mark) {
  while (hiddenTypeNames_.size() > mark) {
    auto [name, before] = hiddenTypeNames_.back();
    hiddenTypeNames_.pop_back();
    if (before)
      t_.types.define(name, before);
    else
      t_.types.undefine(name);
  }
}

inline CppClass *Declarations::declareCppClass(const CppClassDef *d, CModule &into, const SourceFile &file,
                                               const Type *outer, bool readBody) {
  std::string name(d->name);
  t_.cppClassesDeclared = true;
  CppClass *&c = cppClasses_[{&into, outer, name}];
  if (!c) {
    std::string cname = !d->cname.empty() ? std::string(d->cname) : outer ? name : namespace_ + name;
    c = t_.types.cppClass(name, cname);
    c->outer = outer;
    if (outer)
      c->params = outer->cpp->params;
    bool optional = false;
    for (const Node *p : d->templateParams) {
      // `T=*` (a default the header gives) parses as a starred name.
      bool defaulted = p->kind == Kind::Starred;
      const Node *n = defaulted ? as<Starred>(p)->value : p;
      if (n->kind != Kind::Name)
        continue; // (the parser reported it)
      if (optional && !defaulted)
        diags_.report(DiagId::OptionalTemplateOrder, file, p->range.begin);
      optional = optional || defaulted;
      c->params.push_back(std::string(as<Name>(n)->id));
      ++c->ownParams;
      c->optionalParams += defaulted;
    }
    std::vector<const Type *> params;
    for (const std::string &p : c->params)
      params.push_back(t_.types.templateParam(p));
    c->generic = t_.types.cppInstance(c, params);
    if (!outer && &into == &t_.module)
      t_.types.define(name, c->generic);
    else if (!outer) { // a .pxd's: its own name while it is read, else where cimported
      showTypeName(name, c->generic);
      into.scopedTypes[name] = c->generic;
    } else
      const_cast<CppClass *>(outer->cpp)->types[name] = c->generic; // (the outer class is being read: ours to fill)
  }
  if (readBody && d->hasBody && c->complete && c->definition != d && &into == &t_.module && outer == nullptr &&
      &file == &file_) {
    // The module's .pxd declared the class with its members; the .pyx's
    // definition gives the bodies of those methods (Cython's warning).
    diags_.report(DiagId::CppClassRedefined, file, d->range.begin, name);
    c->bodies = d;
  }
  if (readBody && d->hasBody && !c->complete) {
    c->complete = true;
    c->definition = c->bodies = d;
    // A class outside `cdef extern from` blocks is the module's to define
    // (its methods' bodies compiled as member functions: ir/lower.cpp).
    if (!includedBlock_ && !outer && &into == &t_.module)
      t_.cppClassesDefined.push_back(c->generic);
    c->nogil = d->nogil || nogilBlock_;
    readCppMembers(c, d, into, file);
  }
  return c;
}

inline size_t Declarations::showCppClassNames(const CppClass *c) {
  size_t mark = hiddenTypeNames_.size();
  for (const std::string &p : c->params)
    showTypeName(p, t_.types.templateParam(p));
  for (const auto &[name, t] : c->types)
    showTypeName(name, t);
  showTypeName(c->name, c->generic);
  return mark;
}

inline void Declarations::readCppMembers(CppClass *c, const CppClassDef *d, CModule &into, const SourceFile &file) {
  size_t mark = hiddenTypeNames_.size();
  for (const std::string &p : c->params)
    showTypeName(p, t_.types.templateParam(p));
  showTypeName(c->name, c->generic); // the class's own name: this instance (`vector(vector&)`)
  // Whether `t` is the class being read or derives from it (a cycle of bases).
  std::function<bool(const Type *)> derivesFromThis = [&](const Type *t) {
    if (t->cpp == c)
      return true;
    for (const Type *b : t->cpp->bases)
      if (derivesFromThis(b))
        return true;
    return false;
  };
  for (const CType *b : d->bases) {
    const Type *base = resolve(b, into, file);
    if (base->kind != TypeKind::CppClass)
      continue;
    if (derivesFromThis(base))
      diags_.report(DiagId::CppClassCyclicBase, file, b->range.begin, c->name);
    else
      c->bases.push_back(base);
  }
  // Nested classes' names and typedefs first: members declared before them
  // (and the nested classes' own members) use them.
  for (const Stmt *s : d->body)
    if (s->kind == Kind::CppClassDef) {
      CppClass *nested = declareCppClass(as<CppClassDef>(s), into, file, c->generic, false);
      showTypeName(nested->name, nested->generic);
    }
  for (const Stmt *s : d->body)
    if (s->kind == Kind::CTypedef) {
      auto *td = as<CTypedef>(s);
      const Type *ty = resolve(td->type, into, file);
      c->types[std::string(td->name)] = ty;
      showTypeName(std::string(td->name), ty);
    }
  for (const Stmt *s : d->body) {
    switch (s->kind) {
    case Kind::CppClassDef: declareCppClass(as<CppClassDef>(s), into, file, c->generic); break;
    case Kind::CTypedef: break;
    case Kind::CVarDecl:
      for (const CDeclarator *decl : as<CVarDecl>(s)->declarators) {
        CppClass::Member m;
        m.name = std::string(decl->name);
        m.cname = decl->cname.empty() ? m.name : std::string(decl->cname);
        m.type = resolve(decl->type, into, file);
        c->members.push_back(std::move(m));
      }
      break;
    case Kind::CFunctionDef: {
      auto *f = as<CFunctionDef>(s);
      bool saved = nogilBlock_;
      nogilBlock_ = nogilBlock_ || c->nogil;
      size_t typeNames = hiddenTypeNames_.size();
      std::vector<std::string> templateParams; // a member template's
      for (const Node *p : f->templateParams)
        if (p->kind == Kind::Name) {
          templateParams.emplace_back(as<Name>(p)->id);
          showTypeName(templateParams.back(), t_.types.templateParam(as<Name>(p)->id));
        }
      // A header's methods raise nothing unless declared to (`except +`);
      // the module's own propagate exceptions as its cdef functions do.
      const Type *fn = functionType(f->type, into, file, externBlock_);
      hideTypeNames(typeNames);
      nogilBlock_ = saved;
      // A constructor; Cython's `__init__(...)` in a class the module
      // defines is one too, which runs the method `__init__` (and
      // `__dealloc__()` runs in its destructor: ModuleEmitter::emitCppClasses).
      bool init = f->name == "__init__" && f->hasBody;
      if (f->name == c->name || init) {
        Type ctor = *fn;
        ctor.target = c->generic;
        c->constructors.push_back(t_.types.function(c->generic, ctor.params, ctor.except, ctor.exceptValue, ctor.nogil));
        const_cast<Type *>(c->constructors.back())->cppHandlerFunction = fn->cppHandlerFunction;
        if (!init)
          break;
      }
      if (init || (f->name == "__dealloc__" && f->hasBody)) // (no result; exceptions written as unraisable)
        fn = t_.types.function(t_.types.voidType(), fn->params, ExceptStyle::NoExcept, "", fn->nogil);
      CppClass::Member m;
      m.name = std::string(f->name);
      m.cname = f->cname.empty() ? m.name : std::string(f->cname);
      m.type = fn;
      m.method = true;
      m.isStatic = f->isStatic;
      m.templateParams = std::move(templateParams);
      for (const Expr *dec : f->decorators)
        m.isStatic = m.isStatic || (dec->kind == Kind::Name && as<Name>(dec)->id == "staticmethod");
      c->members.push_back(std::move(m));
      break;
    }
    default: break; // (pass, docstrings; the parser refused the rest)
    }
  }
  hideTypeNames(mark);
}

// A C++ class the module defines, with methods whose bodies it compiles:
// the names those bodies see first (Typing::cppClassNames). `this`; the
// class's fields and methods, then its bases' (through `this`, as C++
// reaches them); a method with a body here is the function compiled.
inline void Declarations::declareCppClassNames(const CppClassDef *d) {
  const Scope *scope = scopes_.scopeOf(d);
  const Type *cls = t_.types.byName(d->name);
  if (!scope || !cls || cls->kind != TypeKind::CppClass || cls->cpp->bodies != d)
    return;
  CModule &names = t_.cppClassNames[scope];
  CSymbol &self = names.symbols["this"];
  self.type = t_.types.pointer(cls);
  self.cname = "this";
  self.external = true;
  std::function<void(const Type *)> add = [&](const Type *instance) {
    for (const CppClass::Member &m : instance->cpp->members) {
      if (names.symbols.count(m.name) || !m.templateParams.empty())
        continue;
      CSymbol &sym = names.symbols[m.name];
      sym.type = t_.types.memberType(instance, m.type);
      if (!m.method) {
        sym.cname = "this->" + m.cname;
        sym.external = true;
        sym.thisMember = true;
        continue;
      }
      sym.kind = CSymbol::Kind::Function;
      sym.cname = m.cname;
      sym.cpp = m.isStatic ? CSymbol::Cpp::StaticMethod : CSymbol::Cpp::Method;
      sym.cppClass = instance;
      if (instance == cls)
        for (const Stmt *s : d->body)
          if (s->kind == Kind::CFunctionDef && as<CFunctionDef>(s)->hasBody && as<CFunctionDef>(s)->name == m.name)
            sym.def = as<CFunctionDef>(s);
      sym.external = !sym.def; // (declared here, defined by C++ code or not at all)
    }
    for (const Type *base : instance->cpp->bases)
      add(t_.types.memberType(instance, base));
  };
  add(cls);
}

// `vector[int]`, `map[string, vector[int]]`: the template's instance.
inline const Type *Declarations::cppTemplateInstance(const CTypeTemplate *tt, const Type *generic, const CModule &in,
                                                     const SourceFile &file) {
  const CppClass *c = generic->cpp;
  size_t outerParams = c->params.size() - c->ownParams;
  if (c->ownParams == 0) {
    diags_.report(DiagId::NotATemplate, file, tt->range.begin, c->name);
    return t_.types.error();
  }
  std::vector<const Type *> args(generic->templateArgs.begin(), generic->templateArgs.begin() + outerParams);
  for (const Node *a : tt->args) {
    const Type *at = isExpr(a->kind) ? typeFromExpr(static_cast<const Expr *>(a)) : resolve(a, in, file);
    if (!at)
      at = resolve(a, in, file);
    if (at->kind == TypeKind::Error)
      return at;
    // A C++ container holds C values: nothing would count an object's references.
    if (at->isObject()) {
      diags_.report(DiagId::ObjectTemplateArgument, file, a->range.begin, describe(at));
      return t_.types.error();
    }
    if (at->kind == TypeKind::MemoryView) {
      diags_.report(DiagId::RefCountedTemplateArgument, file, a->range.begin, describe(at));
      return t_.types.error();
    }
    args.push_back(at);
  }
  size_t given = tt->args.size();
  if (given > c->ownParams || given < c->ownParams - c->optionalParams) {
    diags_.report(DiagId::TemplateArgumentCount, file, tt->range.begin, c->name, c->ownParams, given);
    return t_.types.error();
  }
  return t_.types.cppInstance(c, std::move(args));
}

// `vector[int].iterator`: a nested class (or typedef) of an instance.
inline const Type *Declarations::nestedCppType(const CTypeName *tn, const CModule &in, const SourceFile &file) {
  const Type *outer = resolve(tn->scope, in, file);
  if (outer->kind == TypeKind::Error)
    return outer;
  if (outer->kind == TypeKind::CppClass)
    if (auto it = outer->cpp->types.find(tn->name); it != outer->cpp->types.end())
      return t_.types.memberType(outer, it->second);
  diags_.report(DiagId::UnknownCType, file, tn->range.begin, std::string(tn->module) + "." + std::string(tn->name));
  return t_.types.error();
}

// `vector[int]` written as an expression (a constructor call's callee):
// null when an argument is no type.
inline const Type *Declarations::cppInstanceFromExpr(const Subscript *e, const Type *generic) {
  const CppClass *c = generic->cpp;
  std::vector<const Type *> args(generic->templateArgs.begin(),
                                 generic->templateArgs.begin() + (c->params.size() - c->ownParams));
  std::span<Expr *const> given(&const_cast<Subscript *>(e)->slice, 1);
  if (e->slice->kind == Kind::Tuple)
    given = as<Sequence>(e->slice)->elts;
  for (const Expr *a : given) {
    const Type *at = typeFromExpr(a);
    if (!at)
      return nullptr;
    args.push_back(at);
  }
  if (c->ownParams == 0 || given.size() > c->ownParams || given.size() < c->ownParams - c->optionalParams)
    return nullptr;
  return t_.types.cppInstance(c, std::move(args));
}

} // namespace pyxc::sema::detail
