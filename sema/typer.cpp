#include "sema/typer.h"

#include "frontend/unicode.h"

#include "sema/loops.h"
#include "sema/raises.h"

#include "sema/c_checks.h"
#include "sema/container_locals.h"
#include "sema/cpp_expressions.h"
#include "sema/cpp_types.h"
#include "sema/declarations.h"

#include "frontend/ast_fields.h"
#include "frontend/load.h"
#include "frontend/parser.h"

#include <filesystem>
#include <functional>
#include <optional>

namespace pyxc::sema {

using namespace ast;

const ast::Expr *optionalAnnotation(const ast::Expr *e) {
  auto isNone = [](const Expr *x) { return x->kind == Kind::Constant && as<Constant>(x)->ck == ConstKind::None; };
  auto named = [](const Expr *x, std::string_view name) {
    return (x->kind == Kind::Name && as<Name>(x)->id == name) ||
           (x->kind == Kind::Attribute && as<Attribute>(x)->attr == name && as<Attribute>(x)->value->kind == Kind::Name &&
            as<Name>(as<Attribute>(x)->value)->id == "typing");
  };
  if (e->kind == Kind::BinOp && as<BinOp>(e)->op == BinOpKind::BitOr) {
    auto *b = as<BinOp>(e);
    return isNone(b->right) ? b->left : isNone(b->left) ? b->right : nullptr;
  }
  if (e->kind != Kind::Subscript)
    return nullptr;
  auto *sub = as<Subscript>(e);
  if (named(sub->value, "Optional"))
    return sub->slice;
  if (named(sub->value, "Union") && sub->slice->kind == Kind::Tuple && as<Sequence>(sub->slice)->elts.size() == 2) {
    auto elts = as<Sequence>(sub->slice)->elts;
    return isNone(elts[1]) ? elts[0] : isNone(elts[0]) ? elts[1] : nullptr;
  }
  return nullptr;
}

const Type *Typing::localType(const Scope *s, std::string_view name) const {
  auto it = locals.find(s);
  if (it == locals.end())
    return nullptr;
  auto v = it->second.find(name);
  return v == it->second.end() ? nullptr : v->second;
}

const Type *Typing::capturedType(const Scope *s, std::string_view name) const {
  while (s->kind == ScopeKind::Comprehension && s->binding(name) == Binding::Enclosing && s->parent)
    s = s->parent; // an inline comprehension sees its function's variables
  Binding b = s->binding(name);
  if (b == Binding::Free || b == Binding::ClassFree) // the enclosing function that holds the cell
    for (s = s->parent; s && s->binding(name) != Binding::Cell; s = s->parent) {
    }
  else if (b != Binding::Cell)
    return nullptr;
  if (!s)
    return nullptr;
  auto it = cells.find(s);
  if (it == cells.end())
    return nullptr;
  auto v = it->second.find(name);
  return v == it->second.end() ? nullptr : v->second;
}

bool Typing::hasCCode() const {
  if (!exprTypes.empty() || !cfunctions.empty())
    return true;
  for (const auto &[scope, vars] : locals)
    for (const auto &[name, type] : vars)
      if (!type->isObject())
        return true;
  return false;
}

const CSymbol *Typing::symbol(std::string_view name) const {
  auto it = module.symbols.find(std::string(name));
  return it == module.symbols.end() ? nullptr : &it->second;
}

const CSymbol *Typing::symbol(std::string_view name, const Scope *from) const {
  if (!cppClassNames.empty())
    for (const Scope *s = from; s; s = s->parent)
      if (auto names = cppClassNames.find(s); names != cppClassNames.end())
        if (auto it = names->second.symbols.find(std::string(name)); it != names->second.symbols.end())
          return &it->second;
  const CModule *in = &module;
  if (from && !homes.empty()) {
    const Scope *root = from;
    while (root->parent)
      root = root->parent;
    if (auto it = homes.find(root); it != homes.end())
      in = it->second;
  }
  auto it = in->symbols.find(std::string(name));
  return it == in->symbols.end() ? nullptr : &it->second;
}

std::optional<long long> Typing::constantInt(const ast::Expr *e) { return detail::intLiteral(e); }

bool Typing::parallelAssignment(const ast::Assign *a) {
  auto isDisplay = [](const Expr *e) { return e->kind == Kind::Tuple || e->kind == Kind::List; };
  if (a->targets.size() != 1 || !isDisplay(a->targets[0]) || !isDisplay(a->value))
    return false;
  List<Expr> targets = as<Sequence>(a->targets[0])->elts, values = as<Sequence>(a->value)->elts;
  if (targets.size() != values.size())
    return false;
  for (List<Expr> l : {targets, values})
    for (const Expr *e : l)
      if (e->kind == Kind::Starred)
        return false;
  return true;
}

std::optional<long> Typing::characterLiteral(const ast::Expr *e) {
  if (!isStringLiteral(e))
    return std::nullopt;
  std::string_view text = ast::as<ast::Constant>(e)->value;
  if (ast::as<ast::Constant>(e)->uPrefix)
    return std::nullopt; // u"x" is unicode only: Cython coerces it to Py_UCS4, not to char
  if (ast::as<ast::Constant>(e)->ck == ast::ConstKind::Bytes)
    return text.size() == 1 ? std::optional<long>(static_cast<unsigned char>(text[0])) : std::nullopt;
  size_t at = 0;
  int32_t cp = text.empty() ? -1 : unicode::decodeUtf8(text, at);
  return at == text.size() && cp >= 0 && cp <= 255 ? std::optional<long>(cp) : std::nullopt;
}

namespace {

using detail::Declarations;
using detail::intLiteral;
using detail::isArithmetic;
using detail::isExpr;

class Typer {
public:
  Typer(Typing &t, SourceFile &file, ScopeTable &scopes, const TypeOptions &options, DiagnosticEngine &diags)
      : t_(t), file_(file), scopes_(scopes), options_(options), diags_(diags), decl_(t, file, scopes, diags) {
    decl_.setIncludePaths(options.includePaths);
    decl_.setLibraryDir(options.libraryDir);
    decl_.compileInlineFunctions(file, scopes);
  }

  void run(const Module *m) {
    t_.module.name = options_.moduleName;
    for (const auto &[name, value] : options_.compileTimeEnv)
      t_.compileTime.define(name, value);
    std::vector<DirectiveError> errors;
    t_.moduleDirectives = headerDirectives(file_, options_.directives, errors);
    for (const DirectiveError &e : errors)
      diags_.report(DiagId::BadDirective, file_, SourceLoc{e.offset}, e.message);
    // The .pxd beside the module declares its C-level names first.
    std::filesystem::path beside = std::filesystem::path(file_.path()).replace_extension(".pxd");
    std::error_code ec;
    if (std::filesystem::is_regular_file(beside, ec) && file_.path().size() > 4 &&
        file_.path().substr(file_.path().size() - 4) != ".pxd") {
      if (auto pxd = loadSource(beside.string(), diags_)) {
        Module *decls = parseModule(*pxd, SourceMode::Pxd, t_.arena, diags_);
        checkPxdClassBodies(decls->body, *pxd);
        decl_.preDeclareClasses(decls->body, t_.module);
        decl_.declareAll(decls->body, t_.module, *pxd, false);
        decl_.adoptInlineFunctions(decls, t_.module, pxd); // its inline functions are the module's
        if (pxd)
          t_.files.push_back(std::move(pxd));
      }
    }
    for (const Stmt *s : m->body)
      if (s->kind == Kind::Import)
        for (const Alias *a : as<Import>(s)->names)
          if (a->name == "cython")
            t_.cythonName = std::string(a->asname.empty() ? a->name : a->asname); // pure-Python mode
    decl_.preDeclareClasses(m->body, t_.module);
    decl_.declareAll(m->body, t_.module, file_, false);
    for (const Stmt *s : m->body) {
      if (s->kind == Kind::CppClassDef)
        decl_.declareCppClassNames(as<CppClassDef>(s));
      if (s->kind == Kind::CExternBlock)
        for (const Stmt *st : as<CExternBlock>(s)->body)
          if (st->kind == Kind::CppClassDef)
            decl_.declareCppClassNames(as<CppClassDef>(st));
    }
    checkForwardDeclaredClasses(m->body);
    checkCdefPlacement(m->body, false);
    walk(m, scopes_.module());
    // The .pxd inline functions the module calls, and the ones they call.
    for (size_t i = 0; i < t_.inlined.size(); ++i)
      if (const Scope *inner = scopes_.scopeOf(t_.inlined[i]->def))
        walk(t_.inlined[i]->def, inner->parent);
  }

private:
  // `cdef class Spam` (a forward declaration) or `cdef extern class
  // pkg.Eggs` without a body in a .pyx: the class must be defined there.
  // (In the module's .pxd the declaration needs a body, its attributes'.)
  void checkPxdClassBodies(std::span<Stmt *const> body, const SourceFile &pxd) {
    std::set<std::string_view> withBody;
    for (const Stmt *s : body)
      if (s->kind == Kind::CClassDef && as<CClassDef>(s)->hasBody)
        withBody.insert(as<CClassDef>(s)->name);
    for (const Stmt *s : body)
      if (s->kind == Kind::CClassDef && !as<CClassDef>(s)->hasBody && as<CClassDef>(s)->module.empty() &&
          !withBody.count(as<CClassDef>(s)->name))
        diags_.report(DiagId::ClassDeclaredNotDefined, pxd, s->range.begin, as<CClassDef>(s)->name);
  }

  void checkForwardDeclaredClasses(std::span<Stmt *const> body) {
    if (file_.path().ends_with(".pxd"))
      return;
    for (const Stmt *s : body) {
      if (s->kind == Kind::CExternBlock && !as<CExternBlock>(s)->hasHeader) // `cdef extern class pkg.Eggs`
        checkForwardDeclaredClasses(as<CExternBlock>(s)->body);
      if (s->kind != Kind::CClassDef || as<CClassDef>(s)->hasBody || as<CClassDef>(s)->isExternTypedef)
        continue;
      auto *c = as<CClassDef>(s);
      const Type *t = t_.types.byName(c->name);
      if (!c->module.empty() || !t || !t->extension || !t->extension->implemented)
        diags_.report(DiagId::ClassDeclaredNotDefined, file_, s->range.begin, c->name);
    }
  }

