// Lowering, sema's last pass: the typed AST and its scopes to an ir::Module.
// It names every function and C global once, desugars what the printer
// used to build itself (cpdef and extern cpdef wrappers, prange's nogil
// block), plans C range loops, and reports the function-level constructs
// the printers cannot handle yet.
#include "ir/ir.h"
#include "ir/c_calls.h"
#include "ir/object_calls.h"
#include "sema/cpp_types.h"
#include "ir/function_values.h"
#include "ir/test_dict.h"

#include "frontend/ast_fields.h"
#include "frontend/unicode.h"
#include "sema/builtins.h"
#include "sema/c_checks.h"
#include "sema/value_contexts.h"
#include "sema/loops.h"
#include "sema/nogil.h"
#include "sema/signatures.h"
#include "sema/store_checks.h"
#include "sema/syntax_checks.h"

#include <fmt/format.h>

#include <algorithm>

#include <cmath>
#include <filesystem>
#include <functional>
#include <set>

namespace pyxc::ir {

using namespace ast;
using sema::Binding;
using sema::Scope;
using sema::ScopeKind;
using sema::Type;
using sema::TypeKind;

namespace {

class Lowering {
public:
  Lowering(Module &out, const SourceFile &file, const sema::ScopeTable &scopes, const sema::Typing &typing,
           bool cython, DiagnosticEngine &diags)
      : m_(out), file_(file), scopes_(scopes), t_(typing), cython_(cython), diags_(diags),
        checks_(file, typing, cython, diags) {}

  void run(const ast::Module *module) {
    const Scope *top = scopes_.module();
    add(FunctionKind::Module, module, top)->cName = "module_body";
    m_.names.reserve("module_body");
    nameGlobals();
    collectModuleNames(top);
    collectClassNames(module);
    m_.usesComplex = usesComplex();
    m_.usesCpp = t_.cppClassesDeclared || t_.cplusplus;
    m_.usesGenerators = usesGenerators(scopes_.module());
    externWrappers(module);
    planClasses(module);
    m_.testDict = testDict(module, file_, scopes_, t_);
    for (const Stmt *s : module->body)
      walk(s, top);
    m_.usesOpenMP = usesOpenMP_ || cimportsOpenmp();
    m_.importsNumpyArray = cimportsNumpy() && !callsImportArray_;
    if (m_.importsNumpyArray)
      for (const Stmt *s : module->body)
        if (s->kind == Kind::CImport)
          for (const Alias *a : as<CImport>(s)->names)
            if (a->name == "numpy")
              diags_.report(DiagId::NumpyImportArrayAdded, file_, a->range.begin);
    // The cimported .pxd files' inline functions it calls: its own copies.
    for (const sema::CSymbol *f : t_.inlined)
      if (const Scope *inner = scopes_.scopeOf(f->def)) {
        compiledFunction(f->def, f->def->name, inner->parent, false);
        if (const Function *entry = m_.function(f->def, FunctionKind::CFunction))
          m_.inlined.push_back(entry);
      }
    // Where values convert: C functions used as objects get their wrappers,
    // conversions to C types their plans.
    std::map<const Node *, const Type *> cFunctions; // their return values convert to their result types
    for (const auto &f : m_.functions)
      if (f->kind == FunctionKind::CFunction)
        cFunctions.emplace(f->node, f->symbol->type);
    sema::ValueContexts contexts = sema::valueContexts(module, t_, &cFunctions);
    functionObjects(contexts.toObjects);
    for (const auto &[e, want] : contexts.toC)
      convert(e, want);
    // Calls and pointers of compiled functions this module does not define
    // (inline functions of a .pxd it could not compile).
    std::set<uint32_t> reported; // a call and its callee's name: one error
    for (const auto &[at, sym] : cUses_)
      if (!m_.cEntry(sym) && reported.insert(at->range.begin.offset).second)
        unsupported(at, "a cdef function defined in a .pxd file");
  }

private:
  Module &m_;
  const SourceFile &file_;
  const sema::ScopeTable &scopes_;
  const sema::Typing &t_;
  bool cython_;
  DiagnosticEngine &diags_;
  sema::StoreChecks checks_; // Cython's checks of values stored in C targets
  std::set<std::string, std::less<>> moduleNames_; // bound at module level, or by `global` in a function
  std::set<const Node *> noDefinitionNeeded_;              // annotation expressions: their names need no definition
  int inAnnotation_ = 0;
  std::vector<sema::Directives> withStack_; // directive blocks around the code being walked, in its function
  std::vector<std::pair<const Node *, const sema::CSymbol *>> cUses_; // uses of compiled C functions
  bool callsImportArray_ = false; // numpy's import_array() is called somewhere
  bool nogil_ = false;     // the code being walked runs without the GIL
  bool usesOpenMP_ = false; // some prange runs in parallel
  bool inParallelBlock_ = false; // walking a parallel() block that runs in parallel

  static std::string_view defName(const sema::CSymbol *f) { return f->def ? f->def->name : f->pureDef->name; }

  Function *add(FunctionKind kind, const Node *node, const Scope *scope, const sema::CSymbol *symbol = nullptr) {
    auto f = std::make_unique<Function>();
    f->kind = kind;
    f->node = node;
    f->scope = scope;
    f->symbol = symbol;
    if (kind != FunctionKind::Module) {
      // C entries are named after the C function, the others after their
      // qualname; a key per function keeps redefinitions apart.
      std::string name = kind == FunctionKind::CFunction && !(symbol && symbol->owner)
                             ? scope->name
                             : spelledQualname(scope->qualname);
      f->cName = m_.names.get(prefixOf(kind), name, f.get());
    }
    m_.byNode[node].push_back(f.get());
    m_.functions.push_back(std::move(f));
    return m_.functions.back().get();
  }

  // A qualname without its `<locals>`, `<lambda>` and `<genexpr>` parts
  // (the kind's prefix says what the function is): `f.<locals>.g` -> `f.g`.
  static std::string spelledQualname(std::string_view qualname) {
    std::string out;
    for (size_t at = 0; at <= qualname.size();) {
      size_t dot = qualname.find('.', at);
      std::string_view part = qualname.substr(at, dot == std::string_view::npos ? std::string_view::npos : dot - at);
      if (!part.empty() && part.front() != '<')
        out += (out.empty() ? "" : ".") + std::string(part);
      if (dot == std::string_view::npos)
        break;
      at = dot + 1;
    }
    return out;
  }

  void unsupported(const Node *at, std::string_view what) {
    diags_.report(DiagId::NotSupportedYet, file_, at->range.begin, what);
  }

  // Annotations are kept as strings in Cython code: the names in them need
  // no definition.
  void noteAnnotations(const Node *n) {
    auto args = [&](const Arguments *a) {
      for (auto list : {a->posonlyargs, a->args, a->kwonlyargs})
        for (const Arg *arg : list)
          if (arg->annotation)
            noDefinitionNeeded_.insert(arg->annotation);
      for (const Arg *arg : {a->vararg, a->kwarg})
        if (arg && arg->annotation)
          noDefinitionNeeded_.insert(arg->annotation);
    };
    if (n->kind == Kind::FunctionDef || n->kind == Kind::AsyncFunctionDef) {
      args(as<FunctionDef>(n)->args);
      if (as<FunctionDef>(n)->returns)
        noDefinitionNeeded_.insert(as<FunctionDef>(n)->returns);
    } else if (n->kind == Kind::Lambda) {
      args(as<Lambda>(n)->args);
    } else if (n->kind == Kind::AnnAssign) {
      noDefinitionNeeded_.insert(as<AnnAssign>(n)->annotation);
    }
  }

  // Names the module binds: at module level, and in functions through
  // `global` declarations.
  void collectModuleNames(const Scope *s) {
    for (const std::string &n : s->assigned)
      if (s->kind == ScopeKind::Module || s->binding(n) == Binding::Global)
        moduleNames_.insert(n);
    for (const Scope *c : s->children)
      collectModuleNames(c);
  }

  // cdef classes and C++ classes, which the typer does not declare yet.
  void collectClassNames(const Node *n) {
    if (n->kind == Kind::CClassDef)
      moduleNames_.insert(std::string(as<CClassDef>(n)->name));
    else if (n->kind == Kind::CppClassDef)
      moduleNames_.insert(std::string(as<CppClassDef>(n)->name));
    else if (n->kind == Kind::CDeclBlock || n->kind == Kind::CExternBlock || n->kind == Kind::CompileTimeIf ||
             n->kind == Kind::Module)
      forEachChild(n, [&](const Node *c) { collectClassNames(c); });
  }

  // Cython rejects a name that nothing defines and that is no builtin
  // (Python would raise NameError when the line runs).
  void checkDeclared(const Name *n, const Scope *scope) {
    if (t_.typeExpression(n))
      return; // a C type where a type is meant (`typeid(double)`)
    std::string_view id = n->id;
    while (scope->kind == ScopeKind::Comprehension && scope->binding(id) == Binding::Enclosing && scope->parent)
      scope = scope->parent;
    Binding b = scope->binding(id);
    if (b == Binding::ClassLocal && scope->assigned.count(std::string(id)))
      return;
    if (b != Binding::Global && b != Binding::ClassLocal)
      return;
    // A declared type is a value where it makes one (a struct's literal,
    // a cdef class, an enum's items, a typedef in sizeof); the C numbers
    // every module has are none, as in Cython.
    bool typeValue = t_.types.byName(id) && !t_.types.isPrimitiveName(id);
    if (moduleNames_.count(id) || scopes_.module()->hasImportStar || sema::isBuiltinName(id) || t_.symbol(id, scope) ||
        t_.compileTime.lookup(id) || typeValue || id == t_.cythonName ||
        t_.cythonAliases.count(std::string(id)) || id == "NULL" || t_.fusedGroup(id))
      return;
    diags_.report(DiagId::UndeclaredName, file_, n->range.begin, id);
  }

  static bool usesGenerators(const sema::Scope *s) {
    if (s->isGenerator || s->isCoroutine)
      return true;
    for (const sema::Scope *child : s->children)
      if (usesGenerators(child))
        return true;
    return false;
  }

