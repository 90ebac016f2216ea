// Pure-Python mode's cdef classes, attributes and C methods as Cython
// syntax (see pure_mode.h).
#include "frontend/pure_mode.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace pyxc {

using namespace ast;

namespace {

class PureMode {
public:
  explicit PureMode(Arena &arena) : arena_(arena) {}

  void run(Module *m) {
    findCythonNames(m->body);
    if (modules_.empty() && aliases_.empty())
      return; // no `import cython`: plain Python, nothing to rewrite
    collectClassNames(m->body, false);
    m->body = statements(m->body, Context::Module);
  }

private:
  enum class Context { Module, CClass };
  Arena &arena_;
  std::set<std::string_view> modules_;                     // names bound to the cython module
  std::map<std::string_view, std::string_view> aliases_;   // `from cython import cclass as cc`: cc -> cclass
  std::set<std::string_view> cclasses_;                    // the module's extension types (by name)
  std::string_view markClasses_, markFunctions_;            // inside `with cython.cclass:` / `with cython.cfunc:`

  void findCythonNames(List<Stmt> body) {
    for (const Stmt *s : body) {
      if (s->kind == Kind::Import || s->kind == Kind::CImport) { // `cimport cython` in .pyx code
        for (const Alias *a : s->kind == Kind::Import ? as<Import>(s)->names : as<CImport>(s)->names)
          if (a->name == "cython")
            modules_.insert(a->asname.empty() ? a->name : a->asname);
      } else if (s->kind == Kind::ImportFrom && as<ImportFrom>(s)->module == "cython" && as<ImportFrom>(s)->level == 0) {
        for (const Alias *a : as<ImportFrom>(s)->names)
          aliases_[a->asname.empty() ? a->name : a->asname] = a->name;
      } else if (s->kind == Kind::FromCImport && as<FromCImport>(s)->module == "cython" &&
                 as<FromCImport>(s)->level == 0) {
        for (const Alias *a : as<FromCImport>(s)->names)
          aliases_[a->asname.empty() ? a->name : a->asname] = a->name;
      }
    }
  }

  // `cython.name` (or a name imported from cython): "name"; else empty.
  std::string_view cythonName(const Expr *e) const {
    if (e->kind == Kind::Call)
      e = as<Call>(e)->func;
    if (e->kind == Kind::Name) {
      auto it = aliases_.find(as<Name>(e)->id);
      return it == aliases_.end() ? std::string_view() : it->second;
    }
    if (e->kind == Kind::Attribute && as<Attribute>(e)->value->kind == Kind::Name &&
        modules_.count(as<Name>(as<Attribute>(e)->value)->id))
      return as<Attribute>(e)->attr;
    return {};
  }

  bool decoratedWith(List<Expr> decorators, std::string_view name) const {
    for (const Expr *d : decorators)
      if (cythonName(d) == name)
        return true;
    return false;
  }

  // @cython.cclass, or @cython.total_ordering (which makes one too).
  bool isCClass(const ClassDef *c, bool marked) const {
    return marked || decoratedWith(c->decorators, "cclass") || decoratedWith(c->decorators, "total_ordering");
  }

  void collectClassNames(List<Stmt> body, bool marked) {
    for (const Stmt *s : body) {
      if (s->kind == Kind::ClassDef && isCClass(as<ClassDef>(s), marked))
        cclasses_.insert(as<ClassDef>(s)->name);
      else if (s->kind == Kind::CClassDef)
        cclasses_.insert(as<CClassDef>(s)->name);
      else if (s->kind == Kind::With && withMarker(as<With>(s)) == "cclass")
        collectClassNames(as<With>(s)->body, true);
    }
  }

  // `with cython.cclass:` (cfunc, ccall): the marker; empty for other withs.
  std::string_view withMarker(const With *w) const {
    if (w->items.size() != 1 || w->items[0]->optionalVars)
      return {};
    std::string_view name = cythonName(w->items[0]->contextExpr);
    return w->items[0]->contextExpr->kind != Kind::Call && (name == "cclass" || name == "cfunc" || name == "ccall")
               ? name
               : std::string_view();
  }