  Typing &t_;
  const SourceFile &file_;
  const ScopeTable &scopes_;
  const TypeOptions &options_;
  DiagnosticEngine &diags_;
  Declarations decl_;
  // C++ class expressions: typed with the scope they are in (cpp()).
  const Scope *cppScope_ = nullptr;
  CppExpressions cpp_{t_, file_, diags_, [this](const Expr *e) { return typeOf(e, cppScope_); }};
  CppExpressions &cpp(const Scope *s) {
    cppScope_ = s;
    return cpp_;
  }
  // The C++ class an expression names (`C`, `vector[int]`), if any.
  const Type *cppClassNamed(const Expr *e, const Scope *s) {
    if (e->kind == Kind::Name && (t_.symbol(as<Name>(e)->id, s) || s->binding(as<Name>(e)->id) == Binding::Local))
      return nullptr;
    if (e->kind != Kind::Name && e->kind != Kind::Subscript && e->kind != Kind::Attribute)
      return nullptr;
    const Type *t = decl_.typeFromExpr(e);
    return t && t->kind == TypeKind::CppClass ? t : nullptr;
  }
  bool inferAll_ = false; // infer_types=True where the function being inferred is
  // While inferring a function's locals: the guesses so far (null: unknown).
  std::map<std::string, const Type *, std::less<>> *guesses_ = nullptr;

  // `arr[a:b] = value` stores into the array's items a to b: with constant
  // bounds, a C array of b - a items (a value of another length is
  // Cython's error); otherwise, as for a pointer's slice, a pointer, which
  // no Python value converts to (Cython's types and errors).
  const Type *sliceTarget(const Type *base, const Slice *slice, const Scope *s) {
    for (const Expr *bound : {slice->lower, slice->upper, slice->step})
      if (bound)
        typeOf(bound, s);
    auto given = [](const Expr *bound) { // `arr[None:2]`: a None bound is a missing one
      return bound && !(bound->kind == Kind::Constant && as<Constant>(bound)->ck == ConstKind::None) ? bound : nullptr;
    };
    if (base->kind == TypeKind::Array && !given(slice->step)) {
      const Expr *lo = given(slice->lower), *hi = given(slice->upper);
      std::optional<long long> lower = lo ? constantBound(lo) : std::optional<long long>(0);
      std::optional<long long> upper = hi ? constantBound(hi) : std::optional<long long>(base->length);
      if (lower && upper && 0 <= *lower && *lower <= *upper && *upper <= base->length)
        return t_.types.array(base->target, *upper - *lower);
    }
    return t_.types.pointer(base->target);
  }

  std::optional<long long> constantBound(const Expr *e) { return decl_.constantInt(e, t_.module); }

  // --- walking scopes ------------------------------------------------------------

  // Types every expression under `n`, entering nested scopes.
  void walk(const Node *n, const Scope *scope) {
    if (!n)
      return;
    if (n->kind == Kind::ListComp || n->kind == Kind::SetComp || n->kind == Kind::DictComp ||
        n->kind == Kind::GeneratorExp)
      cppComprehensionTargets(as<Comp>(n), scope); // (before its element is typed)
    if (n != scope->node) {
      if (const Scope *inner = scopes_.scopeOf(n)) {
        enterScope(n, inner);
        return;
      }
    }
    if (n->kind == Kind::CompileTimeDef || n->kind == Kind::CompileTimeIf) {
      // Nested DEF/IF, in order (module-level ones were declared already).
      if (n->kind == Kind::CompileTimeDef) {
        if (auto v = t_.compileTime.eval(as<CompileTimeDef>(n)->value))
          t_.compileTime.define(as<CompileTimeDef>(n)->name, *v);
      } else if (auto v = t_.compileTime.eval(as<CompileTimeIf>(n)->test)) {
        t_.compileTimeTests[n] = v->truth();
        for (const Stmt *st : v->truth() ? as<CompileTimeIf>(n)->body : as<CompileTimeIf>(n)->orelse)
          walk(st, scope);
        return;
      }
    }
    if (isExpr(n->kind))
      record(static_cast<const Expr *>(n), scope);
    if (n->kind == Kind::For)
      if (const Type *item = cppItemType(as<For>(n)->iter, scope); item && !item->isObject())
        t_.cppLoops[as<For>(n)] = item; // `for x in vec`: over the container's iterators
    if (n->kind == Kind::CVarDecl)
      for (const CDeclarator *d : as<CVarDecl>(n)->declarators) {
        // A Name to assign the declared value through.
        auto *target = t_.arena.make<Name>();
        target->kind = Kind::Name;
        target->range = d->range;
        target->id = d->name;
        target->ctx = Ctx::Store;
        t_.declarators[d] = target;
        record(target, scope);
      }
    walkChildren(n, scope);
    if (n->kind == Kind::Assign && as<Assign>(n)->targets.size() == 1)
      if (const Type *t = t_.typeOf(as<Assign>(n)->targets[0]);
          t->kind == TypeKind::CppClass && t_.typeOf(as<Assign>(n)->value) != t)
        cpp(scope).assignment(as<Assign>(n), t);
  }

  void walkChildren(const Node *n, const Scope *scope) {
    auto visit = [&](const Node *c) { walk(c, scope); };
    forEachChild(n, visit);
  }

  void enterScope(const Node *n, const Scope *inner) {
    std::span<Expr *const> decorators;
    if (n->kind == Kind::FunctionDef || n->kind == Kind::AsyncFunctionDef)
      decorators = as<FunctionDef>(n)->decorators;
    else if (n->kind == Kind::CFunctionDef)
      decorators = as<CFunctionDef>(n)->decorators;
    else if (n->kind == Kind::ClassDef)
      decorators = as<ClassDef>(n)->decorators;
    else if (n->kind == Kind::CClassDef) // @cython.auto_pickle(False), ...
      decorators = as<CClassDef>(n)->decorators;
    bool any = false;
    Directives d = t_.directivesFor(inner->parent);
    for (const Expr *dec : decorators) {
      std::string name, value;
      if (directiveCall(dec, t_.cythonName, name, value)) {
        std::string error = d.set(name, value);
        if (!error.empty())
          diags_.report(DiagId::BadDirective, file_, dec->range.begin, error);
        any = true;
      }
    }
    if (any)
      t_.scopeDirectives[inner] = d;
    if (inner->kind == ScopeKind::Function) {
      declareLocals(n, inner);
      inferLocals(n, inner);
      if (n->kind == Kind::FunctionDef || n->kind == Kind::AsyncFunctionDef)
        t_.containerLocals[inner] = containerLocals(*inner, as<FunctionDef>(n)->body);
    }
    // What the enclosing scope evaluates (defaults, decorators, annotations,
    // bases, the first iterable) is typed there; the rest in the inner scope.
    const Scope *outer = inner->parent;
    auto arguments = [&](const Arguments *a) {
      for (const Expr *d : a->defaults)
        walk(d, outer);
      for (const Expr *d : a->kwDefaults)
        walk(d, outer);
    };
    switch (n->kind) {
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef: {
      auto *f = as<FunctionDef>(n);
      for (const Expr *d : f->decorators)
        walk(d, outer);
      arguments(f->args);
      for (const Stmt *st : f->body)
        walk(st, inner);
      return;
    }
    case Kind::Lambda:
      arguments(as<Lambda>(n)->args);
      walk(as<Lambda>(n)->body, inner);
      return;
    case Kind::CFunctionDef: {
      auto *f = as<CFunctionDef>(n);
      for (const CArg *a : f->type->args)
        if (a->defaultValue)
          walk(a->defaultValue, outer);
      for (const Stmt *st : f->body)
        walk(st, inner);
      return;
    }
    case Kind::ClassDef: {
      auto *c = as<ClassDef>(n);
      for (const Expr *d : c->decorators)
        walk(d, outer);
      for (const Expr *b : c->bases)
        walk(b, outer);
      for (const Keyword *k : c->keywords)
        walk(k, outer);
      for (const Stmt *st : c->body)
        walk(st, inner);
      return;
    }
    case Kind::CppClassDef: { // its methods' bodies, with its type names
      const Type *cls = t_.types.byName(as<CppClassDef>(n)->name);
      size_t mark = cls && cls->kind == TypeKind::CppClass ? decl_.showCppClassNames(cls->cpp) : 0;
      for (const Stmt *member : as<CppClassDef>(n)->body)
        if ((member->kind == Kind::CFunctionDef && as<CFunctionDef>(member)->hasBody) ||
            member->kind == Kind::CppClassDef)
          walk(member, inner);
      if (cls && cls->kind == TypeKind::CppClass)
        decl_.hideTypeNames(mark);
      return;
    }
    case Kind::CClassDef: {
      // Attribute declarations are fields, not statements of the body.
      auto *c = as<CClassDef>(n);
      for (const Expr *d : c->decorators)
        walk(d, outer);
      for (const Expr *b : c->bases)
        walk(b, outer);
      std::function<void(std::span<Stmt *const>)> body = [&](std::span<Stmt *const> stmts) {
        for (const Stmt *st : stmts) {
          if (st->kind == Kind::CDeclBlock)
            body(as<CDeclBlock>(st)->body);
          else if (st->kind != Kind::CVarDecl)
            walk(st, inner);
        }
      };
      body(c->body);
      return;
    }
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp: {
      auto *c = as<Comp>(n);
      walk(c->generators[0]->iter, outer);
      for (size_t i = 0; i < c->generators.size(); ++i) {
        if (i)
          walk(c->generators[i]->iter, inner);
        walk(c->generators[i]->target, inner);
        for (const Expr *cond : c->generators[i]->ifs)
          walk(cond, inner);
      }
      walk(c->elt, inner);
      if (c->value)
        walk(c->value, inner);
      return;
    }
    default: walkChildren(n, inner); return;
    }
  }

public:
  // Cython's annotation typing of def parameters in Cython code (.pyx, and
  // .py files that import cython): `float` is a C double, `complex` a C
  // double complex, `bool` a bint, builtin containers and str/bytes are
  // checked static types; `int` and everything else stay objects. Plain .py
  // files keep CPython's meaning (annotations are only annotations).
  const Type *annotationType(const Expr *annotation) const {
    if (!options_.inferLocals && t_.cythonName.empty())
      return nullptr;
    // `x: Point`, `x: Optional[Point]`, `x: Point | None`: a cdef class
    // (None allowed only by the optional forms, sema::optionalAnnotation).
    bool optional = false;
    if (const Expr *inner = optionalAnnotation(annotation)) {
      annotation = inner;
      optional = true;
    }
    if (annotation->kind == Kind::Name)
      if (const Type *t = t_.types.byName(as<Name>(annotation)->id); t && t->extension)
        return t;
    if (annotation->kind != Kind::Name)
      return nullptr;
    std::string id(as<Name>(annotation)->id);
    if (scopes_.module()->assigned.count(id) || t_.symbol(id))
      return nullptr; // the name means something else here
    static const std::map<std::string, std::string> mapped = {
        {"float", "double"}, {"complex", "double complex"}, {"bool", "bint"}, {"list", "list"},
        {"dict", "dict"},    {"tuple", "tuple"},            {"set", "set"},   {"frozenset", "frozenset"},
        {"str", "str"},      {"bytes", "bytes"},            {"bytearray", "bytearray"}};
    if (id == "int")
      return t_.types.pythonInt(); // any int object, unchecked (as Cython)
    auto it = mapped.find(id);
    const Type *t = it == mapped.end() ? nullptr : t_.types.byName(it->second);
    // `x: float | None` may be None: an object, not a C double.
    return t && optional && !t->isObject() ? nullptr : t;
  }

private:
  // Parameters with C types and cdef declarations of a function.
  void declareLocals(const Node *n, const Scope *s) {
    auto &vars = t_.locals[s];
    const ExtensionType *cls = methodOf(s);
    if (n->kind == Kind::CFunctionDef) {
      for (const CArg *a : as<CFunctionDef>(n)->type->args) {
        if (std::string_view lone = loneName(a); !lone.empty() && !t_.types.byName(lone))
          continue; // `f(self)` in an extern class: an object (self below)
        if (a->type)
          vars[std::string(a->name)] = decl_.resolve(a->type, t_.module, file_);
        else if (a->annotation && a->annotation->kind == Kind::Name) // `x: E`, as the signature has it
          if (const Type *ty = t_.types.byName(as<Name>(a->annotation)->id); ty && ty->extension) {
            vars[std::string(a->name)] = ty;
            t_.annotatedParams[s].insert(std::string(a->name));
          }
      }
      bool isStatic = false;
      for (const Expr *d : as<CFunctionDef>(n)->decorators)
        isStatic |= d->kind == Kind::Name && as<Name>(d)->id == "staticmethod";
      if (cls && !isStatic && !s->params.empty() && !vars.count(s->params[0]))
        vars[s->params[0]] = cls->type; // self
    } else if (n->kind == Kind::FunctionDef) {
      const Arguments *args = as<FunctionDef>(n)->args;
      if (cls && !selfless(as<FunctionDef>(n))) {
        const Arg *self = !args->posonlyargs.empty() ? args->posonlyargs[0] : !args->args.empty() ? args->args[0] : nullptr;
        if (self && !self->ctype && !self->annotation)
          vars[std::string(self->arg)] = cls->type;
      }
      for (auto list : {args->posonlyargs, args->args, args->kwonlyargs})
        for (const Arg *a : list) {
          if (a->ctype)
            vars[std::string(a->arg)] = decl_.resolve(a->ctype, t_.module, file_);
          else if (const Type *ty = a->annotation ? decl_.cythonType(a->annotation) : nullptr)
            vars[std::string(a->arg)] = ty; // pure-Python mode: `x: cython.int`
          else if (const Type *ty = a->annotation ? annotationType(a->annotation) : nullptr) {
            vars[std::string(a->arg)] = ty; // `x: float` in Cython code
            t_.annotatedParams[s].insert(std::string(a->arg));
          }
        }
      // @cython.locals(name=type, ...)
      for (const Expr *d : as<FunctionDef>(n)->decorators)
        if (decl_.cythonFunction(d->kind == Kind::Call ? as<Call>(d)->func : d) == "locals" && d->kind == Kind::Call)
          for (const Keyword *k : as<Call>(d)->keywords)
            if (const Type *ty = decl_.typeFromExpr(k->value))
              vars[std::string(k->arg)] = ty;
    }
    std::function<void(std::span<Stmt *const>)> scan = [&](std::span<Stmt *const> body) {
      for (const Stmt *st : body) {
        forEachBlock(st, scan);
        if (st->kind == Kind::CVarDecl)
          for (const CDeclarator *d : as<CVarDecl>(st)->declarators) {
            if (Declarations::isRvalueReference(d->type))
              diags_.report(DiagId::RvalueReferenceDeclared, file_, d->type->range.begin);
            vars[std::string(d->name)] = decl_.resolve(d->type, t_.module, file_);
          }
        // Pure-Python mode: `x: cython.int = 1`, `x = cython.declare(cython.int, 1)`.
        if (st->kind == Kind::AnnAssign && as<AnnAssign>(st)->target->kind == Kind::Name)
          if (const Type *ty = decl_.cythonType(as<AnnAssign>(st)->annotation))
            vars[std::string(as<Name>(as<AnnAssign>(st)->target)->id)] = ty;
        if (st->kind == Kind::Assign && as<Assign>(st)->targets.size() == 1 &&
            as<Assign>(st)->targets[0]->kind == Kind::Name && as<Assign>(st)->value->kind == Kind::Call) {
          auto *call = as<Call>(as<Assign>(st)->value);
          if (decl_.cythonFunction(call->func) == "declare" && !call->args.empty())
            if (const Type *ty = decl_.typeFromExpr(call->args[0]))
              vars[std::string(as<Name>(as<Assign>(st)->targets[0])->id)] = ty;
        }
      }
    };
    scan(bodyOf(n));
    for (auto it = vars.begin(); it != vars.end();) {
      // Builtin Python types as static types (`cdef list x`, `def f(dict d)`):
      // still objects, with the type checked where values arrive.
      if (it->second->isObject() && (it->second->name != "object" || it->second->buffer)) // (object[int]: a buffer)
        t_.pyTypes[s][it->first] = it->second;
      if (it->second->isObject())
        declaredObjects_[s].insert(it->first); // `cdef object x`: never inferred to a C type
      else if (s->binding(it->first) == Binding::Cell)
        t_.cells[s][it->first] = it->second; // captured by an inner function: a cell of its C type
      it = it->second->isObject() || s->binding(it->first) != Binding::Local ? vars.erase(it) : std::next(it);
    }
  }