  // Whether a complex type appears in any C value, variable, function or
  // struct of the module (through pointers, arrays and fields too).
  bool usesComplex() const {
    std::set<const Type *> seen;
    std::function<bool(const Type *)> mentions = [&](const Type *t) {
      if (!t || !seen.insert(t).second)
        return false;
      if (t->kind == TypeKind::Complex)
        return true;
      if (mentions(t->target))
        return true;
      for (const sema::Param &p : t->params)
        if (mentions(p.type))
          return true;
      return false;
    };
    for (const auto &[e, t] : t_.exprTypes)
      if (mentions(t))
        return true;
    for (const auto &[n, t] : t_.ctypes)
      if (mentions(t))
        return true;
    for (const auto &[s, vars] : t_.locals)
      for (const auto &[name, t] : vars)
        if (mentions(t))
          return true;
    for (const auto &[name, sym] : t_.module.symbols)
      if (mentions(sym.type))
        return true;
    for (const Type *st : t_.structs)
      if (mentions(st))
        return true;
    return false;
  }

  // The module's cdef variables and cpdef enum classes, in name order.
  void nameGlobals() {
    for (const auto &[name, sym] : t_.module.symbols)
      if (sym.kind == sema::CSymbol::Kind::Variable && !sym.external && !sym.value && !sym.type->isObject())
        m_.globals.emplace(name, m_.names.get("mg_", name));
    for (const auto &e : t_.pythonEnums)
      m_.enumClasses.emplace(e.name, m_.names.get("pyEnum_", e.name));
  }

  // Pre-order over the definitions, in source order, as the printer meets
  // them; only the compile-time IF branch that compiles is walked.
  void walk(const Node *n, const Scope *scope) {
    if (n->kind == Kind::Subscript && t_.typeExpression(as<Subscript>(n)) &&
        (t_.typeExpression(as<Subscript>(n))->kind == TypeKind::CppClass ||
         t_.typeExpression(as<Subscript>(n))->kind == TypeKind::Void))
      return; // `vector[double](...)`, `make_shared[int](...)`: names of types
    if (noDefinitionNeeded_.count(n)) {
      ++inAnnotation_;
      noDefinitionNeeded_.erase(n);
      walk(n, scope);
      --inAnnotation_;
      return;
    }
    noteAnnotations(n);
    switch (n->kind) { // truth tests of C++ values: their `operator bool`
    case Kind::If: checkTruth(as<If>(n)->test); break;
    case Kind::While: checkTruth(as<While>(n)->test); break;
    case Kind::Assert: checkTruth(as<Assert>(n)->test); break;
    case Kind::IfExp: checkTruth(as<IfExp>(n)->test); break;
    case Kind::UnaryOp:
      if (as<UnaryOp>(n)->op == UnaryOpKind::Not)
        checkTruth(as<UnaryOp>(n)->operand);
      break;
    default: break;
    }
    switch (n->kind) {
    case Kind::CompileTimeIf: {
      auto *c = as<CompileTimeIf>(n);
      auto taken = t_.compileTimeTests.find(n);
      if (taken != t_.compileTimeTests.end())
        for (const Stmt *s : taken->second ? c->body : c->orelse)
          walk(s, scope);
      return;
    }
    case Kind::CClassDef: extensionClass(as<CClassDef>(n), scope); return;
    case Kind::CppClassDef: cppClass(as<CppClassDef>(n)); return;
    case Kind::CFusedDef: return; // its functions are specialised already (sema/fused.h)
    case Kind::CFunctionDef: {
      auto *f = as<CFunctionDef>(n);
      if (f->hasBody)
        compiledFunction(f, f->name, scope, f->isCpdef);
      return;
    }
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef: {
      auto *f = as<FunctionDef>(n);
      const sema::CSymbol *sym = scope->kind == ScopeKind::Module ? t_.symbol(f->name) : nullptr;
      if (sym && sym->pureDef == f) { // pure-Python mode: @cython.cfunc / @cython.ccall
        compiledFunction(f, f->name, scope, sym->isCpdef);
        return;
      }
      if (sym)
        redeclared(n, f->name, sym);
      break;
    }
    case Kind::ClassDef:
      if (scope->kind == ScopeKind::Module)
        if (const sema::CSymbol *sym = t_.symbol(as<ClassDef>(n)->name))
          redeclared(n, as<ClassDef>(n)->name, sym);
      break;
    case Kind::With:
    case Kind::AsyncWith: withStatement(as<With>(n), scope); return;
    case Kind::GilBlock: {
      // `with nogil:` (`with gil:`) inside: the code runs without (with) the GIL.
      auto *g = as<GilBlock>(n);
      bool active = !g->condition || sema::gilCondition(g->condition, t_).value_or(false);
      if (!active) // `with nogil(False):` changes nothing: its statements run as they stand
        m_.inactiveGilBlocks.insert(g);
      bool outer = nogil_;
      nogil_ = active ? g->nogil : nogil_;
      forEachChild(n, [&](const Node *c) { walk(c, scope); });
      nogil_ = outer;
      return;
    }
    case Kind::For:
      pointerLoop(as<For>(n));
      rangeLoop(as<For>(n), scope);
      break;
    case Kind::Delete:
      // `del p` deletes a C++ object `new` made; other C values cannot be.
      for (const Expr *target : as<Delete>(n)->targets)
        if (const Type *t = t_.typeOf(target); !t->isObject() && t->kind != TypeKind::Error &&
                                               !(t->kind == TypeKind::Pointer && t->target->kind == TypeKind::CppClass))
          diags_.report(t->kind == TypeKind::CppClass ? DiagId::DeleteNonHeapCpp : DiagId::DeleteCValue, file_,
                        target->range.begin);
      break;
    case Kind::Call:
      if (const Expr *fn = as<Call>(n)->func; (fn->kind == Kind::Attribute && as<Attribute>(fn)->attr == "import_array") ||
                                              (fn->kind == Kind::Name && as<Name>(fn)->id == "import_array"))
        callsImportArray_ = true;
      if (const sema::CSymbol *f = t_.calledFunction(as<Call>(n)); f && f->compiled() && !f->external)
        cUses_.emplace_back(n, f);
      cCall(as<Call>(n));
      if (const Expr *fn = as<Call>(n)->func; fn->kind == Kind::Attribute && as<Attribute>(fn)->value->kind == Kind::Name)
        noteKnownObject(as<Name>(as<Attribute>(fn)->value), scope); // the receiver, before its call is resolved
      if (t_.typeOf(as<Call>(n))->isObject())
        m_.objectCalls.emplace(as<Call>(n), resolveObjectCall(as<Call>(n), scope, scopes_, t_, m_));
      if (std::string op = sema::cythonPath(t_, as<Call>(n)->func); op.starts_with("operator."))
        cythonOperator(as<Call>(n), op.substr(9));
      else if (op == "cast" && !as<Call>(n)->args.empty() && !t_.typeExpression(as<Call>(n)->args[0]))
        diags_.report(DiagId::CastTargetUnknown, file_, as<Call>(n)->func->range.begin);
      break;
    case Kind::Name:
      if (cython_ && inAnnotation_ == 0 && as<Name>(n)->ctx == Ctx::Load)
        checkDeclared(as<Name>(n), scope);
      if (as<Name>(n)->ctx == Ctx::Load)
        noteKnownObject(as<Name>(n), scope);
      if (t_.typeOf(as<Name>(n))->kind == TypeKind::Function)
        if (const sema::CSymbol *f = t_.symbol(as<Name>(n)->id, scope); f && f->kind == sema::CSymbol::Kind::Function) {
          if (f->compiled() && !f->external)
            cUses_.emplace_back(n, f);
          importFunction(f);
        }
      break;
    case Kind::Cast: cast(as<Cast>(n)); break;
    case Kind::BinOp:
      if (t_.typeOf(as<BinOp>(n))->isObject())
        objectArithmetic(n, as<BinOp>(n)->op, as<BinOp>(n)->left, as<BinOp>(n)->right);
      else
        cArithmetic(as<BinOp>(n), scope);
      break;
    case Kind::Compare:
      if (const Type *t = t_.typeOf(as<Compare>(n)); t->isObject())
        objectComparison(as<Compare>(n), scope);
      else if (t->kind != TypeKind::Error)
        m_.cComparisons.emplace(as<Compare>(n), sema::planComparison(t_, as<Compare>(n)));
      break;
    case Kind::AugAssign:
      if (t_.typeOf(as<AugAssign>(n)->target)->isObject())
        objectArithmetic(n, as<AugAssign>(n)->op, as<AugAssign>(n)->target, as<AugAssign>(n)->value);
      else
        cArithmetic(as<AugAssign>(n), scope);
      break;
    case Kind::New: break; // (its arguments' conversions: sema/value_contexts.cpp)
    case Kind::ForFrom: forFromLoop(as<ForFrom>(n)); break;
    case Kind::Yield:
    case Kind::YieldFrom:
    case Kind::Await:
      // A cdef function runs to its end in one C call: it cannot suspend.
      if (scope->node && scope->node->kind == Kind::CFunctionDef)
        diags_.report(DiagId::NotSupportedHere, file_, n->range.begin,
                      n->kind == Kind::Await ? "await" : n->kind == Kind::Yield ? "yield" : "yield from");
      break;
    case Kind::Assign:
      for (const Expr *target : as<Assign>(n)->targets) {
        checks_.notEnumItem(target, scope);
        checks_.arrayLiteral(t_.typeOf(target), as<Assign>(n)->value, target);
        checks_.cDerivative(t_.typeOf(target), as<Assign>(n)->value);
        checks_.stringToInt(t_.typeOf(target), as<Assign>(n)->value);
        checks_.unpacking(target, as<Assign>(n)->value);
        stackAllocated(target, scope);
      }
      break;
    case Kind::AnnAssign:
      if (as<AnnAssign>(n)->value) {
        checks_.cDerivative(t_.typeOf(as<AnnAssign>(n)->target), as<AnnAssign>(n)->value);
        checks_.stringToInt(t_.typeOf(as<AnnAssign>(n)->target), as<AnnAssign>(n)->value);
        checks_.arrayLiteral(t_.typeOf(as<AnnAssign>(n)->target), as<AnnAssign>(n)->value, n);
      }
      break;
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(n)->declarators)
        if (const Type *t = t_.resolvedType(d->type);
            t->kind == TypeKind::CppClass && as<CVarDecl>(n)->visibility != Visibility::Extern && !nullaryConstructor(t) &&
            !t_.moduleDirectives.cppLocals) { // (cpp_locals: made when assigned)
          diags_.report(DiagId::NoCppConstructor, file_, d->range.begin);
          stackAllocated_.emplace(scope, std::string(d->name));
        }
      for (const CDeclarator *d : as<CVarDecl>(n)->declarators)
        if (auto it = t_.declarators.find(d); d->value && it != t_.declarators.end()) {
          checks_.cDerivative(t_.typeOf(it->second), d->value);
          checks_.stringToInt(t_.typeOf(it->second), d->value);
          checks_.arrayLiteral(t_.typeOf(it->second), d->value, d->value);
        }
      break;
    case Kind::Attribute:
      if (const sema::CSymbol *sym = t_.moduleMember(as<Attribute>(n));
          sym && sym->kind == sema::CSymbol::Kind::Variable && !sym->external && !sym->value &&
          !m_.globalName(as<Attribute>(n)->attr))
        unsupported(n, "a cdef variable of a cimported module");
      // NumPy's import_array referenced anywhere, called or not (as Cython
      // counts its uses): the module makes no call of its own.
      if (as<Attribute>(n)->attr == "import_array" || as<Attribute>(n)->attr == "_import_array")
        callsImportArray_ = true;
      // A cimported module's function as a value (`<void>numpy.import_array`).
      if (const sema::CSymbol *f = t_.moduleMember(as<Attribute>(n)); f && f->kind == sema::CSymbol::Kind::Function) {
        if (f->compiled() && !f->external)
          cUses_.emplace_back(n, f);
        importFunction(f);
      }
      if (const sema::CSymbol *getter = t_.propertyGetter(as<Attribute>(n)))
        cUses_.emplace_back(n, getter);
      break;
    default: break;
    }
    const Scope *inner = n != scope->node ? scopes_.scopeOf(n) : nullptr;
    // `with cython.x(...)` blocks direct the code of their own function only.
    std::vector<sema::Directives> outerWiths;
    if (inner && inner->kind != ScopeKind::Comprehension)
      outerWiths.swap(withStack_);
    bool outerNogil = nogil_;
    if (inner && inner->kind != ScopeKind::Comprehension)
      nogil_ = false; // a function defined here runs when it is called
    if (inner) {
      if (n->kind == Kind::FunctionDef || n->kind == Kind::AsyncFunctionDef) {
        Function *def = add(FunctionKind::Def, n, inner);
        if (t_.fused)
          if (auto it = t_.fused->copies.find(n); it != t_.fused->copies.end())
            std::tie(def->fusedGroup, def->fused) = it->second;
      }
      else if (n->kind == Kind::Lambda)
        add(FunctionKind::Lambda, n, inner);
      else if (n->kind == Kind::ClassDef)
        add(FunctionKind::Class, n, inner);
      else if (inner->isGenexp)
        add(FunctionKind::GeneratorExpression, n, inner);
      // Other comprehensions run inline in their function.
    }
    if (inner)
      walkScoped(n, scope, inner);
    else
      forEachChild(n, [&](const Node *c) { walk(c, scope); });
    if (inner && inner->kind != ScopeKind::Comprehension)
      withStack_.swap(outerWiths);
    nogil_ = outerNogil;
  }