  List<Stmt> statements(List<Stmt> body, Context context) {
    std::vector<Stmt *> out;
    bool changed = false;
    for (Stmt *s : body) {
      if (s->kind == Kind::With && !withMarker(as<With>(s)).empty()) {
        std::string_view marker = withMarker(as<With>(s));
        std::string_view &slot = marker == "cclass" ? markClasses_ : markFunctions_;
        std::string_view saved = slot;
        slot = marker;
        for (Stmt *inner : statements(as<With>(s)->body, context))
          out.push_back(inner);
        slot = saved;
        changed = true;
        continue;
      }
      Stmt *rewritten = statement(s, context);
      changed = changed || rewritten != s;
      out.push_back(rewritten);
    }
    return changed ? arena_.copy(out) : body;
  }

  Stmt *statement(Stmt *s, Context context) {
    switch (s->kind) {
    case Kind::ClassDef:
      if (context == Context::Module && isCClass(as<ClassDef>(s), !markClasses_.empty()))
        return cclass(as<ClassDef>(s));
      return s;
    case Kind::FunctionDef:
      if (!markFunctions_.empty() && context == Context::Module)
        return markedFunction(as<FunctionDef>(s));
      if (context == Context::CClass)
        return method(as<FunctionDef>(s));
      return s;
    case Kind::Assign:
      if (context == Context::CClass)
        if (Stmt *d = declaredAttribute(as<Assign>(s)))
          return d;
      return s;
    case Kind::AnnAssign:
      if (context == Context::CClass && !as<AnnAssign>(s)->value && as<AnnAssign>(s)->simple &&
          as<AnnAssign>(s)->target->kind == Kind::Name)
        return attribute(s, as<Name>(as<AnnAssign>(s)->target)->id, as<AnnAssign>(s)->annotation, Visibility::Private);
      return s;
    default: return s;
    }
  }

  // A module-level def in `with cython.cfunc:`: decorated as it would be.
  Stmt *markedFunction(FunctionDef *f) {
    if (decoratedWith(f->decorators, "cfunc") || decoratedWith(f->decorators, "ccall"))
      return f;
    std::vector<Expr *> decorators(f->decorators.begin(), f->decorators.end());
    decorators.push_back(markerExpr(f, markFunctions_));
    f->decorators = arena_.copy(decorators);
    return f;
  }

  // `cython.cfunc` as a decorator expression the typer recognises.
  Expr *markerExpr(const Node *at, std::string_view what) {
    for (const auto &[local, original] : aliases_)
      if (original == what)
        return name(at, local);
    auto *a = arena_.make<Attribute>();
    a->kind = Kind::Attribute;
    a->range = at->range;
    a->value = name(at, *modules_.begin());
    a->attr = what;
    return a;
  }

  Name *name(const Node *at, std::string_view id) {
    auto *n = arena_.make<Name>();
    n->kind = Kind::Name;
    n->range = at->range;
    n->id = id;
    return n;
  }

  Stmt *cclass(ClassDef *c) {
    auto *d = arena_.make<CClassDef>();
    d->kind = Kind::CClassDef;
    d->range = c->range;
    d->name = c->name;
    d->bases = c->bases;
    d->keywords = c->keywords;
    std::vector<Expr *> decorators;
    for (Expr *e : c->decorators)
      if (cythonName(e) != "cclass")
        decorators.push_back(e);
    d->decorators = arena_.copy(decorators);
    d->hasBody = true;
    std::string_view savedClasses = markClasses_, savedFunctions = markFunctions_;
    markClasses_ = markFunctions_ = {};
    d->body = statements(c->body, Context::CClass);
    markClasses_ = savedClasses;
    markFunctions_ = savedFunctions;
    return d;
  }