  // The types `f[int, vector[double]]` gives a template; empty when one is no type.
  std::optional<std::vector<const Type *>> templateArguments(const Subscript *sub) {
    std::span<Expr *const> given(&const_cast<Subscript *>(sub)->slice, 1);
    if (sub->slice->kind == Kind::Tuple)
      given = as<Sequence>(sub->slice)->elts;
    std::vector<const Type *> args;
    for (const Expr *a : given)
      if (const Type *at = decl_.typeFromExpr(a))
        args.push_back(at);
    if (args.size() != given.size())
      return std::nullopt;
    return args;
  }

  // `obj.f[T, ...](args)`: a C++ member template given its arguments
  // (C++ is given them too); null when obj is no C++ value.
  const Type *memberTemplateCall(const Call *c, const Scope *s) {
    const Subscript *sub = as<Subscript>(c->func);
    const Attribute *method = as<Attribute>(sub->value);
    const Type *receiver = typeOf(method->value, s);
    if (!receiver)
      return nullptr;
    const Type *cls = receiver->kind == TypeKind::Pointer ? receiver->target : receiver;
    if (cls->kind != TypeKind::CppClass)
      return nullptr;
    std::optional<std::vector<const Type *>> given = templateArguments(sub);
    if (!given)
      return nullptr;
    const std::vector<const Type *> &args = *given;
    for (const CppMemberRef &m : cppMembers(t_.types, cls, method->attr)) {
      if (!m.member->method || m.member->templateParams.size() < args.size())
        continue;
      for (const Expr *a : c->args)
        if (!typeOf(a, s))
          return nullptr;
      std::vector<std::string> params(m.member->templateParams.begin(), m.member->templateParams.begin() + args.size());
      const Type *fn = t_.types.substitute(m.type, params, args);
      t_.typeExprs[sub] = t_.types.voidType(); // (its names are types)
      CSymbol &called = t_.cppSymbols.emplace_back(*t_.cppSymbol(
          m.member->isStatic ? CSymbol::Cpp::StaticMethod : CSymbol::Cpp::Method, m.owner, m.member->cname, fn));
      called.explicitTemplateArgs = args;
      t_.calls[c] = &called;
      return fn->target;
    }
    return nullptr;
  }

  // std::string or std::string_view: bytes where Python code uses it.
  static bool cppString(const Type *t) {
    std::string_view k = cppStandardClass(t);
    return k == "std::string" || k == "std::string_view";
  }

  // Whether `s` is in a member function of C++ class `cls` or of a class
  // the module defines that derives from it.
  bool memberFunctionOf(const Type *cls, const Scope *s) const {
    for (; s; s = s->parent)
      if (s->kind == ScopeKind::Class && s->node->kind == Kind::CppClassDef)
        if (const Type *own = t_.types.byName(as<CppClassDef>(s->node)->name); own && own->kind == TypeKind::CppClass)
          return cppDerivesFrom(t_.types, own, cls);
    return false;
  }

  // The extension type whose body defines the function of scope `s` directly, or null.
  const ExtensionType *methodOf(const Scope *s) const {
    if (!s->parent || s->parent->kind != ScopeKind::Class || s->parent->node->kind != Kind::CClassDef)
      return nullptr;
    const Type *t = t_.types.byName(as<CClassDef>(s->parent->node)->name);
    return t ? t->extension : nullptr;
  }
  // A staticmethod or classmethod: its first parameter is no instance.
  static bool selfless(const FunctionDef *f) {
    for (const Expr *d : f->decorators)
      if (d->kind == Kind::Name && (as<Name>(d)->id == "staticmethod" || as<Name>(d)->id == "classmethod"))
        return true;
    return false;
  }

  static std::span<Stmt *const> bodyOf(const Node *n) {
    if (n->kind == Kind::FunctionDef || n->kind == Kind::AsyncFunctionDef)
      return as<FunctionDef>(n)->body;
    if (n->kind == Kind::CFunctionDef)
      return as<CFunctionDef>(n)->body;
    return {};
  }

  // Calls `f` on each statement list nested in `s` (not nested scopes).
  // Cython allows `cdef` declarations only directly in a module, class or
  // function body, not inside if/for/while/with/try blocks.
  void checkCdefPlacement(std::span<Stmt *const> body, bool nested) {
    for (const Stmt *s : body) {
      if (s->kind == Kind::CVarDecl && nested)
        diags_.report(DiagId::CdefNotAllowedHere, file_, s->range.begin);
      if (s->kind == Kind::FunctionDef || s->kind == Kind::AsyncFunctionDef)
        checkCdefPlacement(as<FunctionDef>(s)->body, false);
      else if (s->kind == Kind::CFunctionDef)
        checkCdefPlacement(as<CFunctionDef>(s)->body, false);
      else if (s->kind == Kind::ClassDef)
        checkCdefPlacement(as<ClassDef>(s)->body, false);
      auto inBlock = [&](std::span<Stmt *const> b) { checkCdefPlacement(b, true); };
      if (s->kind == Kind::CDeclBlock) // (`cdef:` is where its declarations are)
        checkCdefPlacement(as<CDeclBlock>(s)->body, nested);
      else
        forEachBlock(s, inBlock);
    }
  }

  template <class F> static void forEachBlock(const Stmt *s, F &f) {
    switch (s->kind) {
    case Kind::If: f(as<If>(s)->body); f(as<If>(s)->orelse); break;
    case Kind::While: f(as<While>(s)->body); f(as<While>(s)->orelse); break;
    case Kind::For:
    case Kind::AsyncFor: f(as<For>(s)->body); f(as<For>(s)->orelse); break;
    case Kind::ForFrom: f(as<ForFrom>(s)->body); f(as<ForFrom>(s)->orelse); break;
    case Kind::With:
    case Kind::AsyncWith: f(as<With>(s)->body); break;
    case Kind::GilBlock: f(as<GilBlock>(s)->body); break;
    case Kind::CDeclBlock: f(as<CDeclBlock>(s)->body); break; // `cdef:` declarations in a function
    case Kind::Try:
    case Kind::TryStar: {
      auto *t = as<Try>(s);
      f(t->body);
      for (const ExceptHandler *h : t->handlers)
        f(h->body);
      f(t->orelse);
      f(t->finalbody);
      break;
    }
    case Kind::Match:
      for (const MatchCase *c : as<Match>(s)->cases)
        f(c->body);
      break;
    default: break;
    }
  }