  // The children of a node with a scope of its own, each in the scope it is
  // evaluated in: defaults, decorators, bases and a comprehension's first
  // iterable in the enclosing one, the rest in the node's (in CPython's
  // field order).
  void walkScoped(const Node *n, const Scope *outer, const Scope *inner) {
    auto in = [&](const Node *c, const Scope *s) {
      if (c)
        walk(c, s);
    };
    auto defaults = [&](const Arguments *a) {
      for (auto list : {a->posonlyargs, a->args, a->kwonlyargs})
        for (const Arg *arg : list)
          in(arg->annotation, outer);
      for (const Arg *arg : {a->vararg, a->kwarg})
        if (arg)
          in(arg->annotation, outer);
      for (const Expr *d : a->kwDefaults)
        in(d, outer);
      for (const Expr *d : a->defaults)
        in(d, outer);
    };
    switch (n->kind) {
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef: {
      auto *f = as<FunctionDef>(n);
      defaults(f->args);
      for (const Stmt *s : f->body)
        in(s, inner);
      for (const Expr *d : f->decorators)
        in(d, outer);
      in(f->returns, outer);
      return;
    }
    case Kind::Lambda:
      defaults(as<Lambda>(n)->args);
      in(as<Lambda>(n)->body, inner);
      return;
    case Kind::ClassDef: {
      auto *c = as<ClassDef>(n);
      for (const Expr *b : c->bases)
        in(b, outer);
      for (const Keyword *k : c->keywords)
        in(k, outer);
      for (const Stmt *s : c->body)
        in(s, inner);
      for (const Expr *d : c->decorators)
        in(d, outer);
      return;
    }
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp: {
      auto *c = as<Comp>(n);
      in(c->elt, inner);
      in(c->value, inner);
      for (size_t i = 0; i < c->generators.size(); ++i) {
        const Comprehension *g = c->generators[i];
        in(g->target, inner);
        in(g->iter, i == 0 ? outer : inner);
        for (const Expr *cond : g->ifs)
          in(cond, inner);
      }
      return;
    }
    default: forEachChild(n, [&](const Node *c) { walk(c, inner); });
    }
  }

  // A with statement: a block of compiler directives (`with
  // cython.boundscheck(False):`, decided here with its errors), or one of
  // several items, nested (`with a, b:` is `with a: with b:`).
  void withStatement(const With *s, const Scope *scope) {
    // `with nogil, parallel():`: Cython's GIL keywords as items.
    for (const WithItem *item : s->items)
      if (item->contextExpr->kind == Kind::Name &&
          (as<Name>(item->contextExpr)->id == "nogil" || as<Name>(item->contextExpr)->id == "gil"))
        noDefinitionNeeded_.insert(item->contextExpr);
    sema::Directives d = directives(scope);
    bool allDirectives = true;
    for (const WithItem *item : s->items) {
      std::string name, value;
      if (!sema::directiveCall(item->contextExpr, t_.cythonName, name, value)) {
        allDirectives = false;
        break;
      }
    }
    if (allDirectives) {
      for (const WithItem *item : s->items) {
        std::string name, value;
        sema::directiveCall(item->contextExpr, t_.cythonName, name, value);
        if (std::string error = d.set(name, value); !error.empty())
          diags_.report(DiagId::BadDirective, file_, item->range.begin, error);
      }
      m_.directiveBlocks.emplace(s, d);
      withStack_.push_back(d);
      for (const Stmt *st : s->body)
        walk(st, scope);
      withStack_.pop_back();
      return;
    }
    if (s->items.size() == 1 && !s->items[0]->optionalVars) {
      const Expr *context = s->items[0]->contextExpr;
      std::string path = sema::cythonPath(t_, context);
      if (cython_ && context->kind == Kind::Name && (as<Name>(context)->id == "nogil" || as<Name>(context)->id == "gil"))
        path = as<Name>(context)->id; // `with nogil, parallel():` in a .pyx
      if (path == "nogil" || path == "gil") {
        bool outer = nogil_;
        nogil_ = path == "nogil";
        for (const Stmt *st : s->body)
          walk(st, scope);
        nogil_ = outer;
        return;
      }
      if (context->kind == Kind::Call && sema::cythonPath(t_, as<Call>(context)->func) == "parallel.parallel") {
        parallelBlock(s, as<Call>(context), scope);
        return;
      }
    }
    if (s->items.size() > 1) {
      auto *inner = m_.arena.make<With>(*s);
      inner->items = s->items.subspan(1);
      auto *outer = m_.arena.make<With>(*s);
      outer->items = s->items.subspan(0, 1);
      Stmt *body[] = {inner};
      outer->body = m_.arena.copy(std::vector<Stmt *>(body, body + 1));
      m_.nestedWiths.emplace(s, outer);
      walk(outer, scope);
      return;
    }
    forEachChild(s, [&](const Node *c) { walk(c, scope); });
  }

  // The module's cdef classes (their definitions, at module level), planned
  // bases first, whatever their order in the source.
  void planClasses(const ast::Module *module) {
    findFunctoolsNames(module->body);
    std::vector<const CClassDef *> defs;
    std::function<void(std::span<Stmt *const>)> collect = [&](std::span<Stmt *const> body) {
      for (const Stmt *s : body) {
        if (s->kind == Kind::CDeclBlock)
          collect(as<CDeclBlock>(s)->body);
        else if (s->kind == Kind::CClassDef && as<CClassDef>(s)->hasBody)
          defs.push_back(as<CClassDef>(s));
      }
    };
    collect(module->body);
    std::map<const sema::ExtensionType *, const CClassDef *> defOf;
    for (const CClassDef *c : defs)
      if (const Type *t = t_.types.byName(c->name); t && t->extension)
        defOf.emplace(t->extension, c);
    // In the order they were first declared (a forward declaration counts),
    // as Cython creates them; a base before its subclasses.
    std::set<const sema::ExtensionType *> done;
    std::function<void(const sema::ExtensionType *)> plan = [&](const sema::ExtensionType *e) {
      if (e->imported || !done.insert(e).second)
        return;
      if (e->base)
        plan(e->base);
      if (auto it = defOf.find(e); it != defOf.end())
        planClass(it->second);
    };
    std::function<void(const sema::ExtensionType *)> planAll = [&](const sema::ExtensionType *e) {
      if (e->base)
        planAll(e->base);
      if (e->imported && !m_.extensionClass(e))
        planImported(e);
      plan(e);
    };
    for (const sema::ExtensionType *e : t_.extensions)
      planAll(e);
  }