  // `x = cython.declare(T)` (visibility='public' / 'readonly'): an attribute.
  Stmt *declaredAttribute(const Assign *a) {
    if (a->targets.size() != 1 || a->targets[0]->kind != Kind::Name || a->value->kind != Kind::Call ||
        cythonName(as<Call>(a->value)->func) != "declare")
      return nullptr;
    auto *call = as<Call>(a->value);
    if (call->args.size() != 1)
      return nullptr; // a value too: no attribute declaration of Cython's
    Visibility visibility = Visibility::Private;
    for (const Keyword *k : call->keywords) {
      if (k->arg != "visibility" || k->value->kind != Kind::Constant || as<Constant>(k->value)->ck != ConstKind::Str)
        return nullptr;
      std::string_view v = as<Constant>(k->value)->value;
      if (v == "public")
        visibility = Visibility::Public;
      else if (v == "readonly")
        visibility = Visibility::Readonly;
      else if (v != "private")
        return nullptr;
    }
    return attribute(a, as<Name>(a->targets[0])->id, call->args[0], visibility);
  }

  Stmt *attribute(const Node *at, std::string_view attrName, const Expr *typeExpr, Visibility visibility) {
    auto *d = arena_.make<CDeclarator>();
    d->kind = Kind::CDeclarator;
    d->range = at->range;
    d->name = attrName;
    d->type = ctype(typeExpr);
    if (!d->type)
      d->type = typeName(at, "object");
    auto *v = arena_.make<CVarDecl>();
    v->kind = Kind::CVarDecl;
    v->range = at->range;
    v->visibility = visibility;
    v->declarators = arena_.copy(std::vector<CDeclarator *>{d});
    return v;
  }

  CTypeName *typeName(const Node *at, std::string_view n, bool complex = false) {
    auto *t = arena_.make<CTypeName>();
    t->kind = Kind::CTypeName;
    t->range = at->range;
    t->name = n;
    t->complex = complex;
    return t;
  }

  CType *pointerTo(CType *base) {
    auto *p = arena_.make<CTypeWrap>();
    p->kind = Kind::CTypePointer;
    p->range = base->range;
    p->base = base;
    return p;
  }

  // A type written as an expression, as a C type; null for a Python object
  // (an unknown name is a Python class, as Cython reads it).
  CType *ctype(const Expr *e) {
    if (e->kind == Kind::Name) {
      std::string_view id = as<Name>(e)->id;
      if (id == "float")
        return typeName(e, "double");
      if (id == "complex")
        return typeName(e, "double", true);
      if (id == "bool")
        return typeName(e, "bint");
      static const std::set<std::string_view> builtin = {"list", "dict", "tuple", "set", "frozenset", "str",
                                                         "bytes", "bytearray", "object"};
      if (builtin.count(id) || cclasses_.count(id))
        return typeName(e, id);
      return nullptr;
    }
    if (e->kind == Kind::Subscript) { // cython.int[3]
      CType *of = ctype(as<Subscript>(e)->value);
      if (!of)
        return nullptr;
      auto *a = arena_.make<CTypeArray>();
      a->kind = Kind::CTypeArray;
      a->range = e->range;
      a->base = of;
      a->size = as<Subscript>(e)->slice;
      return a;
    }
    if (e->kind == Kind::Call && cythonName(as<Call>(e)->func) == "pointer" && as<Call>(e)->args.size() == 1) {
      CType *to = ctype(as<Call>(e)->args[0]);
      return to ? pointerTo(to) : nullptr;
    }
    std::string_view n = cythonName(e);
    if (n.empty())
      return nullptr;
    int pointers = 0;
    while (n.substr(0, 2) == "p_" || n.substr(0, 3) == "pp_") {
      bool two = n[1] == 'p';
      pointers += two ? 2 : 1;
      n = n.substr(two ? 3 : 2);
    }
    std::string_view spelled = cythonTypeSpelling(n);
    constexpr std::string_view complexSuffix = " complex";
    bool complex = spelled.size() > complexSuffix.size() && spelled.ends_with(complexSuffix);
    CType *t = typeName(e, complex ? spelled.substr(0, spelled.size() - complexSuffix.size()) : spelled, complex);
    for (int i = 0; i < pointers; ++i)
      t = pointerTo(t);
    return t;
  }