  // --- inference (Cython's safe rules) ---------------------------------------------

  const Scope *inferScope_ = nullptr; // the scope whose locals inferLocals infers

  std::map<const Scope *, std::set<std::string>> declaredObjects_; // locals declared as Python objects
  struct Candidate {
    std::vector<const Expr *> values; // what is assigned
    std::vector<std::pair<BinOpKind, const Expr *>> updates; // augmented assignments
    std::vector<const For *> rangeLoops;
    std::vector<const For *> otherLoops; // over other iterables: C++ containers give their items' type
    bool object = false;   // bound by something only an object can hold
    bool deleted = false;  // `del x`: only a Python object or a pointer to a C++ object (new's) can be
    bool mightOverflow = false;
  };

  void inferLocals(const Node *n, const Scope *s) {
    if (!options_.inferLocals)
      return;
    inferAll_ = t_.directivesFor(s).inferTypes;
    auto &declared = t_.locals[s];
    std::map<std::string, Candidate, std::less<>> cands;
    inferScope_ = s;
    for (const auto &[name, b] : s->bindings)
      if (b == Binding::Local && !declared.count(name) && !declaredObjects_[s].count(name) &&
          std::find(s->params.begin(), s->params.end(), name) == s->params.end())
        cands[name];
    if (cands.empty())
      return;
    std::function<void(std::span<Stmt *const>)> collect = [&](std::span<Stmt *const> body) {
      for (const Stmt *st : body) {
        collectAssignments(st, cands);
        forEachBlock(st, collect);
      }
    };
    collect(bodyOf(n));
    markOverflow(n, cands);

    std::map<std::string, const Type *, std::less<>> guesses;
    for (auto &[name, c] : cands)
      guesses[name] = nullptr;
    guesses_ = &guesses;
    auto spanOf = [&](const Candidate &c) -> const Type * {
      const Type *span = nullptr;
      auto join = [&](const Type *ty) {
        if (!ty)
          return false;
        span = !span ? ty : spanning(span, ty);
        return true;
      };
      for (const Expr *v : c.values)
        if (!join(inferType(v, s)))
          return nullptr;
      for (const For *f : c.rangeLoops)
        if (!join(rangeItemType(f, s)))
          return nullptr;
      for (const For *f : c.otherLoops) {
        const Type *item = cppItemType(f, s);
        if (!join(item ? item : inferType(f->iter, s) ? t_.types.object() : nullptr))
          return nullptr;
      }
      for (auto &[op, v] : c.updates) {
        const Type *value = inferType(v, s);
        if (!value || !span)
          return nullptr;
        if (!join(span->isNumeric() && value->isNumeric() ? arithmetic(op, span, value) : t_.types.object()))
          return nullptr;
      }
      return span;
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (auto &[name, c] : cands) {
        if (guesses[name])
          continue;
        const Type *span = c.object ? t_.types.object() : spanOf(c);
        if (span && c.deleted && !(span->kind == TypeKind::Pointer && span->target->kind == TypeKind::CppClass))
          span = t_.types.object();
        if (span) {
          guesses[name] = safe(span, c.mightOverflow);
          changed = true;
        }
      }
    }
    guesses_ = nullptr;
    for (auto &[name, ty] : guesses) {
      if (ty && !ty->isObject())
        declared[name] = ty;
      else if (ty && ty->extension) // only ever an instance of one cdef class: typed as it, as Cython infers
        t_.pyTypes[s][name] = ty;
    }
  }

  const Type *spanning(const Type *a, const Type *b) {
    if (a == b)
      return a;
    if (a->isNumeric() && b->isNumeric())
      return t_.types.widest(a, b);
    return t_.types.object();
  }

  // One index per dimension, none of them a slice.
  static bool isElementIndex(const Expr *index, int ndim) {
    if (index->kind == Kind::Tuple) {
      if (int(as<Sequence>(index)->elts.size()) != ndim)
        return false;
      for (const Expr *e : as<Sequence>(index)->elts)
        if (e->kind == Kind::Slice || e->kind == Kind::Starred)
          return false;
      return true;
    }
    return ndim == 1 && index->kind != Kind::Slice && index->kind != Kind::Starred;
  }

  // Cython's safe_spanning_type: doubles, bint, pointers, structs and double
  // complex always; integers only when no arithmetic could overflow them.
  const Type *safe(const Type *ty, bool mightOverflow) {
    switch (ty->kind) {
    case TypeKind::Struct: return ty->isUnion ? t_.types.object() : ty; // (no side effects as a struct)
    case TypeKind::Complex: return ty->target->name == "double" ? ty : t_.types.object();
    case TypeKind::Float:
    case TypeKind::Bint:
    case TypeKind::Pointer:
    case TypeKind::CppClass: // (a C++ value: copied as it is)
    case TypeKind::TemplateParam: // (no Python object could hold it)
    case TypeKind::MemoryView: return ty;
    case TypeKind::Int: return mightOverflow && !inferAll_ ? t_.types.object() : ty;
    case TypeKind::Object: return ty->extension ? ty : t_.types.object(); // a cdef class instance
    default: return t_.types.object();
    }
  }

  void collectAssignments(const Stmt *st, std::map<std::string, Candidate, std::less<>> &cands) {
    auto bindObject = [&](const Expr *target) {
      std::function<void(const Expr *)> mark = [&](const Expr *e) {
        if (e->kind == Kind::Name) {
          if (auto it = cands.find(as<Name>(e)->id); it != cands.end())
            it->second.object = true;
        } else if (e->kind == Kind::Tuple || e->kind == Kind::List) {
          for (const Expr *x : as<Sequence>(e)->elts)
            mark(x);
        } else if (e->kind == Kind::Starred) {
          mark(as<Starred>(e)->value);
        }
      };
      mark(target);
    };
    auto candidate = [&](const Expr *target) -> Candidate * {
      if (target->kind != Kind::Name)
        return nullptr;
      auto it = cands.find(as<Name>(target)->id);
      return it == cands.end() ? nullptr : &it->second;
    };
    switch (st->kind) {
    case Kind::Assign:
      for (const Expr *target : as<Assign>(st)->targets) {
        if (Candidate *c = candidate(target))
          c->values.push_back(as<Assign>(st)->value);
        else
          bindObject(target);
      }
      break;
    case Kind::AnnAssign:
      if (Candidate *c = candidate(as<AnnAssign>(st)->target)) {
        if (as<AnnAssign>(st)->value)
          c->values.push_back(as<AnnAssign>(st)->value);
      }
      break;
    case Kind::AugAssign:
      if (Candidate *c = candidate(as<AugAssign>(st)->target))
        c->updates.push_back({as<AugAssign>(st)->op, as<AugAssign>(st)->value});
      break;
    case Kind::For: {
      auto *f = as<For>(st);
      if (Candidate *c = candidate(f->target); c && rangeCallOf(f, inferScope_, scopes_, t_))
        c->rangeLoops.push_back(f);
      else if (c)
        c->otherLoops.push_back(f);
      else
        bindObject(f->target);
      break;
    }
    case Kind::ForFrom:
      if (Candidate *c = candidate(as<ForFrom>(st)->target)) {
        c->values.push_back(as<ForFrom>(st)->lower);
        c->values.push_back(as<ForFrom>(st)->upper);
      }
      break;
    default: {
      // Every other binding (with-as, except-as, imports, def, class,
      // walrus, match captures, del) makes an object.
      std::function<void(const Node *)> scan = [&](const Node *n) {
        if (!n || scopes_.scopeOf(n))
          return;
        if (n->kind == Kind::Name && as<Name>(n)->ctx != Ctx::Load) {
          if (auto it = cands.find(as<Name>(n)->id); it != cands.end())
            it->second.object = true;
        }
        if (n->kind == Kind::NamedExpr)
          bindObject(as<NamedExpr>(n)->target);

        // Only this statement's own parts: nested blocks are collected separately.
        if (n == st && (st->kind == Kind::If || st->kind == Kind::While))
          return;
        forEachChild(n, scan);
      };
      auto bindName = [&](std::string_view name) {
        if (auto it = cands.find(name); it != cands.end())
          it->second.object = true;
      };
      switch (st->kind) {
      case Kind::FunctionDef:
      case Kind::AsyncFunctionDef: bindName(as<FunctionDef>(st)->name); break;
      case Kind::ClassDef: bindName(as<ClassDef>(st)->name); break;
      case Kind::CFunctionDef: bindName(as<CFunctionDef>(st)->name); break;
      case Kind::Import:
        for (const Alias *a : as<Import>(st)->names)
          bindName(a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname);
        break;
      case Kind::ImportFrom:
        for (const Alias *a : as<ImportFrom>(st)->names)
          bindName(a->asname.empty() ? a->name : a->asname);
        break;
      case Kind::Try:
      case Kind::TryStar:
        for (const ExceptHandler *h : as<Try>(st)->handlers)
          if (!h->name.empty())
            bindName(h->name);
        break;
      case Kind::With:
      case Kind::AsyncWith:
        for (const WithItem *w : as<With>(st)->items)
          if (w->optionalVars)
            bindObject(w->optionalVars);
        break;
      case Kind::Delete:
        for (const Expr *e : as<Delete>(st)->targets)
          if (Candidate *c = e->kind == Kind::Name ? candidate(e) : nullptr)
            c->deleted = true;
          else
            bindObject(e);
        break;
      case Kind::Match: scanMatchCaptures(as<Match>(st), bindName); break;
      default: break;
      }
      if (st->kind == Kind::ExprStmt || st->kind == Kind::Return || st->kind == Kind::If ||
          st->kind == Kind::While || st->kind == Kind::Assert || st->kind == Kind::Raise)
        scan(st);
      break;
    }
    }
    // Walrus targets inside any expression of an assignment make objects too.
    if (st->kind == Kind::Assign || st->kind == Kind::AugAssign || st->kind == Kind::AnnAssign ||
        st->kind == Kind::For) {
      std::function<void(const Node *)> walrus = [&](const Node *n) {
        if (!n)
          return;
        if (n->kind == Kind::NamedExpr)
          bindObject(as<NamedExpr>(n)->target);
        forEachChild(n, walrus);
      };
      forEachChild(st, walrus);
    }
  }