  // Another module's class, as its .pxd declares it.
  void planImported(const sema::ExtensionType *type) {
    auto cls = std::make_unique<ExtensionClass>();
    cls->imported = true;
    cls->type = type;
    cls->base = type->base ? m_.extensionClass(type->base) : nullptr;
    cls->builtinBase = cls->base ? cls->base->builtinBase : type->builtinBase;
    cls->typeObject = m_.names.get("type_", type->module + "." + type->name, type);
    if (type->external) {
      planExternal(*cls);
      m_.classByType[type] = cls.get();
      m_.classes.push_back(std::move(cls));
      return;
    }
    cls->objectStruct = m_.names.get("obj_", type->module + "." + type->name, type);
    bool hasMethods = false;
    for (const sema::ExtensionType *e = type; e; e = e->base)
      for (const sema::ExtensionType::Method &method : e->methods)
        hasMethods = hasMethods || method.inTable();
    if (hasMethods) {
      cls->vtableStruct = m_.names.get("vtab_", type->module + "." + type->name, type);
      cls->holdsVtablePointer = !cls->base || cls->base->vtableStruct.empty();
    }
    for (const sema::ExtensionType::Attribute &a : type->attributes)
      if (a.name == "__dict__" || a.name == "__weakref__")
        (a.name == "__dict__" ? cls->dictField : cls->weakrefField) = m_.names.get("f_", a.name, &a);
      else
        cls->fields.push_back({&a, m_.names.get("f_", a.name, &a)});
    // Its instances hold objects: its type has the cycle collector's slots
    // (a subclass here must have them too).
    cls->gc = (cls->base && cls->base->gc) || !cls->dictField.empty() ||
              std::any_of(cls->fields.begin(), cls->fields.end(),
                          [](const ExtensionClass::Field &f) { return f.attribute->type->isObject(); });
    for (const sema::ExtensionType::Method &method : type->methods) {
      if (!method.inTable())
        continue;
      ExtensionClass::Method planned;
      planned.method = &method;
      const ExtensionClass::Method *inherited = cls->base ? cls->base->method(method.name) : nullptr;
      planned.introduces = !inherited;
      planned.slot = inherited ? inherited->slot : m_.names.get("m_", method.name, &method);
      cls->methods.push_back(planned);
    }
    m_.classByType[type] = cls.get();
    m_.classes.push_back(std::move(cls));
  }

  // Cython's auto_pickle rules: nothing for a class (or base) with its own
  // __reduce__/__reduce_ex__ or under auto_pickle=False; methods that
  // refuse for a __cinit__, an attribute no Python object converts to and
  // back, or a struct attribute without auto_pickle(True). pyxc also
  // refuses char * attributes, which Cython would point into the unpickled
  // state's bytes (freed after unpickling).
  void planPickling(ExtensionClass &cls, const Scope *inner) {
    using AutoPickle = sema::Directives::AutoPickle;
    AutoPickle mode = t_.directivesFor(inner).autoPickle;
    if (mode == AutoPickle::Off)
      return;
    ExtensionClass::Pickling &p = cls.pickling;
    bool cinit = false;
    for (const ExtensionClass *c = &cls; c; c = c->base) {
      for (const ExtensionClass::Field &f : c->fields)
        p.members.push_back({c, &f});
      if (c->def && (specialMethod(c->def, "__reduce__") || specialMethod(c->def, "__reduce_ex__")))
        return;
      cinit = cinit || (c->def && specialMethod(c->def, "__cinit__"));
    }
    std::sort(p.members.begin(), p.members.end(), [](const auto &a, const auto &b) {
      return a.field->attribute->name < b.field->attribute->name;
    });
    std::string unconvertible, structs;
    for (const auto &m : p.members) {
      const Type *t = m.field->attribute->type;
      std::string self = "self." + m.field->attribute->name;
      if (t->kind == TypeKind::Struct)
        structs += (structs.empty() ? "" : ",") + self;
      else if (!t->isObject() && !pickles(t))
        unconvertible += (unconvertible.empty() ? "" : ",") + self;
    }
    p.enabled = true;
    p.unpickleName = "__pyx_unpickle_" + cls.type->name;
    if (cinit)
      p.refusal = "no default __reduce__ due to non-trivial __cinit__";
    else if (!unconvertible.empty())
      p.refusal = unconvertible + " cannot be converted to a Python object for pickling";
    else if (!structs.empty() && mode != AutoPickle::Forced)
      p.refusal = "Pickling of struct members such as " + structs + " must be explicitly requested with @auto_pickle(True)";
  }

  // A C value that converts to a Python object and back (arrays of them to lists).
  static bool pickles(const Type *t) {
    if (t->kind == TypeKind::Array)
      return pickles(t->target);
    if (t->kind == TypeKind::Struct) {
      for (const sema::Param &field : t->params)
        if (!field.type->isObject() && !pickles(field.type))
          return false;
      return true;
    }
    return t->isNumeric();
  }

  // A type a C library defines (`cdef extern class`): its instances are
  // the header's struct, its attributes that struct's members, its type
  // object the header's or imported when the module runs.
  void planExternal(ExtensionClass &cls) {
    const sema::ExtensionType *type = cls.type;
    cls.external = true;
    cls.objectStruct = type->cStruct;
    if (cls.objectStruct.empty()) // `cdef extern class pkg.Name:` outside an extern block: laid out from its attributes
      cls.objectStruct = m_.names.get("obj_", type->module + "." + type->name, type);
    else
      cls.headerStruct = true;
    if (!type->cTypeObject.empty())
      cls.knownTypeObject = "&" + type->cTypeObject;
    else if (type->module == "builtins")
      cls.knownTypeObject = builtinTypeObject(type->name);
    for (const sema::ExtensionType::Attribute &a : type->attributes)
      cls.fields.push_back({&a, cls.headerStruct ? a.cName : m_.names.get("f_", a.name, &a), {}});
  }

  // Builtin types Cython's declarations name without importing them
  // (their names are C types, or the type is not exposed), and the ones
  // CPython's headers give a type object for.
  static std::string builtinTypeObject(std::string_view name) {
    static const std::map<std::string_view, std::string_view> known = {
        {"py_int", "&PyLong_Type"},   {"py_long", "&PyLong_Type"}, {"py_float", "&PyFloat_Type"},
        {"wrapper_descriptor", "&PyWrapperDescr_Type"}};
    auto it = known.find(name);
    return it == known.end() ? std::string() : std::string(it->second);
  }

  // A public attribute's docstring with `embedsignature`: "x: int" on top
  // (Cython gives readonly ones their docstring only).
  std::string attributeDoc(const sema::ExtensionType::Attribute &a, const Scope *inner) const {
    const sema::Directives &d = t_.directivesFor(inner);
    if (!a.writable || !d.embedsignature || d.signatureFormat == sema::Directives::SignatureFormat::Clinic)
      return a.doc;
    return sema::withSignature(sema::attributeSignature(d, a.name, a.type, m_.name), a.doc);
  }

  void planClass(const CClassDef *c) {
    const Type *t = t_.types.byName(c->name);
    if (!c->module.empty() || c->isExternTypedef || !t || !t->extension) {
      unsupported(c, "an extern extension type");
      return;
    }
    if (t_.unsupportedBases.count(c)) {
      unsupported(c->bases[0], "a cdef class whose base is not a cdef class of its module");
      return;
    }
    const sema::ExtensionType *type = t->extension;
    const Scope *inner = scopes_.scopeOf(c);
    auto cls = std::make_unique<ExtensionClass>();
    cls->type = type;
    cls->def = c;
    cls->scope = inner;
    cls->base = type->base ? m_.extensionClass(type->base) : nullptr;
    if (type->base && !cls->base) {
      unsupported(c->bases[0], "a cdef class whose base is not a cdef class of its module");
      return;
    }
    // Another module's class as the base: its table of C methods is
    // imported when the module runs (Cython's `__pyx_vtable__`).
    // (Every imported ancestor's: `Base.f(self)` calls Base's entry there.)
    for (const ExtensionClass *b = cls->base; b && b->imported; b = b->base)
      if (!b->vtableStruct.empty() && b->vtablePointer.empty())
        const_cast<ExtensionClass *>(b)->vtablePointer =
            m_.names.get("vtabptr_", b->type->module + "." + b->type->name, b->type);
    cls->objectStruct = m_.names.get("obj_", c->name, type);
    cls->typeObject = m_.names.get("type_", c->name, type);
    cls->madeByStatement = c->bases.size() > 1 || (cls->base && cls->base->madeByStatement);
    bool hasMethods = false;
    for (const sema::ExtensionType *e = type; e; e = e->base)
      for (const sema::ExtensionType::Method &method : e->methods)
        hasMethods = hasMethods || method.inTable();
    if (hasMethods) {
      cls->vtableStruct = m_.names.get("vtab_", c->name, type);
      cls->vtable = m_.names.get("vtable_", c->name, type);
      cls->holdsVtablePointer = !cls->base || cls->base->vtableStruct.empty();
    }
    cls->builtinBase = cls->base ? cls->base->builtinBase : type->builtinBase;
    static const std::set<std::string, std::less<>> extensible = {"list",  "dict",    "set",      "bytearray",
                                                                  "float", "complex", "Exception", "BaseException"},
                                                     variable = {"str", "unicode"};
    cls->variableSize = variable.count(cls->builtinBase) != 0;
    if (!cls->builtinBase.empty() && !extensible.count(cls->builtinBase) && !cls->variableSize) {
      unsupported(c->bases[0], fmt::format("a cdef class extending '{}'", cls->builtinBase));
      return;
    }
    // list, dict and set instances are tracked by the collector already.
    cls->gc = (cls->base && cls->base->gc) ||
              (!cls->base && (type->builtinBase == "list" || type->builtinBase == "dict" || type->builtinBase == "set" ||
                              type->builtinBase == "Exception" || type->builtinBase == "BaseException"));
    for (const sema::ExtensionType::Attribute &a : type->attributes) {
      if (a.name == "__dict__" || a.name == "__weakref__") {
        (a.name == "__dict__" ? cls->dictField : cls->weakrefField) = m_.names.get("f_", a.name, &a);
        cls->gc = cls->gc || a.name == "__dict__";
        continue;
      }
      cls->fields.push_back({&a, m_.names.get("f_", a.name, &a), attributeDoc(a, inner)});
      if (a.type->isObject())
        cls->gc = true;
      else if (a.type->kind == TypeKind::MemoryView)
        unsupported(c, "a memoryview attribute of a cdef class");
    }
    if (cls->variableSize && (!type->attributes.empty() || !type->methods.empty()))
      unsupported(c, fmt::format("C attributes or C methods in a cdef class extending '{}'", cls->builtinBase));
    for (const sema::ExtensionType::Method &method : type->methods) {
      if (method.isStatic) {
        if (method.cpdef)
          unsupported(c, "a cpdef static method");
        continue; // a plain C function of the class: no table entry
      }
      if (method.bufferSlot) { // the type's buffer slots call it
        (method.name == "__getbuffer__" ? cls->getBuffer : cls->releaseBuffer) = method.symbol;
        continue;
      }
      ExtensionClass::Method planned;
      planned.method = &method;
      const ExtensionClass::Method *inherited = cls->base ? cls->base->method(method.name) : nullptr;
      planned.introduces = !inherited;
      planned.slot = inherited ? inherited->slot : m_.names.get("m_", method.name, &method);
      if (method.cpdef)
        planned.dispatcher = m_.names.get("dispatch_", type->name + "." + method.name, &method);
      cls->methods.push_back(planned);
    }
    planPickling(*cls, inner);
    m_.classByType[type] = cls.get();
    m_.classes.push_back(std::move(cls));
    checkFields(c->body);
    for (const Expr *d : c->decorators) {
      std::string path = cythonDecorator(d);
      if (path == "total_ordering" || functoolsTotalOrdering(d))
        totalOrdering(c);
      else if (path == "collection_type" && d->kind == Kind::Call && as<Call>(d)->args.size() == 1 &&
               as<Call>(d)->args[0]->kind == Kind::Constant && as<Constant>(as<Call>(d)->args[0])->value == "sequence")
        const_cast<ExtensionClass *>(m_.extensionClass(c))->sequenceSlots = integerIndexed(c);
      else if (path == "dataclasses.dataclass")
        unsupported(d, "a cdef class as a cython dataclass");
      else if (path == "internal")
        const_cast<ExtensionClass *>(m_.extensionClass(c))->internal = true;
      else if (path == "no_gc_clear")
        const_cast<ExtensionClass *>(m_.extensionClass(c))->noGcClear = true;
      else if (path == "freelist" && d->kind == Kind::Call && as<Call>(d)->args.size() == 1)
        if (auto n = t_.compileTime.evalInt(as<Call>(d)->args[0]);
            n && *n > 0 && !m_.extensionClass(c)->base && m_.extensionClass(c)->builtinBase.empty())
          const_cast<ExtensionClass *>(m_.extensionClass(c))->freelist = *n;
    }
  }