  // A def in a cclass body: @cython.cfunc / @cython.ccall make it a C method.
  Stmt *method(FunctionDef *f) {
    bool cfunc = decoratedWith(f->decorators, "cfunc"), ccall = decoratedWith(f->decorators, "ccall");
    if (!cfunc && !ccall)
      return f;
    const Arguments *a = f->args;
    if (!a->posonlyargs.empty() || a->vararg || !a->kwonlyargs.empty() || a->kwarg)
      return f; // only plain positional parameters make a C signature
    std::map<std::string_view, const Expr *> locals;
    const Expr *returns = f->returns;
    std::vector<Expr *> decorators;
    for (Expr *d : f->decorators) {
      std::string_view n = cythonName(d);
      if (n == "cfunc" || n == "ccall")
        continue;
      if (n == "returns" && d->kind == Kind::Call && as<Call>(d)->args.size() == 1) {
        returns = as<Call>(d)->args[0];
        continue;
      }
      if (n == "locals" && d->kind == Kind::Call) {
        bool onlyParameters = true;
        for (const Keyword *k : as<Call>(d)->keywords) {
          locals[k->arg] = k->value;
          bool parameter = false;
          for (const Arg *arg : a->args)
            parameter = parameter || arg->arg == k->arg;
          onlyParameters = onlyParameters && parameter;
        }
        if (onlyParameters)
          continue; // all in the signature now
      }
      decorators.push_back(d);
    }
    auto *fn = arena_.make<CTypeFunction>();
    fn->kind = Kind::CTypeFunction;
    fn->range = f->range;
    fn->returns = returns ? ctype(returns) : nullptr;
    if (!fn->returns)
      fn->returns = typeName(f, "object");
    std::vector<CArg *> args;
    size_t firstDefault = a->args.size() - a->defaults.size();
    for (size_t i = 0; i < a->args.size(); ++i) {
      const Arg *arg = a->args[i];
      auto *c = arena_.make<CArg>();
      c->kind = Kind::CArg;
      c->range = arg->range;
      c->name = arg->arg;
      const Expr *typeExpr = arg->annotation ? arg->annotation
                             : locals.count(arg->arg) ? locals[arg->arg]
                                                      : nullptr;
      c->type = i == 0 || !typeExpr ? nullptr : ctype(typeExpr); // self first, then typed parameters
      c->notNone = arg->notNone;
      c->orNone = arg->orNone;
      c->defaultValue = i >= firstDefault ? a->defaults[i - firstDefault] : nullptr;
      args.push_back(c);
    }
    fn->args = arena_.copy(args);
    auto *d = arena_.make<CFunctionDef>();
    d->kind = Kind::CFunctionDef;
    d->range = f->range;
    d->name = f->name;
    d->type = fn;
    d->body = f->body;
    d->decorators = arena_.copy(decorators);
    d->hasBody = true;
    d->isCpdef = ccall;
    return d;
  }
};

} // namespace

void desugarPureMode(Module *module, Arena &arena) { PureMode(arena).run(module); }

std::string_view cythonTypeSpelling(std::string_view attr) {
  static const std::map<std::string_view, std::string_view> spellings = {
      {"uint", "unsigned int"},     {"ulong", "unsigned long"},  {"ulonglong", "unsigned long long"},
      {"longlong", "long long"},    {"uchar", "unsigned char"},  {"schar", "signed char"},
      {"ushort", "unsigned short"}, {"sint", "signed int"},      {"slong", "signed long"},
      {"longdouble", "long double"}, {"floatcomplex", "float complex"}, {"doublecomplex", "double complex"},
      {"longdoublecomplex", "long double complex"}};
  auto it = spellings.find(attr);
  return it == spellings.end() ? attr : it->second;
}

bool importsCython(const Module *module) {
  for (const Stmt *s : module->body) {
    if (s->kind == Kind::Import)
      for (const Alias *a : as<Import>(s)->names)
        if (a->name == "cython")
          return true;
    if (s->kind == Kind::ImportFrom && as<ImportFrom>(s)->module == "cython" && as<ImportFrom>(s)->level == 0)
      return true;
  }
  return false;
}

} // namespace pyxc