  template <class F> void scanMatchCaptures(const Match *m, F &bindName) {
    std::function<void(const Node *)> scan = [&](const Node *n) {
      if (!n)
        return;
      if (n->kind == Kind::MatchAs && !as<MatchAs>(n)->name.empty())
        bindName(as<MatchAs>(n)->name);
      if (n->kind == Kind::MatchStar && !as<MatchStar>(n)->name.empty())
        bindName(as<MatchStar>(n)->name);
      if (n->kind == Kind::MatchMapping && !as<MatchMapping>(n)->rest.empty())
        bindName(as<MatchMapping>(n)->rest);
      forEachChild(n, scan);
    };
    for (const MatchCase *c : m->cases)
      scan(c->pattern);
  }


  // Cython's MarkOverflowingArithmetic: a name used as an operand of
  // arithmetic (other than & | ^), of unary minus, of abs(), or updated in
  // place, or assigned a literal beyond 32 bits, might overflow a C integer.
  void markOverflow(const Node *fn, std::map<std::string, Candidate, std::less<>> &cands) {
    std::function<void(const Node *, bool)> visit = [&](const Node *n, bool dangerous) {
      if (!n || (n != fn && scopes_.scopeOf(n)))
        return;
      switch (n->kind) {
      case Kind::Name:
        if (dangerous)
          if (auto it = cands.find(as<Name>(n)->id); it != cands.end())
            it->second.mightOverflow = true;
        return;
      case Kind::BinOp: {
        bool d = isArithmetic(as<BinOp>(n)->op) || dangerous;
        visit(as<BinOp>(n)->left, d);
        visit(as<BinOp>(n)->right, d);
        return;
      }
      case Kind::UnaryOp:
        visit(as<UnaryOp>(n)->operand, dangerous || as<UnaryOp>(n)->op == UnaryOpKind::USub);
        return;
      case Kind::AugAssign:
        visit(as<AugAssign>(n)->target, true);
        visit(as<AugAssign>(n)->value, true);
        return;
      case Kind::Call: {
        auto *c = as<Call>(n);
        bool isAbs = c->func->kind == Kind::Name && as<Name>(c->func)->id == "abs";
        auto sub = [&](const Node *k) { visit(k, dangerous || isAbs); };
        forEachChild(n, sub);
        return;
      }
      case Kind::Assign: {
        auto *a = as<Assign>(n);
        if (a->value->kind == Kind::Constant && as<Constant>(a->value)->ck == ConstKind::Int) {
          auto v = intLiteral(a->value);
          if (!v || *v < -(1LL << 31) || *v >= (1LL << 31))
            for (const Expr *target : a->targets)
              visit(target, true);
        }
        break;
      }
      default: break;
      }
      auto sub = [&](const Node *k) { visit(k, false); };
      forEachChild(n, sub);
    };
    visit(fn, false);
  }

  // The items of `for x in c` where c is a C++ container (or a pointer to
  // one): what dereferencing its begin() iterator gives, as Cython loops
  // over it; object for other iterables, null while c's type is undecided.
  const Type *cppItemType(const For *f, const Scope *s) { return cppItemType(f->iter, s); }
  const Type *cppItemType(const Expr *iter, const Scope *s) {
    const Type *container = inferType(iter, s);
    if (!container)
      return nullptr;
    if (container->kind == TypeKind::Pointer)
      container = container->target;
    if (container->kind != TypeKind::CppClass)
      return t_.types.object();
    for (const CppMemberRef &begin : cppMembers(t_.types, container, "begin")) {
      if (!begin.member->method || !begin.type->params.empty())
        continue;
      if (begin.type->target->kind == TypeKind::Pointer) // pointers as the iterators (`double *begin()`)
        return begin.type->target->target;
      if (begin.type->target->kind == TypeKind::CppClass)
        for (const CppMemberRef &deref : cppMembers(t_.types, begin.type->target, "operator*"))
          if (deref.member->method && deref.type->params.empty())
            return deref.type->target;
    }
    return t_.types.object();
  }

  // `[f(x) for x in c]` over a C++ container: x is a C value of the item
  // type (a comprehension's variables are its own), typed before the
  // element is. A generator expression gets a copy of its first container
  // (its code runs later, as Cython copies it).
  void cppComprehensionTargets(const Comp *c, const Scope *outer) {
    const Scope *inner = scopes_.scopeOf(c);
    if (!inner)
      return;
    for (const Comprehension *g : c->generators) {
      if (g->isAsync || g->target->kind != Kind::Name)
        continue;
      // The first iterable is evaluated in the enclosing scope.
      const Type *item = cppItemType(g->iter, g == c->generators[0] ? outer : inner);
      if (item && !item->isObject()) {
        t_.cppComprehensions[g] = item;
        t_.locals[inner][std::string(as<Name>(g->target)->id)] = item;
      }
    }
  }

  // The loop variable of `for i in range(...)`: the arguments' C integer
  // type, or an object when any argument is one.
  const Type *rangeItemType(const For *f, const Scope *s) {
    const Type *span = nullptr;
    for (const Expr *a : as<Call>(f->iter)->args) {
      const Type *ty = inferType(a, s);
      if (!ty)
        return nullptr;
      if (ty->kind != TypeKind::Int)
        return t_.types.object();
      span = span ? t_.types.widest(span, ty) : ty;
    }
    return span;
  }

private:
  // --- expressions -------------------------------------------------------------------

  void record(const Expr *e, const Scope *s) {
    if (t_.exprTypes.count(e))
      return;
    const Type *ty = typeOf(e, s);
    if (ty && (!ty->isObject() || ty->extension || ty->buffer))
      t_.exprTypes[e] = ty;
  }

  // During inference: null when the type depends on an undecided local.
  const Type *inferType(const Expr *e, const Scope *s) {
    if (e->kind == Kind::Compare)
      return t_.types.object(); // Cython infers comparisons as objects
    if (const Type *lit = literalType(e))
      return lit;
    return typeOf(e, s);
  }

  const Type *arithmetic(BinOpKind op, const Type *l, const Type *r) {
    // An array operand is a pointer to its first item, as in C (`a + i`).
    if (l->kind == TypeKind::Array && (op == BinOpKind::Add || op == BinOpKind::Sub))
      l = t_.types.pointer(l->target);
    if (r->kind == TypeKind::Array && op == BinOpKind::Add)
      r = t_.types.pointer(r->target);
    if (l->kind == TypeKind::Pointer && r->isIntegral() && (op == BinOpKind::Add || op == BinOpKind::Sub))
      return l;
    if (r->kind == TypeKind::Pointer && l->isIntegral() && op == BinOpKind::Add)
      return r; // 2 + p: C pointer arithmetic too
    if (l->kind == TypeKind::Pointer && r->kind == TypeKind::Pointer && op == BinOpKind::Sub &&
        l->target == r->target)
      return t_.types.byName("ptrdiff_t"); // the distance between two pointers into one array

    if (!l->isNumeric() || !r->isNumeric())
      return t_.types.object();
    bool bitwise = op == BinOpKind::BitAnd || op == BinOpKind::BitOr || op == BinOpKind::BitXor ||
                   op == BinOpKind::LShift || op == BinOpKind::RShift;
    if (l->kind == TypeKind::Bint && r->kind == TypeKind::Bint && bitwise && op != BinOpKind::LShift &&
        op != BinOpKind::RShift)
      return t_.types.bint();
    const Type *w = t_.types.widest(l, r);
    if (!w->pythonEnum.empty())
      w = t_.types.byName("int"); // arithmetic on enum values makes plain ints
    if (w->kind == TypeKind::Int || w->kind == TypeKind::Bint)
      w = t_.types.widest(w, t_.types.byName("int")); // C's integer promotion: short + short is an int
    if (w->kind == TypeKind::Complex)
      return op == BinOpKind::Add || op == BinOpKind::Sub || op == BinOpKind::Mult || op == BinOpKind::Div
                 ? w
                 : t_.types.object(); // % // ** and bit operations: Python's rules (TypeError, complex powers)
    if (bitwise && w->kind == TypeKind::Float)
      return t_.types.object(); // no C meaning: Python raises the TypeError
    if (op == BinOpKind::Div && w->kind != TypeKind::Float) // language_level 3: true division; 2: as `//`
      return t_.moduleDirectives.languageLevel == 2 ? w : t_.types.cDouble();
    if (op == BinOpKind::MatMult || op == BinOpKind::Pow)
      return t_.types.object(); // C has no ** with Python's results (negative exponents, overflow)
    return w;
  }

  // `a ** b` on C numbers, as Cython 3 computes it in C (cpow=False): a
  // floating operand makes a C power of the wider floating type (a negative
  // base with a fractional exponent raises); C integers to a literal
  // exponent from 0 to 63 stay integers. Others keep Python's semantics.
  const Type *power(const Type *l, const Type *r, const Expr *exponent) {
    if (!l->isNumeric() || !r->isNumeric() || l->kind == TypeKind::Complex || r->kind == TypeKind::Complex)
      return t_.types.object();
    const Type *w = t_.types.widest(l, r);
    if (w->kind == TypeKind::Float)
      return w;
    std::optional<long long> n = intLiteral(exponent);
    if (w->kind == TypeKind::Int && w->pythonEnum.empty() && n && *n >= 0 && *n < 64)
      return w;
    return t_.types.object();
  }

  const Type *nameType(std::string_view id, const Scope *s) {
    while (s->kind == ScopeKind::Comprehension) {
      Binding b = s->binding(id);
      if (b != Binding::Enclosing) {
        const Type *item = b == Binding::Local ? t_.localType(s, id) : nullptr; // a C++ container's item
        return item ? item : t_.types.object();
      }
      s = s->parent;
    }
    Binding b = s->binding(id);
    if (s->kind == ScopeKind::Function && b == Binding::Local) {
      if (const Type *ty = t_.localType(s, id))
        return ty;
      if (const Type *ty = t_.pyType(s, id); ty && (ty->extension || ty->buffer)) // (object[int]: its buffer)
        return ty;
      if (guesses_) {
        auto it = guesses_->find(id);
        if (it != guesses_->end())
          return it->second; // null while undecided
      }
      return t_.types.object();
    }
    if (const Type *ty = s->kind != ScopeKind::Module ? t_.capturedType(s, id) : nullptr)
      return ty; // a C variable in a cell, in its own function or an inner one (or class body)
    if (s->kind == ScopeKind::Function && b == Binding::Cell) {
      const Type *ty = t_.pyType(s, id); // a captured variable of a cdef class type
      return ty && ty->extension ? ty : t_.types.object();
    }
    if (s->kind == ScopeKind::Function && b == Binding::Free) {
      // A closure's view of an enclosing function's variable of a cdef
      // class type keeps the type.
      for (const Scope *p = s->parent; p; p = p->parent)
        if (p->kind == ScopeKind::Function && p->binding(id) == Binding::Cell) {
          const Type *ty = t_.pyType(p, id);
          return ty && ty->extension ? ty : t_.types.object();
        }
      return t_.types.object();
    }
    if (b == Binding::Global || (s->kind == ScopeKind::Module) || (b == Binding::ClassLocal)) {
      if (const CompileTimeValue *v = t_.compileTime.lookup(id); v && !scopes_.module()->assigned.count(std::string(id))) {
        switch (v->kind) {
        case CompileTimeValue::Kind::Int:
          return v->i >= -(1LL << 31) && v->i < (1LL << 31) ? t_.types.cLong() : t_.types.byName("long long");
        case CompileTimeValue::Kind::Float: return t_.types.cDouble();
        case CompileTimeValue::Kind::Bool: return t_.types.bint();
        default: return t_.types.object();
        }
      }
      if (id == "NULL" && !scopes_.module()->assigned.count("NULL") && !t_.symbol(id, s))
        return t_.types.pointer(t_.types.voidType()); // Cython's NULL
      if (const CSymbol *sym = t_.symbol(id, s)) {
        if (sym->kind == CSymbol::Kind::Variable)
          return sym->type;
        if (sym->kind == CSymbol::Kind::Function)
          return sym->isCpdef || (!sym->compiled() && !sym->external && sym->fromModule.empty())
                     ? t_.types.object() // a Python function
                     : sym->type;
      }
    }
    return t_.types.object();
  }