  // A cdef class statement: its C methods and the functions of its body.
  void extensionClass(const CClassDef *c, const Scope *scope) {
    if (!c->hasBody)
      return; // a forward declaration
    if (scope->kind != ScopeKind::Module) {
      diags_.report(DiagId::CdefClassNotAtModuleLevel, file_, c->range.begin);
      return;
    }
    ExtensionClass *planned = const_cast<ExtensionClass *>(m_.extensionClass(c));
    if (!planned)
      return; // refused when planned
    const Scope *inner = planned->scope;

    // The body: C methods (their entries recorded in the plan), then the
    // rest as a class body run once to fill the type's dict.
    planned->body = add(FunctionKind::Class, c, inner);
    std::vector<sema::Directives> outerWiths;
    outerWiths.swap(withStack_);
    std::function<void(std::span<Stmt *const>)> body = [&](std::span<Stmt *const> stmts) {
      for (const Stmt *st : stmts) {
        if (st->kind == Kind::CDeclBlock) {
          body(as<CDeclBlock>(st)->body);
        } else if (st->kind == Kind::CFunctionDef) {
          auto *f = as<CFunctionDef>(st);
          if (f->hasBody)
            compiledFunction(f, f->name, inner, f->isCpdef);
        } else if (st->kind == Kind::CPropertyDef) {
          // `property x:` with __get__/__set__/__del__ defs: a property.
          for (const Stmt *accessor : as<CPropertyDef>(st)->body) {
            if (accessor->kind == Kind::FunctionDef) {
              std::string_view n = as<FunctionDef>(accessor)->name;
              if (n != "__get__" && n != "__set__" && n != "__del__")
                unsupported(accessor, "a def other than __get__, __set__ or __del__ in a property block");
              walk(accessor, inner);
            } else if (!(accessor->kind == Kind::ExprStmt && as<ExprStmt>(accessor)->value->kind == Kind::Constant) &&
                       accessor->kind != Kind::Pass) {
              unsupported(accessor, "a statement in a property block");
            }
          }
        } else if (st->kind != Kind::CVarDecl) {
          walk(st, inner);
        }
      }
    };
    body(c->body);
    withStack_.swap(outerWiths);
    for (ExtensionClass::Method &method : planned->methods)
      method.entry = m_.cEntry(method.method->symbol);
    for (const Expr *d : c->decorators)
      walk(d, scope);
    for (const Expr *b : c->bases)
      walk(b, scope);
  }

  // The path of a decorator from the cython module (`cython.final` ->
  // "final", `cython.dataclasses.dataclass(...)` -> "dataclasses.dataclass").
  std::string cythonDecorator(const Expr *d) const {
    if (d->kind == Kind::Call)
      d = as<Call>(d)->func;
    std::string path;
    while (d->kind == Kind::Attribute) {
      path = std::string(as<Attribute>(d)->attr) + (path.empty() ? "" : ".") + path;
      d = as<Attribute>(d)->value;
    }
    return d->kind == Kind::Name && as<Name>(d)->id == t_.cythonName && !path.empty() ? path : "";
  }

  // Some item method (__getitem__, __setitem__, __delitem__) of the class
  // takes its index as a C integer.
  bool integerIndexed(const CClassDef *c) const {
    for (const Stmt *s : c->body) {
      if (s->kind != Kind::FunctionDef)
        continue;
      auto *f = as<FunctionDef>(s);
      if ((f->name != "__getitem__" && f->name != "__setitem__" && f->name != "__delitem__") || f->args->args.size() < 2)
        continue;
      const Type *index = t_.localType(scopes_.scopeOf(f), f->args->args[1]->arg);
      if (index && index->isIntegral())
        return true;
    }
    return false;
  }

  // functools.total_ordering on a cdef class is Cython's total_ordering
  // directive (the class is made before the module runs; nothing could
  // decorate it then). The names the module binds to functools and to it:
  std::set<std::string_view> functoolsModules_, totalOrderingNames_;
  void findFunctoolsNames(std::span<Stmt *const> body) {
    for (const Stmt *s : body) {
      if (s->kind == Kind::Import) {
        for (const Alias *a : as<Import>(s)->names)
          if (a->name == "functools")
            functoolsModules_.insert(a->asname.empty() ? a->name : a->asname);
      } else if (s->kind == Kind::ImportFrom && as<ImportFrom>(s)->module == "functools" &&
                 as<ImportFrom>(s)->level == 0) {
        for (const Alias *a : as<ImportFrom>(s)->names)
          if (a->name == "total_ordering")
            totalOrderingNames_.insert(a->asname.empty() ? a->name : a->asname);
      }
    }
  }
  bool functoolsTotalOrdering(const Expr *d) const {
    if (d->kind == Kind::Name)
      return totalOrderingNames_.count(as<Name>(d)->id) != 0;
    return d->kind == Kind::Attribute && as<Attribute>(d)->attr == "total_ordering" &&
           as<Attribute>(d)->value->kind == Kind::Name && functoolsModules_.count(as<Name>(as<Attribute>(d)->value)->id);
  }

  // @cython.total_ordering: the class (or a base) needs an equality
  // method (__eq__ or __ne__) and an ordering one; without them Cython
  // warns and the directive does nothing.
  void totalOrdering(const CClassDef *c) {
    bool equality = false, ordering = false;
    for (const ExtensionClass *cls = m_.extensionClass(c); cls && cls->def; cls = cls->base)
      for (const Stmt *s : cls->def->body)
        if (s->kind == Kind::FunctionDef) {
          std::string_view n = as<FunctionDef>(s)->name;
          equality |= n == "__eq__" || n == "__ne__";
          ordering |= n == "__lt__" || n == "__le__" || n == "__gt__" || n == "__ge__";
        }
    if (!equality || !ordering) {
      diags_.report(DiagId::TotalOrderingWithout, file_, c->range.begin,
                    !equality && !ordering ? "comparison and equality methods"
                    : !equality            ? "equality method"
                                           : "comparison methods");
      return;
    }
    const_cast<ExtensionClass *>(m_.extensionClass(c))->totalOrdering = true;
  }

  // `cdef int x = 0` in a cdef class: Cython's error (fields have no defaults).
  void checkFields(std::span<Stmt *const> body) {
    for (const Stmt *st : body) {
      if (st->kind == Kind::CDeclBlock)
        checkFields(as<CDeclBlock>(st)->body);
      else if (st->kind == Kind::CVarDecl)
        for (const CDeclarator *d : as<CVarDecl>(st)->declarators)
          if (d->value)
            diags_.report(DiagId::FieldDefaultValue, file_, d->range.begin);
    }
  }

  // A C++ class the module defines: each method with a body is a member
  // function, compiled as a cdef function (its symbol the one the class's
  // names give it: sema's Typing::cppClassNames).
  void cppClass(const CppClassDef *d) {
    const Type *cls = t_.types.byName(d->name);
    if (!cls || cls->kind != TypeKind::CppClass ||
        std::find(t_.cppClassesDefined.begin(), t_.cppClassesDefined.end(), cls) == t_.cppClassesDefined.end())
      return; // (a header's)
    const Scope *inner = scopes_.scopeOf(d);
    for (const Stmt *member : d->body) {
      if (member->kind == Kind::CppClassDef) {
        unsupported(member, "a C++ class nested in a class the module defines");
        continue;
      }
      if (member->kind != Kind::CFunctionDef || !as<CFunctionDef>(member)->hasBody)
        continue;
      auto *f = as<CFunctionDef>(member);
      compiledFunction(f, f->name, inner, false);
    }
  }

  // The C symbol of a cdef function defined in `enclosing` (the module, a
  // cdef class's body for its methods, a C++ class's for its member
  // functions); null elsewhere.
  const sema::CSymbol *compiledSymbol(std::string_view name, const Scope *enclosing) const {
    if (enclosing->kind == ScopeKind::Module)
      return t_.symbol(name, enclosing);
    if (enclosing->kind == ScopeKind::Class && enclosing->node->kind == Kind::CppClassDef) {
      auto names = t_.cppClassNames.find(enclosing);
      if (names == t_.cppClassNames.end())
        return nullptr;
      auto it = names->second.symbols.find(std::string(name));
      return it != names->second.symbols.end() && it->second.def ? &it->second : nullptr;
    }
    if (enclosing->kind != ScopeKind::Class || enclosing->node->kind != Kind::CClassDef)
      return nullptr;
    const Type *t = t_.types.byName(as<CClassDef>(enclosing->node)->name);
    if (!t || !t->extension)
      return nullptr;
    for (const sema::ExtensionType::Method &m : t->extension->methods)
      if (m.name == name)
        return m.symbol;
    return nullptr;
  }