  // The cdef class a name refers to (the module never rebinds it), or null.
  const Type *extensionClass(const Expr *e, const Scope *s) const {
    if (e->kind != Kind::Name)
      return nullptr;
    std::string_view id = as<Name>(e)->id;
    while (s->kind == ScopeKind::Comprehension && s->binding(id) == Binding::Enclosing && s->parent)
      s = s->parent;
    Binding b = s->binding(id);
    if (b != Binding::Global && b != Binding::ClassLocal && s->kind != ScopeKind::Module)
      return nullptr;
    const Type *t = t_.types.byName(id);
    return t && t->extension && (t->extension->implemented || t->extension->imported) ? t : nullptr;
  }

  // cython.operator's functions on C values (C++ operators of classes are
  // C++'s): the type of `dereference(p)`, `preincrement(i)`, ...; object
  // where they do not apply (the lowering reports it).
  const Type *cythonOperator(const Call *c, std::string_view op, const Scope *s) {
    if (c->args.empty() || !c->keywords.empty())
      return t_.types.object();
    if (op == "typeid" && c->args.size() == 1)
      return typeidOf(c, s);
    const Type *arg = typeOf(c->args[0], s);
    if (!arg)
      return nullptr;
    if (arg->kind == TypeKind::CppClass && op != "address" && op != "comma")
      return cpp(s).operation(c, op, arg, c->args.size() > 1 ? c->args[1] : nullptr);
    if (op == "dereference" && c->args.size() == 1 && arg->kind == TypeKind::Pointer &&
        arg->target->kind != TypeKind::Void)
      return arg->target;
    if ((op == "preincrement" || op == "predecrement" || op == "postincrement" || op == "postdecrement") &&
        c->args.size() == 1 && (arg->kind == TypeKind::Pointer || arg->kind == TypeKind::Int || arg->kind == TypeKind::Float))
      return arg;
    if (op == "address" && c->args.size() == 1)
      return t_.types.pointer(arg);
    if (op == "comma" && c->args.size() == 2)
      return typeOf(c->args[1], s);
    return t_.types.object();
  }

  // `typeid(T)` or `typeid(x)` (cython.operator): the std::type_info
  // <typeinfo> declares (libcpp.typeinfo, read for it).
  const Type *typeidOf(const Call *c, const Scope *s) {
    const Expr *a = c->args[0];
    if (const Type *named = decl_.typeFromExpr(a))
      t_.typeExprs[a] = named; // a type, not a value
    else if (!typeOf(a, s))
      return nullptr;
    const CModule *m = decl_.load("libcpp.typeinfo", file_, c->range.begin);
    auto it = m ? m->scopedTypes.find("type_info") : decltype(m->scopedTypes.end())();
    if (!m || it == m->scopedTypes.end())
      return t_.types.error();
    return it->second;
  }

  // A cimported .pxd's inline function the module calls: compiled here too.
  void useInline(const CSymbol *f) {
    if (!f->home || !f->def)
      return;
    for (const CSymbol *known : t_.inlined)
      if (known->def == f->def) // the same function under another name (`from m cimport f as g`)
        return;
    t_.inlined.push_back(f);
  }

  // The specialisation of a fused cdef function a call calls: the one
  // `f[double](...)` names, or for `f(...)` the first whose fused
  // parameters take the arguments' types as they are, else the first
  // that takes their kinds of number (sema/fused.h).
  const CSymbol *fusedSpecialisation(const Call *c, const Scope *s) {
    const Expr *func = c->func;
    const Subscript *index = func->kind == Kind::Subscript ? as<Subscript>(func) : nullptr;
    if (index)
      func = index->value;
    if (func->kind != Kind::Name)
      return nullptr;
    const FusedGroup *g = t_.fusedGroup(as<Name>(func)->id);
    Binding b = s->binding(as<Name>(func)->id);
    if (!g || !g->cdef || (s->kind != ScopeKind::Module && b != Binding::Global))
      return nullptr;
    auto symbolOf = [&](const FusedSpecialisation &spec) -> const CSymbol * {
      const CSymbol *sym = t_.symbol(spec.name, s);
      return sym && sym->kind == CSymbol::Kind::Function ? sym : nullptr;
    };
    if (index) {
      const FusedSpecialisation *spec =
          index->slice->kind == Kind::Constant ? g->bySignature(as<Constant>(index->slice)->value) : nullptr;
      return spec ? symbolOf(*spec) : nullptr;
    }
    auto sameKind = [](const Type *a, const Type *b) {
      return a->kind == b->kind || (a->isIntegral() && b->isIntegral());
    };
    const CSymbol *byKind = nullptr, *converting = nullptr;
    for (const FusedSpecialisation &spec : g->specialisations) {
      const CSymbol *sym = symbolOf(spec);
      if (!sym)
        continue;
      bool exact = true, kinds = true, converts = true;
      for (size_t i : g->fusedParams) {
        if (i >= c->args.size() || i >= sym->type->params.size())
          continue; // (a default or a keyword: any specialisation takes it)
        const Type *arg = typeOf(c->args[i], s), *param = sym->type->params[i].type;
        if (!arg)
          return nullptr;
        if (const Expr *e = c->args[i]->kind == Kind::UnaryOp ? as<UnaryOp>(c->args[i])->operand : c->args[i];
            arg->isObject() && e->kind == Kind::Constant) // a number literal is a C long or double here
          arg = as<Constant>(e)->ck == ConstKind::Int     ? t_.types.cLong()
                : as<Constant>(e)->ck == ConstKind::Float ? t_.types.byName("double")
                                                          : arg;
        exact = exact && arg == param;
        kinds = kinds && (arg == param || sameKind(arg, param) ||
                          (arg->kind == TypeKind::MemoryView && param->kind == TypeKind::MemoryView &&
                           arg->target == param->target));
        converts = converts && (kinds || (arg->isNumeric() && param->isNumeric()) || arg->isObject());
      }
      if (exact)
        return sym;
      if (kinds && !byKind)
        byKind = sym;
      if (converts && !converting)
        converting = sym;
    }
    return byKind ? byKind : converting;
  }

  // The C function a call names, if any.
  const CSymbol *calledFunction(const Expr *func, const Scope *s) {
    if (func->kind == Kind::Name) {
      Binding b = s->binding(as<Name>(func)->id);
      if (s->kind != ScopeKind::Module && b != Binding::Global && b != Binding::ClassLocal &&
          b != Binding::Enclosing)
        return nullptr;
      const CSymbol *sym = t_.symbol(as<Name>(func)->id, s);
      return sym && sym->kind == CSymbol::Kind::Function && (sym->compiled() || sym->external || !sym->fromModule.empty())
                 ? sym
                 : nullptr;
    }
    if (func->kind == Kind::Attribute) {
      // A cdef/cpdef method of a typed receiver.
      if (const Type *receiver = typeOf(as<Attribute>(func)->value, s); receiver && receiver->extension)
        if (const ExtensionType::Method *m = receiver->extension->method(as<Attribute>(func)->attr))
          return m->symbol;
      // `Base.f(self, ...)`: the class's own C method, called as a function
      // (another module's cpdef method through its Python method: only its
      // dispatcher is reachable from here, which would find the override).
      if (const Type *cls = extensionClass(as<Attribute>(func)->value, s))
        if (const ExtensionType::Method *m = cls->extension->method(as<Attribute>(func)->attr);
            m && !(m->owner->imported && m->cpdef))
          return m->symbol;
      const CModule *m = moduleOf(as<Attribute>(func)->value, s);
      if (!m)
        return nullptr;
      auto it = m->symbols.find(std::string(as<Attribute>(func)->attr));
      return it != m->symbols.end() && it->second.kind == CSymbol::Kind::Function ? &it->second : nullptr;
    }
    return nullptr;
  }

public:
  // The cimported module an expression names (`libc.math`), if any.
  const CModule *moduleOf(const Expr *e, const Scope *s) {
    if (e->kind == Kind::Name) {
      const CSymbol *sym = t_.symbol(as<Name>(e)->id, s);
      return sym && sym->kind == CSymbol::Kind::Module ? sym->module : nullptr;
    }
    if (e->kind == Kind::Attribute) {
      const CModule *m = moduleOf(as<Attribute>(e)->value, s);
      if (!m)
        return nullptr;
      auto it = m->symbols.find(std::string(as<Attribute>(e)->attr));
      return it != m->symbols.end() && it->second.kind == CSymbol::Kind::Module ? it->second.module : nullptr;
    }
    return nullptr;
  }

private:
  const Type *typeOf(const Expr *e, const Scope *s) {
    const Type *object = t_.types.object();
    switch (e->kind) {
    case Kind::Constant:
      // A literal alone stays a Python constant; beside a C operand (or
      // assigned to an inferred variable) it takes its C type. c'x' is C.
      if (as<Constant>(e)->ck == ConstKind::Char)
        return t_.types.byName("char");
      return object;
    case Kind::Name: return nameType(as<Name>(e)->id, s);
    case Kind::BinOp: {
      auto *b = as<BinOp>(e);
      const Type *l = typeOf(b->left, s), *r = typeOf(b->right, s);
      if (!l || !r)
        return nullptr;
      if (l->kind == TypeKind::CppClass)
        return cpp(s).operation(b, symbolOf(b->op), l, b->right);
      if (r->kind == TypeKind::CppClass)
        if (const Type *result = cpp(s).operationRight(b, symbolOf(b->op), b->left, r))
          return result;
      adoptLiteralTypes(b->left, l, b->right, r);
      if (b->op == BinOpKind::Div && t_.moduleDirectives.languageLevel == 2 && l->isObject() && r->isObject()) {
        // language_level=2 folds `7 / 2` as C integers: 3.
        const Type *ll = literalType(b->left), *rl = literalType(b->right);
        if (ll && rl && ll->isIntegral() && rl->isIntegral())
          l = ll, r = rl;
      }
      if (l->isObject() || r->isObject())
        return object;
      if (b->op == BinOpKind::Pow)
        return power(l, r, b->right);
      return arithmetic(b->op, l, r);
    }
    default: return typeOfOther(e, s);
    }
  }