  // A cdef/cpdef function (or pure-mode cfunc/ccall): its C entry, and for
  // cpdef its Python wrapper with the C parameters as a def's arguments.
  void compiledFunction(const Node *def, std::string_view name, const Scope *enclosing, bool python) {
    const sema::CSymbol *sym = compiledSymbol(name, enclosing);
    if (!sym && enclosing->kind != ScopeKind::Module) {
      unsupported(def, "a cdef function inside a function or class");
      moduleNames_.insert(std::string(name)); // one error, not one more per use
      return;
    }
    const Scope *scope = scopes_.scopeOf(def);
    if (!scope || !sym || sym->kind != sema::CSymbol::Kind::Function || !sym->compiled()) {
      unsupported(def, "this cdef function"); // declared where the typer gave it no C function
      return;
    }
    const Type *sig = sym->type;
    for (size_t i = 0; i < scope->params.size() && i < sig->params.size(); ++i)
      if (!sig->params[i].type->isObject() && scope->binding(scope->params[i]) != Binding::Local)
        unsupported(def, "a C-typed parameter captured by an inner function");
    if (sig->target->kind == TypeKind::Array)
      unsupported(def, "a C function returning an array");
    Function *c = add(FunctionKind::CFunction, def, scope, sym);
    c->canRaise = !t_.cannotRaise(sym);
    if (t_.fused)
      if (auto it = t_.fused->copies.find(def); it != t_.fused->copies.end())
        std::tie(c->fusedGroup, c->fused) = it->second;
    if (sym->exported)
      m_.exports.push_back(c);
    if (!sym->owner && sym->cpp == sema::CSymbol::Cpp::None)
      m_.cFunctions.emplace(std::string(name), c);
    m_.cEntries.emplace(sym, c);
    if (python) {
      Function *w = add(FunctionKind::CpdefWrapper, def, scope, sym);
      w->arguments = wrapperArguments(def, sym);
      if (t_.fused) // a fused cpdef function's specialisation: its wrapper joins the fused function object
        if (auto it = t_.fused->copies.find(def); it != t_.fused->copies.end())
          std::tie(w->fusedGroup, w->fused) = it->second;
      // The wrapper's defaults are Python objects: a C pointer's (NULL)
      // would have to stay a C value, which the wrapper cannot hold yet.
      for (const Expr *d : w->arguments->defaults)
        if (const Type *dt = t_.typeOf(d); !dt->isObject() && !sema::convertsToPython(dt))
          unsupported(d, fmt::format("a '{}' default of a cpdef function (its Python wrapper's default)",
                                     sema::describe(dt)));
    }
    // Their bodies: nested defs, lambdas and loops.
    std::span<Stmt *const> body = def->kind == Kind::CFunctionDef ? std::span<Stmt *const>(as<CFunctionDef>(def)->body)
                                                                   : std::span<Stmt *const>(as<FunctionDef>(def)->body);
    std::vector<sema::Directives> outerWiths;
    outerWiths.swap(withStack_);
    bool outerNogil = nogil_;
    nogil_ = sig->nogil; // a nogil function's body holds no Python objects
    for (const Stmt *s : body)
      walk(s, scope);
    nogil_ = outerNogil;
    withStack_.swap(outerWiths);
    if (def->kind != Kind::CFunctionDef) {
      for (const Expr *d : as<FunctionDef>(def)->args->defaults)
        walk(d, enclosing);
    } else {
      for (const CArg *a : as<CFunctionDef>(def)->type->args)
        if (a->defaultValue)
          walk(a->defaultValue, enclosing);
    }
  }

  // cython.operator's functions: C operators of C values (the typer gave
  // the ones that apply their C type).
  void cythonOperator(const Call *c, std::string_view op) {
    static const std::map<std::string_view, std::string_view> steps = {
        {"preincrement", "++"}, {"postincrement", "++"}, {"predecrement", "--"}, {"postdecrement", "--"}};
    const Type *arg = c->args.empty() ? nullptr : t_.typeOf(c->args[0]);
    size_t expected = op == "comma" ? 2 : 1;
    if (!steps.count(op) && op != "dereference" && op != "address" && op != "comma" && op != "typeid")
      unsupported(c, fmt::format("cython.operator.{}", op)); // unknown names
    else if (c->args.size() != expected || !c->keywords.empty())
      diags_.report(DiagId::WrongArgumentCount, file_, c->range.begin, expected, c->args.size());
    else if (op == "dereference" && !t_.typeOf(c)->isObject())
      return;
    else if (op == "dereference")
      diags_.report(DiagId::InvalidOperandType, file_, c->range.begin, "*", sema::describe(arg));
    else if (auto it = steps.find(op); it != steps.end() && t_.typeOf(c)->isObject())
      diags_.report(DiagId::NoOperatorMatch, file_, c->range.begin, it->second, sema::describe(arg));
  }

  // A def's arguments for a cpdef's wrapper: one per C parameter, with the
  // C function's defaults.
  const Arguments *wrapperArguments(const Node *def, const sema::CSymbol *sym) {
    std::vector<Arg *> list;
    std::vector<Expr *> defaults;
    auto param = [&](std::string_view name, Expr *defaultValue, Expr *annotation) {
      auto *arg = m_.arena.make<Arg>();
      arg->kind = Kind::Arg;
      arg->range = def->range;
      arg->arg = name;
      arg->annotation = annotation; // shown by embedded signatures
      list.push_back(arg);
      if (defaultValue)
        defaults.push_back(defaultValue);
    };
    if (def->kind == Kind::CFunctionDef) {
      for (const CArg *a : as<CFunctionDef>(def)->type->args)
        param(a->name, a->defaultValue, a->annotation);
    } else {
      const Arguments *a = as<FunctionDef>(def)->args;
      for (size_t i = 0; i < a->args.size(); ++i)
        param(a->args[i]->arg, const_cast<Expr *>(sema::Typing::defaultOf(sym, i)), a->args[i]->annotation);
    }
    auto *args = m_.arena.make<Arguments>();
    args->kind = Kind::Arguments;
    args->range = def->range;
    args->args = m_.arena.copy(list);
    args->defaults = m_.arena.copy(defaults);
    return args;
  }

  // The scope and Python arguments of a wrapper made here, one local per
  // C parameter of `fn`.
  std::pair<Scope *, Arguments *> wrapperScope(std::string_view name, const Type *fn, const Node *node) {
    auto scope = std::make_unique<Scope>();
    scope->kind = ScopeKind::Function;
    scope->node = node;
    scope->parent = scopes_.module();
    scope->name = scope->qualname = name;
    std::vector<Arg *> list;
    for (const std::string &param : wrapperParamNames(fn)) {
      scope->params.push_back(param);
      scope->bindings[param] = Binding::Local;
      auto *arg = m_.arena.make<Arg>();
      arg->kind = Kind::Arg;
      arg->arg = m_.arena.str(param);
      list.push_back(arg);
    }
    auto *args = m_.arena.make<Arguments>();
    args->kind = Kind::Arguments;
    args->args = m_.arena.copy(list);
    m_.scopes.push_back(std::move(scope));
    return {m_.scopes.back().get(), args};
  }

  // cpdef functions of extern blocks (`cpdef double csqrt "sqrt"(double)`):
  // Python functions of the module that convert their arguments and call C.
  void externWrappers(const ast::Module *module) {
    for (const auto &[pyName, sym] : t_.module.symbols)
      if (sym.kind == sema::CSymbol::Kind::Function && sym.external && sym.isCpdef) {
        auto [scope, args] = wrapperScope(pyName, sym.type, module);
        add(FunctionKind::ExternWrapper, module, scope, &sym)->arguments = args;
      }
  }

  // `cimport openmp`: OpenMP's routines, linked from its library.
  bool cimportsOpenmp() const {
    return std::any_of(t_.cimportedPaths.begin(), t_.cimportedPaths.end(),
                       [](const std::string &p) { return std::filesystem::path(p).filename() == "openmp.pxd"; });
  }

  bool cimportsNumpy() const {
    for (const std::string &path : t_.cimportedPaths) {
      std::filesystem::path p(path);
      if (p.parent_path().filename() == "numpy" && p.filename().string().starts_with("__init__"))
        return true;
    }
    return false;
  }

  // C function values used as Python objects: one Python function per
  // signature (Cython's cfunc.to_py), or Cython's error where a parameter
  // or the result does not convert.
  void functionObjects(const std::vector<const Expr *> &converted) {
    for (const Expr *e : converted) {
      const Type *fn = t_.typeOf(e);
      if (fn->kind != TypeKind::Function && !(fn->kind == TypeKind::Pointer && fn->target->kind == TypeKind::Function))
        continue; // (other C values: checked by sema/c_checks.cpp)
      if (e->kind == Kind::Attribute && !t_.moduleMember(as<Attribute>(e))) {
        unsupported(e, "a C method as a Python object");
        continue;
      }
      // (A pointer to a function does not convert, as in Cython.)
      if (fn->kind != TypeKind::Function || !sema::functionConvertsToPython(fn)) {
        diags_.report(DiagId::CannotConvertToPython, file_, e->range.begin, sema::describe(fn));
        continue;
      }
      if (m_.functionObjects.count(fn))
        continue;
      const Function *wrapper = nullptr;
      for (const auto &[other, w] : m_.functionObjects)
        if (sameFunctionObject(other, fn))
          wrapper = w;
      if (!wrapper) {
        auto [scope, args] = wrapperScope("wrap", fn, e);
        Function *f = add(FunctionKind::FunctionObject, e, scope);
        f->arguments = args;
        f->signature = fn;
        f->doc = functionObjectDoc(fn);
        wrapper = f;
      }
      m_.functionObjects[fn] = wrapper;
    }
  }

  const sema::Directives &directives(const Scope *scope) const {
    return withStack_.empty() ? t_.directivesFor(scope) : withStack_.back();
  }