  // Where one operand is C and the other a literal, the literal becomes C;
  // a one-character string beside a C integer is a char (`c == 'a'`).
  void adoptLiteralTypes(const Expr *le, const Type *&l, const Expr *re, const Type *&r) {
    if (l->isObject() && r->kind == TypeKind::Int && Typing::characterLiteral(le))
      l = t_.types.byName("char");
    if (r->isObject() && l->kind == TypeKind::Int && Typing::characterLiteral(re))
      r = t_.types.byName("char");
    auto cOperand = [](const Type *t) {
      return t->isNumeric() || t->kind == TypeKind::Pointer || t->kind == TypeKind::Array;
    };
    if (l->isObject() && !r->isObject() && cOperand(r))
      if (const Type *lit = literalType(le))
        l = lit;
    if (r->isObject() && !l->isObject() && cOperand(l))
      if (const Type *lit = literalType(re))
        r = lit;
  }

public:
  // The C type of a numeric literal (Cython's: long for ints within 32
  // bits, double, bint), or null.
  const Type *literalType(const Expr *e) {
    if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub &&
        as<UnaryOp>(e)->operand->kind == Kind::Constant) {
      e = as<UnaryOp>(e)->operand;
      if (as<Constant>(e)->ck == ConstKind::True || as<Constant>(e)->ck == ConstKind::False)
        return t_.types.byName("int"); // -True is the int -1
    }
    if (e->kind != Kind::Constant)
      return nullptr;
    {
      auto *c = as<Constant>(e);
      if (c->ck == ConstKind::Float)
        return t_.types.cDouble();
      if (c->ck == ConstKind::Complex)
        return t_.types.complexOf(t_.types.cDouble());
      if (c->ck == ConstKind::True || c->ck == ConstKind::False)
        return t_.types.bint();
      if (c->ck == ConstKind::Int) {
        auto v = intLiteral(e);
        if (!v)
          return nullptr;
        if (!c->suffix.empty()) {
          bool u = c->suffix.find_first_of("uU") != std::string_view::npos;
          size_t ls = std::count_if(c->suffix.begin(), c->suffix.end(), [](char ch) { return ch == 'l' || ch == 'L'; });
          return t_.types.byName(std::string(u ? "unsigned " : "") + (ls >= 2 ? "long long" : ls ? "long" : "int"));
        }
        return *v >= -(1LL << 31) && *v < (1LL << 31) ? t_.types.cLong() : nullptr;
      }
      return nullptr;
    }
  }

private:
  const Type *typeOfOther(const Expr *e, const Scope *s) {
    const Type *object = t_.types.object();
    switch (e->kind) {
    case Kind::UnaryOp: {
      auto *u = as<UnaryOp>(e);
      const Type *ty = typeOf(u->operand, s);
      if (ty && ty->kind == TypeKind::CppClass && u->op != UnaryOpKind::Not)
        return cpp(s).operation(u, u->op == UnaryOpKind::USub ? "unary -" : u->op == UnaryOpKind::UAdd ? "unary +" : "unary ~",
                                ty, nullptr);
      if (u->op == UnaryOpKind::Not) // always a bool (Cython: bint), from the operand's truth
        return ty ? t_.types.bint() : nullptr;
      if (!ty || ty->isObject())
        return ty;
      if (!ty->isNumeric() ||
          (u->op == UnaryOpKind::Invert && (ty->kind == TypeKind::Float || ty->kind == TypeKind::Complex)))
        return object;
      if (ty->kind == TypeKind::Bint || !ty->pythonEnum.empty())
        return t_.types.byName("int");
      // C's integer promotion, as Cython types it: at least an int (`-s` of a short is an int).
      return ty->kind == TypeKind::Int ? t_.types.widest(ty, t_.types.byName("int")) : ty;
    }
    case Kind::Compare: {
      auto *c = as<Compare>(e);
      const Type *l = typeOf(c->left, s);
      if (!l)
        return nullptr;
      if (l->kind == TypeKind::CppClass && c->ops.size() == 1) {
        if (!typeOf(c->comparators[0], s))
          return nullptr;
        return cpp(s).operation(c, symbolOf(c->ops[0]), l, c->comparators[0]);
      }
      bool allC = !l->isObject();
      if (Typing::characterLiteral(c->left)) // b'0' <= c: the character's C value
        if (const Type *first = typeOf(c->comparators[0], s); first && first->kind == TypeKind::Int)
          allC = true;
      for (size_t i = 0; i < c->comparators.size(); ++i) {
        const Type *r = typeOf(c->comparators[i], s);
        if (!r)
          return nullptr;
        adoptLiteralTypes(i == 0 ? c->left : c->comparators[i - 1], l, c->comparators[i], r);
        CmpOpKind op = c->ops[i];
        bool identity = op == CmpOpKind::Is || op == CmpOpKind::IsNot;
        bool ordering = op != CmpOpKind::In && op != CmpOpKind::NotIn && !identity;
        if ((l->kind == TypeKind::Complex || r->kind == TypeKind::Complex) && op != CmpOpKind::Eq &&
            op != CmpOpKind::NotEq)
          ordering = false; // complex numbers have no order: Python's TypeError
        auto addressLike = [](const Type *t) { return t->kind == TypeKind::Pointer || t->kind == TypeKind::Function; };
        allC = allC && !r->isObject() &&
               ((ordering && l->isNumeric() && r->isNumeric()) ||
                ((ordering || identity) && addressLike(l) && addressLike(r)));
        l = r;
      }
      return allC ? t_.types.bint() : object;
    }
    case Kind::BoolOp: {
      const Type *span = nullptr;
      for (const Expr *v : as<BoolOp>(e)->values) {
        const Type *ty = typeOf(v, s);
        if (!ty)
          return nullptr;
        if ((!ty->isNumeric() && ty->kind != TypeKind::Pointer) || (span && span != ty))
          return object; // Python returns an operand as it is: mixed types stay objects
        span = ty;
      }
      return span;
    }
    case Kind::IfExp: {
      auto *i = as<IfExp>(e);
      const Type *a = typeOf(i->body, s), *b = typeOf(i->orelse, s);
      if (!a || !b)
        return nullptr;
      adoptLiteralTypes(i->body, a, i->orelse, b); // `n if c else 0`: a C value
      if (a->isObject() && b->isObject()) // `1 if c else 0`: C, as Cython types it
        if (const Type *la = literalType(i->body); la && la == literalType(i->orelse))
          return la;
      if (a == b)
        return a;
      // Two C functions of one signature (`floor if down else ceil`): either
      // one, which a call calls in C.
      if (a->kind == TypeKind::Function && b->kind == TypeKind::Function && sameCType(a, b) && a->nogil == b->nogil &&
          a->except == b->except && a->exceptValue == b->exceptValue)
        return a;
      // C arrays decay to pointers (`self.shape if nd else NULL`); NULL
      // takes the other pointer's type.
      auto decayed = [&](const Type *t) { return t->kind == TypeKind::Array ? t_.types.pointer(t->target) : t; };
      if (const Type *pa = decayed(a), *pb = decayed(b); pa->kind == TypeKind::Pointer && pb->kind == TypeKind::Pointer)
        return pa->target->kind == TypeKind::Void ? pb : pa;
      return a->isNumeric() && b->isNumeric() ? t_.types.widest(a, b) : object;
    }
    case Kind::Call: {
      auto *c = as<Call>(e);
      std::string_view cf = decl_.cythonFunction(c->func);
      if (cf == "sizeof") {
        if (c->args.size() == 1)
          if (const Type *ty = decl_.typeFromExpr(c->args[0]))
            t_.typeExprs[c->args[0]] = ty;
        return t_.types.byName("size_t");
      }
      if ((cf == "cast" || cf == "declare") && !c->args.empty()) {
        if (const Type *ty = decl_.typeFromExpr(c->args[0])) {
          t_.typeExprs[c->args[0]] = ty; // the lowering refuses casts to what is no type
          return ty;
        }
      }
      if (cf == "parallel.threadid")
        return t_.types.byName("int"); // 0: prange and parallel() run serially
      if (cf == "address" && c->args.size() == 1) {
        const Type *ty = typeOf(c->args[0], s);
        return ty ? t_.types.pointer(ty) : nullptr;
      }
      if (std::string op = cythonPath(t_, c->func); op.starts_with("operator."))
        return cythonOperator(c, op.substr(9), s);
      if (const CSymbol *f = fusedSpecialisation(c, s)) {
        t_.calls[c] = f;
        return f->type->target;
      }
      if (c->func->kind == Kind::Attribute) { // obj.f(), ptr.f(), C.f() of a C++ class
        const Expr *receiver = as<Attribute>(c->func)->value;
        const Type *cls = cppClassNamed(receiver, s);
        if (cls) // `vector[int].const_iterator(it)`: a nested class's constructor
          if (auto nested = cls->cpp->types.find(as<Attribute>(c->func)->attr); nested != cls->cpp->types.end())
            if (const Type *inner = t_.types.memberType(cls, nested->second); inner->kind == TypeKind::CppClass) {
              t_.typeExprs[c->func] = inner;
              return cpp(s).constructorCall(c, inner);
            }
        const Type *rt = cls ? cls : typeOf(receiver, s);
        if (!rt)
          return nullptr;
        if (cls && receiver->kind == Kind::Subscript)
          t_.typeExprs[receiver] = cls; // `numeric_limits[double].max()`: its names are types
        if (!cls && cppString(rt) && as<Attribute>(c->func)->attr == "decode")
          return object; // `s.decode(...)`: the bytes it converts to, decoded
        if (const Type *result = cpp(s).methodCall(c, rt, cls != nullptr, cls && memberFunctionOf(cls, s)))
          return result;
      }
      if (c->func->kind == Kind::Subscript && as<Subscript>(c->func)->value->kind == Kind::Attribute)
        if (const Type *result = memberTemplateCall(c, s)) // `a.emplace[double](3.5)`
          return result;
      if (c->func->kind == Kind::Subscript) // `make_shared[int](5)`: a function template's arguments given
        if (const CSymbol *f = calledFunction(as<Subscript>(c->func)->value, s); f && !f->templateParams.empty()) {
          const Subscript *sub = as<Subscript>(c->func);
          std::optional<std::vector<const Type *>> given = templateArguments(sub);
          if (given && given->size() <= f->templateParams.size()) {
            const std::vector<const Type *> &args = *given;
            t_.typeExprs[sub] = t_.types.voidType(); // (its names are types)
            std::vector<std::string> rest(f->templateParams.begin() + args.size(), f->templateParams.end());
            const Type *fn = t_.types.substitute(f->type, f->templateParams, args);
            if (!rest.empty()) { // the others deduced from the arguments
              for (const Expr *a : c->args)
                if (!typeOf(a, s))
                  return nullptr;
              CSymbol partial = *f;
              partial.type = fn;
              partial.templateParams = rest;
              partial.overloads.clear();
              const CSymbol *chosen = cpp(s).functionCall(c, &partial);
              if (!chosen)
                return t_.types.error();
              fn = chosen->type;
            }
            CSymbol &called = t_.cppSymbols.emplace_back(*t_.cppSymbol(CSymbol::Cpp::None, nullptr, f->cname, fn));
            called.explicitTemplateArgs = args;
            t_.calls[c] = &called;
            return fn->target;
          }
        }
      if (const Type *cls = cppClassNamed(c->func, s)) {
        t_.typeExprs[c->func] = cls; // (a type, not a value: `vector[double]`)
        return cpp(s).constructorCall(c, cls);
      }
      if (c->func->kind == Kind::Name || c->func->kind == Kind::Attribute || c->func->kind == Kind::Subscript)
        if (const Type *callee = typeOf(c->func, s); callee && callee->kind == TypeKind::CppClass) { // `gen()`
          for (const Expr *a : c->args)
            if (!typeOf(a, s))
              return nullptr;
          if (const Type *result = cpp(s).callOperator(c, callee))
            return result;
        }
      if (const CSymbol *f = calledFunction(c->func, s)) {
        if (!f->overloads.empty() || !f->templateParams.empty()) { // C++ overloads, a function template
          for (const Expr *a : c->args)
            if (!typeOf(a, s))
              return nullptr;
          f = cpp(s).functionCall(c, f);
          if (!f)
            return t_.types.error();
        }
        t_.calls[c] = f;
        useInline(f);
        return f->type->target;
      }
      if (const Type *cls = extensionClass(c->func, s))
        return cls; // calling a cdef class makes an instance of it
      if (c->func->kind == Kind::Attribute && as<Attribute>(c->func)->attr == "conjugate" && c->args.empty() &&
          c->keywords.empty()) {
        const Type *base = typeOf(as<Attribute>(c->func)->value, s);
        if (!base)
          return nullptr;
        if (base->kind == TypeKind::Complex)
          return base;
      }
      if (c->func->kind == Kind::Name && !scopes_.module()->assigned.count(std::string(as<Name>(c->func)->id)))
        if (const Type *st = t_.types.byName(as<Name>(c->func)->id); st && st->kind == TypeKind::Struct)
          return st; // a struct literal: Point(1, 2), Point(x=1, y=2)
      if (const Type *ft = typeOf(c->func, s)) {
        if (ft->kind == TypeKind::Pointer && ft->target->kind == TypeKind::Function)
          return ft->target->target;
        if (ft->kind == TypeKind::Function)
          return ft->target;
      }
      if (c->func->kind == Kind::Name && !scopes_.module()->assigned.count(std::string(as<Name>(c->func)->id)) &&
          s->binding(as<Name>(c->func)->id) == Binding::Global && c->keywords.empty() && c->args.size() == 1) {
        std::string_view fn = as<Name>(c->func)->id;
        if (fn == "len" && c->args[0]->kind != Kind::Starred)
          return t_.types.byName("Py_ssize_t");
        if (fn == "abs") {
          const Type *ty = typeOf(c->args[0], s);
          if (ty && ty->kind == TypeKind::Complex)
            return ty->target; // the modulus
          return ty && ty->isNumeric() ? (ty->kind == TypeKind::Bint ? t_.types.byName("int") : ty) : ty ? object : nullptr;
        }
      }
      return object;
    }
    case Kind::Cast: return decl_.resolve(as<Cast>(e)->type, t_.module, file_);
    case Kind::New: {
      const Type *cls = decl_.resolve(as<New>(e)->type, t_.module, file_);
      for (const Expr *a : as<New>(e)->args)
        if (!typeOf(a, s))
          return nullptr;
      return cls->kind == TypeKind::Error ? cls : cpp(s).newExpression(as<New>(e), cls);
    }
    case Kind::SizeOf:
      if (as<SizeOf>(e)->operand->kind == Kind::TypeExpr)
        decl_.resolve(as<TypeExpr>(as<SizeOf>(e)->operand)->type, t_.module, file_);
      else if (as<SizeOf>(e)->operand->kind == Kind::Name &&
               t_.types.byName(as<Name>(as<SizeOf>(e)->operand)->id) && !t_.symbol(as<Name>(as<SizeOf>(e)->operand)->id, s))
        t_.typeExprs[static_cast<const Expr *>(as<SizeOf>(e)->operand)] =
            t_.types.byName(as<Name>(as<SizeOf>(e)->operand)->id); // sizeof(MyStruct)
      else if (auto *sub = as<SizeOf>(e)->operand->kind == Kind::Subscript ? as<Subscript>(as<SizeOf>(e)->operand) : nullptr;
               sub && sub->value->kind == Kind::Name && !t_.symbol(as<Name>(sub->value)->id, s) &&
               decl_.typeFromExpr(sub))
        t_.typeExprs[sub] = decl_.typeFromExpr(sub); // sizeof(Spam[5]): an array type
      else if (isExpr(as<SizeOf>(e)->operand->kind))
        typeOf(static_cast<const Expr *>(as<SizeOf>(e)->operand), s);
      return t_.types.byName("size_t");
    case Kind::AddressOf: {
      const Expr *operand = as<AddressOf>(e)->operand;
      const Type *ty = typeOf(operand, s);
      if (operand->kind == Kind::Name) // &f of a cpdef function (whose name is its Python function): the C function
        if (const CSymbol *f = t_.symbol(as<Name>(operand)->id, s); f && f->kind == CSymbol::Kind::Function && f->type)
          return t_.types.pointer(f->type);
      return ty ? t_.types.pointer(ty) : nullptr;
    }
    case Kind::Subscript: {
      auto *sub = as<Subscript>(e);
      const Type *base = typeOf(sub->value, s);
      if (!base)
        return nullptr;
      if (cppString(base) && sub->slice->kind == Kind::Slice)
        return object; // `s[1:3]` of a std::string: the bytes it converts to, sliced
      if (base->kind == TypeKind::CppClass)
        return cpp(s).operation(sub, "[]", base, sub->slice);
      if ((base->kind == TypeKind::Pointer || base->kind == TypeKind::Array) && sub->slice->kind != Kind::Slice)
        return base->target;
      if ((base->kind == TypeKind::Pointer || base->kind == TypeKind::Array) && sub->ctx == Ctx::Store)
        return sliceTarget(base, as<Slice>(sub->slice), s);
      if (base->kind == TypeKind::MemoryView && isElementIndex(sub->slice, int(base->length)))
        return base->target;
      // np.ndarray[double, ndim=2] a: a[i, j] with C integers i and j is a
      // double in its buffer (other indices index the object, as in Cython).
      if (base->buffer && isElementIndex(sub->slice, int(base->length))) {
        bool cIndices = true;
        auto isCInteger = [&](const Expr *i) {
          if (Typing::constantInt(i))
            return true; // a literal: a C integer here
          const Type *it = typeOf(i, s);
          return it && it->isIntegral();
        };
        if (sub->slice->kind == Kind::Tuple) {
          for (const Expr *i : as<Sequence>(sub->slice)->elts)
            cIndices = cIndices && isCInteger(i);
        } else {
          cIndices = isCInteger(sub->slice);
        }
        if (cIndices)
          return base->target;
      }
      return object;
    }
    case Kind::Attribute: {
      auto *a = as<Attribute>(e);
      if (decl_.cythonFunction(a) == "NULL")
        return t_.types.pointer(t_.types.voidType()); // pure mode's cython.NULL
      {
        const Type *base = typeOf(a->value, s);
        if (!base)
          return nullptr;
        if (base->kind == TypeKind::Complex && (a->attr == "real" || a->attr == "imag"))
          return base->target;
        if (const Type *field = cpp(s).field(a, base))
          return field;
        if (base->kind == TypeKind::Pointer)
          base = base->target;
        if (base->kind == TypeKind::Struct)
          for (const Param &field : base->params)
            if (field.name == a->attr)
              return field.type;
        if (base->extension) {
          if (const ExtensionType::Attribute *field = base->extension->attribute(a->attr))
            return field->type;
          if (const ExtensionType::Method *getter = base->extension->property(a->attr);
              getter && a->ctx == Ctx::Load) {
            t_.propertyGetters[a] = getter->symbol;
            useInline(getter->symbol);
            return getter->signature->target;
          }
        }
      }
      if (a->attr == "shape" || a->attr == "strides") {
        const Type *base = typeOf(a->value, s);
        if (!base)
          return nullptr;
        if (base->kind == TypeKind::MemoryView)
          return t_.types.array(t_.types.byName("Py_ssize_t"), base->length);
      }
      // `E.E1`: an item of the C enum E, through the enum's name (items of
      // cpdef enums are the Python class's attributes).
      if (a->value->kind == Kind::Name && t_.types.byName(as<Name>(a->value)->id) &&
          !t_.symbol(as<Name>(a->value)->id, s) && !scopes_.module()->assigned.count(std::string(as<Name>(a->value)->id))) {
        if (const CSymbol *item = t_.symbol(a->attr, s); item && item->kind == CSymbol::Kind::Variable && item->value) {
          t_.members[a] = item;
          return item->type;
        }
        // A C++ enum class's item (declarations.h names it "Enum.Item").
        std::string scoped = std::string(as<Name>(a->value)->id) + "." + std::string(a->attr);
        if (const CSymbol *item = t_.symbol(scoped, s); item && item->kind == CSymbol::Kind::Variable) {
          t_.members[a] = item;
          return item->type;
        }
      }
      if (decl_.cythonFunction(a) == "compiled" && options_.inferLocals)
        return t_.types.bint(); // .pyx; pure-Python mode reads it at run time
      if (const CModule *m = moduleOf(a->value, s)) {
        auto it = m->symbols.find(std::string(a->attr));
        if (it != m->symbols.end() && it->second.kind != CSymbol::Kind::Module) {
          t_.members[a] = &it->second;
          if (it->second.kind == CSymbol::Kind::Function)
            useInline(&it->second); // its value, or a call of it

          return it->second.type;
        }
      }
      return object;
    }
    default: return object;
    }
  }
};

} // namespace

std::unique_ptr<Typing> typeModule(const Module *module, SourceFile &file, ScopeTable &scopes,
                                   const TypeOptions &options, DiagnosticEngine &diags) {
  auto typing = std::make_unique<Typing>();
  typing->cplusplus = options.cplusplus;
  typing->fused = options.fused;
  Typer(*typing, file, scopes, options, diags).run(module);
  typing->nonRaising = nonRaisingFunctions(*typing, scopes);
  return typing;
}

} // namespace pyxc::sema