  // C arithmetic (`a op b` typed C, `x op= v` to a C target), specialised
  // by its operand types and the directives in force.
  void cArithmetic(const BinOp *b, const Scope *scope) {
    if (auto plan = sema::planBinaryOperation(t_, b, directives(scope)))
      m_.cOperations.emplace(b, *plan);
  }
  void cArithmetic(const AugAssign *a, const Scope *scope) {
    // An integer element of a buffer object (object[int]) is updated by C
    // division only: Cython refuses Python's there.
    if (a->target->kind == Kind::Subscript && t_.typeOf(as<Subscript>(a->target)->value)->buffer &&
        t_.typeOf(a->target)->kind == TypeKind::Int && !directives(scope).cdivision &&
        (a->op == BinOpKind::Div || a->op == BinOpKind::FloorDiv || a->op == BinOpKind::Mod)) {
      diags_.report(DiagId::BufferPythonDivision, file_, a->target->range.begin);
      return;
    }
    if (auto plan = sema::planAugmentedOperation(t_, a, directives(scope)))
      m_.cOperations.emplace(a, *plan);
    else if (const Type *t = t_.typeOf(a->target); !t->isObject() && t->kind != TypeKind::Error)
      // A C target updated by an object: `x = x op v` on objects, converted back.
      m_.objectOperations.emplace(a, sema::planObjectArithmetic(a->op, a->target, a->value, false, cython_));
  }

  // Operations on objects (sema/object_operations.h).
  void objectArithmetic(const Node *n, BinOpKind op, const Expr *left, const Expr *right) {
    m_.objectOperations.emplace(n, sema::planObjectArithmetic(op, left, right, n->kind == Kind::AugAssign, cython_));
  }
  void objectComparison(const Compare *c, const Scope *scope) {
    // A variable's declared `dict` type holds where the function that
    // declares it is printed: not at module level, nor in comprehensions.
    bool typedDictKnown = scope->kind != ScopeKind::Module && !inlineComprehension(scope);
    std::vector<ObjectOperation> &plans = m_.objectComparisons[c];
    for (size_t i = 0; i < c->ops.size(); ++i)
      plans.push_back(sema::planObjectComparison(c->ops[i], c->comparators[i], knownObject(c->comparators[i], scope),
                                                 typedDictKnown));
  }
  // List, set and dict comprehensions run inline in the function around them.
  static bool inlineComprehension(const Scope *s) {
    return s->kind == ScopeKind::Comprehension && s->node->kind != Kind::GeneratorExp;
  }
  // What the lowering knows of the object a name holds where it is read:
  // a plain local only ever bound to a display of one type (in its own
  // function's code), a variable typed `dict` (in the printed function).
  sema::KnownObject knownObject(const Expr *e, const Scope *scope) const {
    sema::KnownObject known;
    if (e->kind != Kind::Name)
      return known;
    auto *n = as<Name>(e);
    if (scope->kind == ScopeKind::Function && scope->binding(n->id) == Binding::Local) {
      std::string_view c = t_.containerType(scope, n->id);
      known.container = c == "list"   ? sema::Container::List
                        : c == "dict" ? sema::Container::Dict
                        : c == "set"  ? sema::Container::Set
                                      : sema::Container::Unknown;
    }
    const Scope *printed = scope;
    while (inlineComprehension(printed))
      printed = printed->parent;
    const Type *declared = t_.pyType(printed, n->id);
    known.declaredDict = declared && declared->name == "dict";
    return known;
  }
  void noteKnownObject(const Name *n, const Scope *scope) {
    sema::KnownObject known = knownObject(n, scope);
    if (known.container != sema::Container::Unknown || known.declaredDict)
      m_.knownObjects.emplace(n, known);
  }

  // Plans the conversion of `e` to the C type `want` (a struct built from a
  // dict: its values' conversions to the fields' types too).
  void convert(const Expr *e, const Type *want) {
    if (!e || m_.conversions.count({e, want}))
      return;
    Conversion c = planConversion(t_, e, want);
    if (c.kind == ConversionKind::DictToStruct)
      for (size_t i = 0; i < c.fields.size(); ++i)
        convert(as<Dict>(e)->values[i], c.fields[i]->type);
    if (c.kind == ConversionKind::ListToPointer)
      for (const Expr *item : as<Sequence>(e)->elts)
        convert(item, want->target);
    m_.conversions.emplace(std::pair{e, want}, std::move(c));
  }

  // A `with nogil:` (`nogil`) or `with gil:` block around `body`, made
  // where the IR runs code in another GIL state than its source says.
  const GilBlock *gilBlock(const Node *at, bool nogil, std::span<Stmt *const> body) {
    auto *block = m_.arena.make<GilBlock>();
    block->kind = Kind::GilBlock;
    block->range = at->range;
    block->nogil = nogil;
    block->body = m_.arena.copy(std::vector<Stmt *>(body.begin(), body.end()));
    return block;
  }

  // `with parallel(...):` (cython.parallel): run by a team of threads where
  // ir::planParallelBlock allows, else serially.
  void parallelBlock(const With *s, const Call *call, const Scope *scope) {
    auto plan = planParallelBlock(s, call, scope, directives(scope), t_, scopes_, !nogil_);
    if (!plan) {
      for (const Stmt *st : s->body)
        walk(st, scope);
      return;
    }
    usesOpenMP_ = true;
    convert(plan->numThreads, t_.types.byName("int"));
    if (!nogil_) { // each thread takes the GIL for the body
      plan->bodyWithGil = gilBlock(s, false, s->body);
      if (!directives(scope).freethreadingCompatible)
        diags_.report(DiagId::ParallelHoldsGil, file_, call->range.begin);
    }
    m_.parallelBlocks.emplace(s, *plan);
    bool outer = inParallelBlock_;
    inParallelBlock_ = true;
    for (const Stmt *st : s->body)
      walk(st, scope);
    inParallelBlock_ = outer;
  }

  // `for i in range(...)` / `prange(...)` with a C integer `i`: plan the C loop.
  // `for x in p` over a C pointer (or a slice of one): Cython iterates a
  // slice with a known end (and constant step) as a C loop, which pyxc does
  // not yet; anything else is Cython's error.
  void pointerLoop(const For *f) {
    if (sema::pointerLoopOf(f, t_) == sema::PointerLoop::Slice) // (the others: Cython's error, from sema)
      unsupported(f->iter, "a loop over a C pointer's slice");
  }

  // `for i from a <= i < b [by s]`: the counter's type (ir::ForFromLoop).
  void forFromLoop(const ForFrom *f) {
    ForFromLoop loop;
    const Type *target = t_.typeOf(f->target);
    if (!target->isObject()) {
      loop.counter = target;
    } else {
      // The widest numeric type of the C bounds; long where all are objects.
      loop.objectTarget = true;
      for (const Expr *bound : {f->lower, f->upper, f->step})
        if (const Type *bt = bound ? t_.typeOf(bound) : nullptr; bt && bt->isNumeric() && bt->kind != TypeKind::Complex)
          loop.counter = loop.counter ? t_.types.widest(loop.counter, bt) : bt;
      if (!loop.counter || loop.counter->kind == TypeKind::Bint)
        loop.counter = t_.types.cLong();
    }
    if (!loop.counter->isNumeric() && loop.counter->kind != TypeKind::Pointer) {
      unsupported(f, fmt::format("'for ... from' counting in '{}'", sema::describe(loop.counter)));
      return;
    }
    for (const Expr *bound : {f->lower, f->upper, f->step})
      convert(bound, loop.counter);
    m_.forFromLoops.emplace(f, loop);
  }

  void rangeLoop(const For *f, const Scope *scope) {
    auto range = sema::rangeCallOf(f, scope, scopes_, t_);
    if (!range)
      return;
    const Type *index = nullptr;
    if (f->target->kind == Kind::Name && sema::cVariableType(as<Name>(f->target), scope, t_))
      index = t_.typeOf(f->target);
    if (index && index->kind != TypeKind::Int)
      index = nullptr;
    if (!index) {
      if (range->prange)
        unsupported(f, "prange over a Python object index (Cython requires a C integer)");
      return;
    }
    const Call *call = range->call;
    RangeLoop loop;
    loop.call = call;
    loop.index = index;
    loop.prange = range->prange;
    size_t n = call->args.size();
    loop.start = n >= 2 ? call->args[0] : nullptr;
    loop.stop = n >= 2 ? call->args[1] : call->args[0];
    loop.step = n == 3 ? call->args[2] : nullptr;
    if (loop.step) {
      auto literal = sema::Typing::constantInt(loop.step);
      loop.stepSign = literal && *literal != 0 ? (*literal > 0 ? 1 : -1) : 0;
    }
    if (range->prange)
      for (const Keyword *k : call->keywords)
        if (k->arg == "nogil" && releasesGil(k->value)) {
          // prange(..., nogil=True): `with nogil:` around the loop.
          Stmt *loopStatement[] = {const_cast<For *>(f)};
          loop.withoutGil = gilBlock(f, true, loopStatement);
        }
    for (const Expr *bound : {loop.start, loop.stop, loop.step})
      convert(bound, index);
    bool holdsGil = !nogil_ && !loop.withoutGil;
    if (range->prange)
      loop.parallel = planParallelLoop(f, call, scope, directives(scope), t_, scopes_, holdsGil);
    if (loop.parallel) {
      usesOpenMP_ = true;
      loop.parallel->inBlock = inParallelBlock_;
      if (holdsGil) { // the threads take the GIL for each iteration's body
        loop.parallel->bodyWithGil = gilBlock(f, false, f->body);
        if (!directives(scope).freethreadingCompatible)
          diags_.report(DiagId::PrangeHoldsGil, file_, call->range.begin);
      }
      convert(loop.parallel->chunksize, t_.types.byName("Py_ssize_t"));
      convert(loop.parallel->numThreads, t_.types.byName("int"));
    }
    m_.rangeLoops.emplace(f, loop);
  }

  // `<double[:n]> p`, `<int[:2, :3]> array`: a view of C memory, with
  // Cython's errors for what cannot be one.
  void memoryviewCast(const Cast *c, const Type *to, const Type *from) {
    if (from->kind != TypeKind::Pointer && from->kind != TypeKind::Array) {
      diags_.report(DiagId::MemoryviewCastNotPointer, file_, c->operand->range.begin);
      return;
    }
    std::vector<long long> extents;
    const Type *element = from->kind == TypeKind::Pointer ? from->target : from;
    for (; from->kind == TypeKind::Array && element->kind == TypeKind::Array; element = element->target)
      extents.push_back(element->length);
    if (element != to->target && element->kind != TypeKind::Void) {
      diags_.report(DiagId::MemoryviewCastBaseType, file_, c->operand->range.begin);
      return;
    }
    List<Expr> dims = as<CTypeMemoryView>(c->type)->dims;
    if (from->kind == TypeKind::Array && extents.size() != dims.size()) {
      diags_.report(DiagId::MemoryviewCastDimensions, file_, c->operand->range.begin, dims.size(), extents.size());
      return;
    }
    for (const Expr *d : dims) {
      const Slice *axis = d->kind == Kind::Slice ? as<Slice>(d) : nullptr;
      if (axis && axis->lower)
        diags_.report(DiagId::MemoryviewCastStart, file_, axis->lower->range.begin);
      else if (axis && !axis->upper && from->kind == TypeKind::Pointer)
        diags_.report(DiagId::MemoryviewCastStop, file_, d->range.begin);
      else if (axis && axis->upper)
        convert(axis->upper, t_.types.byName("Py_ssize_t"));
    }
  }

  // Casts between objects and C pointers, as Cython allows them: a char
  // pointer converts (the data of bytes or a bytearray; to bytes), a void or
  // struct pointer is the object's address; other pointers are errors.
  void cast(const Cast *c) {
    const Type *to = t_.typeOf(c), *from = t_.typeOf(c->operand);
    if (to->kind == TypeKind::MemoryView && c->type->kind == Kind::CTypeMemoryView && !from->isObject() &&
        from->kind != TypeKind::MemoryView) {
      memoryviewCast(c, to, from);
      return;
    }
    auto objectPointer = [](const Type *p) {
      return p->target->kind == TypeKind::Void || p->target->kind == TypeKind::Struct ||
             (p->target->kind == TypeKind::Int && p->target->rank == 1); // char *: converted
    };
    if (from->isObject() && to->kind == TypeKind::Pointer && !objectPointer(to))
      diags_.report(DiagId::CastObjectToPointer, file_, c->range.begin);
    else if (from->isObject() && to->kind == TypeKind::Pointer && to->target->kind != TypeKind::Int &&
             checks_.temporary(c->operand)) // <void *>(a + b): the address of an object freed at once
      diags_.report(DiagId::CastTemporary, file_, c->range.begin);
    else if (to->isObject() && from->kind == TypeKind::Pointer && !objectPointer(from))
      diags_.report(DiagId::CastPointerToObject, file_, c->range.begin);
  }


  // A C++ class declared with constructors, one of which takes no arguments
  // (C++ gives one to a class declared without any).
  // `x = C(1)` where x is an (inferred) local of C++ class C: a variable
  // on the stack, which needs a nullary constructor unless cpp_locals
  // makes it when assigned (Cython's error, once per variable).
  void stackAllocated(const Expr *target, const Scope *scope) {
    if (target->kind != Kind::Name || scope->kind == ScopeKind::Module || t_.moduleDirectives.cppLocals ||
        std::find(scope->params.begin(), scope->params.end(), as<Name>(target)->id) != scope->params.end())
      return;
    const Type *t = t_.localType(scope, as<Name>(target)->id);
    if (t && t->kind == TypeKind::CppClass && !nullaryConstructor(t) &&
        stackAllocated_.emplace(scope, std::string(as<Name>(target)->id)).second)
      diags_.report(DiagId::NoCppConstructor, file_, target->range.begin);
  }
  std::set<std::pair<const Scope *, std::string>> stackAllocated_; // (reported)

  static bool nullaryConstructor(const Type *cls) {
    if (cls->cpp->constructors.empty())
      return true;
    for (const Type *ctor : cls->cpp->constructors)
      if (std::all_of(ctor->params.begin(), ctor->params.end(), [](const sema::Param &p) { return p.hasDefault; }))
        return true;
    return false;
  }

  // A C++ value tested for truth needs an `operator bool` (Cython's error otherwise).
  void checkTruth(const Expr *test) {
    if (test->kind == Kind::BoolOp) {
      for (const Expr *v : as<BoolOp>(test)->values)
        checkTruth(v);
      return;
    }
    const Type *t = t_.typeOf(test);
    if (t->kind == TypeKind::CppClass && sema::cppMembers(const_cast<sema::TypeTable &>(t_.types), t, "operator bool").empty())
      diags_.report(DiagId::NotABoolean, file_, test->range.begin, sema::describe(t));
  }

  // A module-level def or class with the name of a C function or cdef
  // variable of the module: Cython's error (calls would reach the C one).
  void redeclared(const Node *at, std::string_view name, const sema::CSymbol *sym) {
    bool cFunction = sym->kind == sema::CSymbol::Kind::Function && sym->compiled(); // not an extern one
    bool cVariable = sym->kind == sema::CSymbol::Kind::Variable && sym->decl;
    if (cython_ && (cFunction || cVariable))
      diags_.report(DiagId::Redeclared, file_, at->range.begin, name);
  }

  // A call of a C function: match its arguments to the parameters, with
  // Cython's errors for what cannot be matched.
  void cCall(const Call *c) {
    if (const sema::CSymbol *op = t_.cppOperation(c)) { // `obj(...)`: its class's operator() (sema/cpp_expressions.h)
      for (size_t i = 0; i < c->args.size() && i < op->type->params.size(); ++i)
        convert(c->args[i], op->type->params[i].type);
      return;
    }
    const sema::CSymbol *f = t_.calledFunction(c);
    const Type *fn = f ? f->type : t_.typeOf(c->func);
    if (!f && fn->kind == TypeKind::Pointer)
      fn = fn->target;
    if (const Type *st = t_.typeOf(c); st->kind == TypeKind::Struct && c->func->kind == Kind::Name &&
                                         t_.types.byName(as<Name>(c->func)->id) == st) {
      // A struct literal, Point(1, b"ab") or Point(x=1, name=b"ab"): fields as assignments.
      for (size_t i = 0; i < c->args.size() && i < st->params.size(); ++i)
        checks_.arrayLiteral(st->params[i].type, c->args[i], c->args[i]);
      for (const Keyword *k : c->keywords)
        for (const sema::Param &field : st->params)
          if (field.name == k->arg)
            checks_.arrayLiteral(field.type, k->value, k->value);
      return;
    }
    if (fn->kind != TypeKind::Function) {
      if (!fn->isObject() && fn->kind != TypeKind::Error) // `cdef int x; x()`
        diags_.report(DiagId::CallingNonFunction, file_, c->range.begin, sema::describe(t_.typeOf(c->func)));
      else if (cython_) // a call of a Python object (sema/syntax_checks.cpp checks .py files)
        sema::checkRepeatedKeywords(c->keywords, file_, diags_);
      return;
    }
    if (f)
      importFunction(f);
    CCall call;
    call.signature = fn;
    call.function = f;
    call.specialisation = f && f->def && t_.fused && t_.fused->copies.count(f->def);
    size_t n = fn->params.size();
    std::vector<bool> given(n, false);
    size_t self = 0; // a method's receiver: its first parameter
    if (f && f->owner && !f->staticMethod && c->func->kind == Kind::Attribute &&
        t_.typeOf(as<Attribute>(c->func)->value)->extension) {
      call.receiver = as<Attribute>(c->func)->value;
      const sema::ExtensionType *static_ = t_.typeOf(call.receiver)->extension;
      call.receiverClass = static_ ? m_.extensionClass(static_) : nullptr;
      if (!call.receiverClass) {
        unsupported(c, "a C method of a cdef class another module defines");
        return;
      }
      call.given.push_back({call.receiver, 0});
      given[0] = true;
      self = 1;
    }
    if (!matchArguments(c, fn, self, call, given, file_, diags_))
      return;
    for (const CCall::Argument &a : call.given)
      if (a.param >= 0)
        checks_.stringToInt(fn->params[a.param].type, a.value);
    for (const CCall::Argument &a : call.given) // a container converted from an object: the function changes a copy
      if (a.param >= 0 && fn->params[a.param].reference && fn->params[a.param].type->kind == TypeKind::CppClass &&
          t_.typeOf(a.value)->isObject())
        diags_.report(DiagId::PythonObjectAsCppReference, file_, a.value->range.begin,
                      sema::describe(fn->params[a.param].type));
    for (const CCall::Argument &a : call.given)
      if (a.param < 0 && !variadicArgument(a.value))
        diags_.report(DiagId::CannotConvertFromPython, file_, a.value->range.begin, "a C variadic argument");
    call.defaults.resize(n);
    for (size_t i = 0; i < n; ++i)
      if (!given[i])
        call.defaults[i] = f ? sema::Typing::defaultOf(f, i) : nullptr;
    // Arguments of C parameters: as the parameters' types.
    for (const CCall::Argument &a : call.given)
      if (a.param >= 0 && !fn->params[a.param].type->isObject())
        convert(a.value, fn->params[a.param].type);
    for (size_t i = 0; i < call.defaults.size(); ++i)
      if (call.defaults[i] && !fn->params[i].type->isObject())
        convert(call.defaults[i], fn->params[i].type);
    m_.cCalls.emplace(c, std::move(call));
  }

  // Another module's cdef function, used here: imported when the module runs.
  void importFunction(const sema::CSymbol *f) {
    if (!f->fromModule.empty() && !m_.importedFunction(f))
      m_.importedFunctions.push_back({f, f->fromModule, f->cname,
                                      m_.names.get("imported_", f->fromModule + "." + f->cname, f)});
  }

  // What a C `...` takes: C values, and str, bytes and number literals
  // (as C literals).
  bool variadicArgument(const Expr *a) const {
    if (!t_.typeOf(a)->isObject())
      return true;
    bool negated = a->kind == Kind::UnaryOp && as<UnaryOp>(a)->op == UnaryOpKind::USub;
    if (negated)
      a = as<UnaryOp>(a)->operand;
    if (a->kind != Kind::Constant)
      return false;
    auto *k = as<Constant>(a);
    switch (k->ck) {
    case ConstKind::Bytes:
    case ConstKind::Str:
    case ConstKind::True:
    case ConstKind::False: return !negated;
    case ConstKind::Int: return k->value.size() <= 18;
    case ConstKind::Float: return std::isfinite(k->number);
    default: return false;
    }
  }

  static bool releasesGil(const Expr *v) {
    if (auto i = sema::Typing::constantInt(v))
      return *i != 0;
    return v->kind == Kind::Constant && as<Constant>(v)->ck == ConstKind::True;
  }
};

} // namespace

std::unique_ptr<Module> lower(const ast::Module *module, const SourceFile &file, const sema::ScopeTable &scopes,
                              const sema::Typing &typing, std::string moduleName, bool cython,
                              DiagnosticEngine &diags) {
  auto m = std::make_unique<Module>();
  m->name = std::move(moduleName);
  Lowering(*m, file, scopes, typing, cython, diags).run(module);
  return m;
}

} // namespace pyxc::ir
