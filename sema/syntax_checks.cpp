// The compile-time checks CPython's compiler makes beyond its grammar
// (break/continue outside a loop, return outside a function, duplicate
// arguments, repeated keywords, duplicate keys of mapping patterns, ...).
// Each is reported with CPython's words in a .py file and with Cython's in
// a .pyx file where Cython has its own.
#include "sema/syntax_checks.h"

#include <algorithm>

#include "frontend/ast_fields.h"
#include "frontend/literals.h"

#include <cmath>
#include <cstdlib>
#include <fmt/format.h>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pyxc::sema {

using namespace ast;
using literals::reprBytes;
using literals::reprFloat;
using literals::reprImaginary;
using literals::reprStr;

void checkRepeatedKeywords(std::span<Keyword *const> keywords, const SourceFile &file, DiagnosticEngine &diags);

namespace {

// A literal key of a mapping pattern: `key` compares as Python's == does
// (0, 0.0, -0, False and 0j are one key); `repr`/`str` show it.
struct PatternKey {
  std::string key, repr, str;
};

class SyntaxChecker {
public:
  SyntaxChecker(const SourceFile &file, bool cython, DiagnosticEngine &diags)
      : file_(file), cython_(cython), diags_(diags) {}

  void visit(const Node *n) {
    switch (n->kind) {
    case Kind::Break:
    case Kind::Continue:
      if (loops_ == 0)
        reportLoopExit(n);
      return;
    case Kind::Return:
      if (!inFunction_)
        diags_.report(cython_ ? DiagId::ReturnOutsideFunctionCython : DiagId::ReturnOutsideFunction, file_,
                      n->range.begin);
      visitChildren(n);
      return;
    case Kind::For:
    case Kind::AsyncFor: {
      auto *f = as<For>(n);
      visit(f->target);
      visit(f->iter);
      loopBody(f->body, f->orelse);
      return;
    }
    case Kind::While: {
      auto *w = as<While>(n);
      visit(w->test);
      loopBody(w->body, w->orelse);
      return;
    }
    case Kind::ForFrom: {
      auto *f = as<ForFrom>(n);
      for (const Expr *e : {f->target, f->lower, f->upper, f->step})
        if (e)
          visit(e);
      loopBody(f->body, f->orelse);
      return;
    }
    case Kind::FunctionDef:
    case Kind::AsyncFunctionDef:
    case Kind::Lambda:
    case Kind::CFunctionDef:
      checkArguments(n);
      if (cython_) {
        checkNotNoneDefaults(n);
        checkDecorators(n);
        if (n->kind != Kind::Lambda)
          checkDirectiveScope(n->kind == Kind::CFunctionDef ? as<CFunctionDef>(n)->decorators
                                                             : as<FunctionDef>(n)->decorators,
                              "function");
        if (n->kind == Kind::CFunctionDef && as<CFunctionDef>(n)->isCpdef && makesClosure(as<CFunctionDef>(n)->body))
          diags_.report(DiagId::CpdefClosure, file_, n->range.begin);
        if (n->kind == Kind::FunctionDef && inCClass_ && as<FunctionDef>(n)->name == "__init_subclass__")
          diags_.report(DiagId::InitSubclassInExtensionType, file_, n->range.begin);
        if (n->kind == Kind::FunctionDef && inCClass_)
          checkPropertyDecorators(as<FunctionDef>(n));
        if (n->kind == Kind::FunctionDef || n->kind == Kind::AsyncFunctionDef)
          checkAwaitInDefaults(as<FunctionDef>(n)->args);
      }
      nested(n, /*function=*/true);
      return;
    case Kind::CVarDecl:
      if (cython_ && as<CVarDecl>(n)->isCpdef)
        diags_.report(inCClass_ ? DiagId::CpdefAttribute : DiagId::CpdefVariable, file_, n->range.begin);
      visitChildren(n);
      return;
    case Kind::CExternBlock: {
      bool saved = inExtern_;
      inExtern_ = true;
      visitChildren(n);
      inExtern_ = saved;
      return;
    }
    case Kind::CStructDef: {
      auto *sd = as<CStructDef>(n);
      bool empty = std::none_of(sd->fields.begin(), sd->fields.end(), [](const Stmt *f) {
        return f->kind == Kind::CVarDecl || f->kind == Kind::CStructDef;
      });
      if (cython_ && sd->hasBody && empty && !inExtern_)
        diags_.report(DiagId::EmptyStructDefinition, file_, n->range.begin);
      visitChildren(n);
      return;
    }
    case Kind::CEnumDef:
      if (cython_ && as<CEnumDef>(n)->hasBody && as<CEnumDef>(n)->items.empty() && !inExtern_)
        diags_.report(DiagId::EmptyEnumDefinition, file_, n->range.begin);
      visitChildren(n);
      return;
    case Kind::ClassDef:
    case Kind::CClassDef: {
      checkRepeatedKeywords(n->kind == Kind::ClassDef ? as<ClassDef>(n)->keywords : as<CClassDef>(n)->keywords, file_,
                            diags_);
      if (cython_)
        checkClassDirectives(n);
      bool saved = inCClass_, savedPython = inPythonClass_, savedExtern = inExternClass_;
      inCClass_ = n->kind == Kind::CClassDef;
      inPythonClass_ = n->kind == Kind::ClassDef;
      inExternClass_ = n->kind == Kind::CClassDef && !as<CClassDef>(n)->module.empty();
      nested(n, /*function=*/false);
      inCClass_ = saved;
      inPythonClass_ = savedPython;
      inExternClass_ = savedExtern;
      return;
    }
    case Kind::With:
      if (cython_)
        for (const WithItem *item : as<With>(n)->items)
          if (item->contextExpr->kind == Kind::Call)
            checkDirectiveScope({&item->contextExpr, 1}, "with statement");
      visitChildren(n);
      return;
    case Kind::Nonlocal:
      if (!inFunction_ && !inClass_)
        diags_.report(DiagId::NonlocalAtModuleLevel, file_, n->range.begin);
      return;
    case Kind::Call:
      // In a .pyx file, lowering checks them once it knows what is called:
      // Cython words the repeat differently for C functions.
      if (!cython_)
        checkRepeatedKeywords(as<Call>(n)->keywords, file_, diags_);
      visitChildren(n);
      return;
    case Kind::MatchMapping:
      checkMappingKeys(as<MatchMapping>(n));
      visitChildren(n);
      return;
    case Kind::MatchClass:
      checkClassPatternAttributes(as<MatchClass>(n));
      visitChildren(n);
      return;
    default:
      visitChildren(n);
      return;
    }
  }

private:
  const SourceFile &file_;
  bool cython_;
  DiagnosticEngine &diags_;
  int loops_ = 0;           // loops around the statement, within its function or class body
  bool inFunction_ = false; // in a function body (not in a class body inside it)
  bool inClass_ = false;    // in a class body, directly
  bool inCClass_ = false;   // in a cdef class body, directly
  bool inPythonClass_ = false; // in a Python class body, directly
  bool inExternClass_ = false; // in an extern cdef class's body
  bool inExtern_ = false;   // in a `cdef extern` block
  std::set<std::string, std::less<>> cythonNames_; // what the module calls the cython module

public:
  void noteCythonImports(const Module *m) {
    for (const Stmt *s : m->body)
      if (s->kind == Kind::Import || s->kind == Kind::CImport)
        for (const Alias *a : s->kind == Kind::Import ? as<Import>(s)->names : as<CImport>(s)->names)
          if (a->name == "cython")
            cythonNames_.insert(std::string(a->asname.empty() ? a->name : a->asname));
  }

private:
  // The directive `cython.NAME` / `cython.NAME(...)` (dotted for
  // submodules: "dataclasses.dataclass") names, or empty.
  std::string directivePath(const Expr *d) const {
    if (d->kind == Kind::Call)
      d = as<Call>(d)->func;
    std::string path;
    while (d->kind == Kind::Attribute) {
      path = std::string(as<Attribute>(d)->attr) + (path.empty() ? "" : "." + path);
      d = as<Attribute>(d)->value;
    }
    return d->kind == Kind::Name && cythonNames_.count(as<Name>(d)->id) ? path : std::string();
  }

  // Cython's directives that apply to some kinds of scope only (its
  // Options.directive_scopes): "The X compiler directive is not allowed in
  // Y scope" where one is set anywhere else.
  void checkDirectiveScope(std::span<Expr *const> directives, std::string_view scope) {
    static const std::map<std::string_view, std::vector<std::string_view>> allowed = {
        {"auto_pickle", {"module", "cclass"}},
        {"final", {"cclass", "function"}},
        {"collection_type", {"cclass"}},
        {"nogil", {"function", "with statement"}},
        {"with_gil", {"function"}},
        {"inline", {"function"}},
        {"cfunc", {"function", "with statement"}},
        {"ccall", {"function", "with statement"}},
        {"returns", {"function"}},
        {"exceptval", {"function"}},
        {"locals", {"function"}},
        {"no_gc_clear", {"cclass"}},
        {"no_gc", {"cclass"}},
        {"internal", {"cclass"}},
        {"cclass", {"class", "cclass", "with statement"}},
        {"autotestdict", {"module"}},
        {"autotestdict.all", {"module"}},
        {"autotestdict.cdef", {"module"}},
        {"set_initial_path", {"module"}},
        {"freelist", {"cclass"}},
        {"emit_code_comments", {"module"}},
        {"c_string_type", {"module"}},
        {"c_string_encoding", {"module"}},
        {"type_version_tag", {"module", "cclass"}},
        {"language_level", {"module"}},
        {"old_style_globals", {"module"}},
        {"np_pythran", {"module"}},
        {"fast_gil", {"module"}},
        {"iterable_coroutine", {"module", "function"}},
        {"trashcan", {"cclass"}},
        {"total_ordering", {"class", "cclass"}},
        {"dataclasses.dataclass", {"class", "cclass"}},
        {"cpp_locals", {"module", "function", "cclass"}},
        {"legacy_implicit_noexcept", {"module"}},
        {"freethreading_compatible", {"module"}},
        {"subinterpreters_compatible", {"module"}},
    };
    for (const Expr *d : directives) {
      auto it = allowed.find(directivePath(d));
      if (it != allowed.end() && std::find(it->second.begin(), it->second.end(), scope) == it->second.end())
        diags_.report(DiagId::DirectiveScope, file_, d->range.begin, it->first, scope);
    }
  }

  // A cdef class's properties become C getters and setters: `@property`
  // and `@name.setter`/`.deleter`/`.getter` stand alone, and name the
  // property the def defines.
  void checkPropertyDecorators(const FunctionDef *f) {
    const Expr *property = nullptr;
    for (const Expr *d : f->decorators) {
      if (d->kind == Kind::Name && as<Name>(d)->id == "property")
        property = d;
      else if (auto *a = d->kind == Kind::Attribute ? as<Attribute>(d) : nullptr;
               a && a->value->kind == Kind::Name && (a->attr == "setter" || a->attr == "deleter" || a->attr == "getter")) {
        property = d;
        if (as<Name>(a->value)->id != f->name)
          diags_.report(DiagId::MismatchingPropertyName, file_, d->range.begin, as<Name>(a->value)->id, f->name);
      }
    }
    if (!property || f->decorators.size() == 1)
      return;
    for (const Expr *d : f->decorators)
      if (d != property) {
        diags_.report(DiagId::PropertyExtraDecorators, file_, d->range.begin);
        return;
      }
  }

  // Cython evaluates a def's defaults outside any coroutine: `await` in
  // one is refused ("'await' not supported here"), even in an async def.
  void checkAwaitInDefaults(const Arguments *args) {
    std::function<void(const Node *)> visit = [&](const Node *n) {
      if (n->kind == Kind::Await) {
        diags_.report(DiagId::NotSupportedHere, file_, n->range.begin, "await");
        return;
      }
      if (n->kind != Kind::Lambda)
        forEachChild(n, visit);
    };
    for (const Expr *d : args->defaults)
      visit(d);
    for (const Expr *d : args->kwDefaults)
      if (d)
        visit(d);
  }

  // Whether a function body defines a function (def, lambda, generator
  // expression) that could capture its locals.
  static bool makesClosure(std::span<Stmt *const> body) {
    bool found = false;
    std::function<void(const Node *)> visit = [&](const Node *n) {
      if (found)
        return;
      if (n->kind == Kind::FunctionDef || n->kind == Kind::AsyncFunctionDef || n->kind == Kind::Lambda ||
          n->kind == Kind::GeneratorExp) {
        found = true;
        return;
      }
      if (n->kind != Kind::ClassDef && n->kind != Kind::CClassDef)
        forEachChild(n, visit);
    };
    for (const Stmt *s : body)
      visit(s);
    return found;
  }

  void checkClassDirectives(const Node *n) {
    std::span<Expr *const> decorators =
        n->kind == Kind::ClassDef ? as<ClassDef>(n)->decorators : as<CClassDef>(n)->decorators;
    checkDirectiveScope(decorators, n->kind == Kind::ClassDef ? "class" : "cclass");
    int collectionTypes = 0;
    for (const Expr *d : decorators)
      if (directivePath(d) == "collection_type" && ++collectionTypes == 2)
        diags_.report(DiagId::MultipleCollectionTypes, file_, decorators[0]->range.begin);
  }

  void visitChildren(const Node *n) {
    forEachChild(n, [&](const Node *c) { visit(c); });
  }

  void reportLoopExit(const Node *n) {
    bool isBreak = n->kind == Kind::Break;
    DiagId id = cython_ ? (isBreak ? DiagId::BreakOutsideLoopCython : DiagId::ContinueOutsideLoopCython)
                        : (isBreak ? DiagId::BreakOutsideLoop : DiagId::ContinueOutsideLoop);
    diags_.report(id, file_, n->range.begin);
  }

  // A loop's body is inside it; its else clause is not.
  void loopBody(std::span<Stmt *const> body, std::span<Stmt *const> orelse) {
    ++loops_;
    for (const Stmt *s : body)
      visit(s);
    --loops_;
    for (const Stmt *s : orelse)
      visit(s);
  }

  // A function or class body starts outside any loop.
  void nested(const Node *n, bool function) {
    int loops = loops_;
    bool inFunction = inFunction_, inClass = inClass_, inCClass = inCClass_;
    loops_ = 0;
    inFunction_ = function;
    inClass_ = !function;
    if (function)
      inCClass_ = false;
    visitChildren(n);
    loops_ = loops;
    inFunction_ = inFunction;
    inClass_ = inClass;
    inCClass_ = inCClass;
  }

  void checkArguments(const Node *n) {
    std::vector<const Node *> params; // Arg or CArg, in order
    if (n->kind == Kind::CFunctionDef) {
      for (const CArg *a : as<CFunctionDef>(n)->type->args)
        params.push_back(a);
    } else {
      const Arguments *args = n->kind == Kind::Lambda ? as<Lambda>(n)->args : as<FunctionDef>(n)->args;
      if (!args)
        return;
      for (const Arg *a : args->posonlyargs)
        params.push_back(a);
      for (const Arg *a : args->args)
        params.push_back(a);
      if (args->vararg)
        params.push_back(args->vararg);
      for (const Arg *a : args->kwonlyargs)
        params.push_back(a);
      if (args->kwarg)
        params.push_back(args->kwarg);
    }
    std::map<std::string_view, const Node *> seen;
    for (const Node *p : params) {
      std::string_view name = p->kind == Kind::CArg ? as<CArg>(p)->name : as<Arg>(p)->arg;
      if (name.empty())
        continue; // an unnamed C argument (`int f(int)`)
      auto [it, fresh] = seen.emplace(name, p);
      if (fresh)
        continue;
      if (cython_) {
        diags_.report(DiagId::Redeclared, file_, p->range.begin, name);
        diags_.report(DiagId::PreviousDeclaration, file_, it->second->range.begin);
      } else {
        diags_.report(DiagId::DuplicateArgument, file_, p->range.begin, name);
      }
    }
  }

  // `cython.name` (or a name in cython.*): a directive, not a decorator
  // that wraps the function.
  static std::string_view cythonDirective(const Expr *d) {
    if (d->kind == Kind::Call)
      d = as<Call>(d)->func;
    if (d->kind == Kind::Attribute && as<Attribute>(d)->value->kind == Kind::Name)
      return as<Attribute>(d)->attr; // `cython.final`, or through an alias (`cimport cython as cy`)
    if (d->kind == Kind::Name && isDirectiveName(as<Name>(d)->id))
      return as<Name>(d)->id; // `from cython cimport boundscheck`
    return {};
  }

  static bool isDirectiveName(std::string_view name) {
    static constexpr std::string_view kNames[] = {
        "final",      "inline",   "boundscheck", "wraparound", "cdivision", "nonecheck", "initializedcheck",
        "locals",     "returns",  "exceptval",   "nogil",      "with_gil",  "cfunc",     "ccall",
        "profile",    "linetrace", "overflowcheck", "infer_types", "binding", "embedsignature", "noexcept"};
    return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
  }

  // Cython: a cdef function is called as C, so nothing can wrap it (only
  // directives, staticmethod, and property in extern classes); pure mode's
  // cfunc/ccall make C functions, which a Python class cannot hold.
  void checkDecorators(const Node *n) {
    if (n->kind == Kind::CFunctionDef) {
      for (const Expr *d : as<CFunctionDef>(n)->decorators) {
        bool allowed = !cythonDirective(d).empty() || (d->kind == Kind::Name && as<Name>(d)->id == "staticmethod") ||
                       (inExternClass_ && d->kind == Kind::Name && as<Name>(d)->id == "property");
        if (!allowed) {
          diags_.report(DiagId::CdefFunctionDecorators, file_, as<CFunctionDef>(n)->decorators[0]->range.begin);
          return;
        }
      }
      return;
    }
    if (n->kind == Kind::FunctionDef && inPythonClass_)
      for (const Expr *d : as<FunctionDef>(n)->decorators)
        if (std::string_view name = cythonDirective(d); name == "cfunc" || name == "ccall")
          diags_.report(DiagId::DirectiveNotAllowedHere, file_, d->range.begin, name);
  }

  // Cython: `x not None = None` contradicts itself.
  void checkNotNoneDefaults(const Node *n) {
    auto isNone = [](const Expr *e) { return e && e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::None; };
    auto report = [&](const Node *param, std::string_view name) {
      diags_.report(DiagId::NotNoneDefaultNone, file_, param->range.begin, name);
    };
    if (n->kind == Kind::CFunctionDef) {
      for (const CArg *a : as<CFunctionDef>(n)->type->args)
        if (a->notNone && isNone(a->defaultValue))
          report(a, a->name);
      return;
    }
    const Arguments *args = n->kind == Kind::Lambda ? as<Lambda>(n)->args : as<FunctionDef>(n)->args;
    if (!args)
      return;
    std::vector<const Arg *> positional(args->posonlyargs.begin(), args->posonlyargs.end());
    positional.insert(positional.end(), args->args.begin(), args->args.end());
    size_t first = positional.size() - std::min(positional.size(), args->defaults.size());
    for (size_t i = first; i < positional.size(); ++i)
      if (positional[i]->notNone && isNone(args->defaults[i - first]))
        report(positional[i], positional[i]->arg);
    for (size_t i = 0; i < args->kwonlyargs.size() && i < args->kwDefaults.size(); ++i)
      if (args->kwonlyargs[i]->notNone && isNone(args->kwDefaults[i]))
        report(args->kwonlyargs[i], args->kwonlyargs[i]->arg);
  }

  void checkClassPatternAttributes(const MatchClass *m) {
    std::map<std::string_view, bool> seen;
    for (size_t i = 0; i < m->kwdAttrs.size(); ++i)
      if (!seen.emplace(m->kwdAttrs[i], true).second) {
        const Node *at = i < m->kwdPatterns.size() ? static_cast<const Node *>(m->kwdPatterns[i]) : m;
        if (cython_)
          diags_.report(DiagId::ClassPatternAttributeRepeated, file_, m->range.begin,
                        fmt::format("'{}'", m->kwdAttrs[i]));
        else
          diags_.report(DiagId::ClassPatternAttributeRepeated, file_, at->range.begin, m->kwdAttrs[i]);
      }
  }

  void checkMappingKeys(const MatchMapping *m) {
    std::map<std::string, bool> seen;
    for (const Expr *k : m->keys) {
      std::optional<PatternKey> key = literalKey(k);
      if (key && !seen.emplace(key->key, true).second) {
        // CPython points at the pattern, Cython at the key.
        if (cython_)
          diags_.report(DiagId::DuplicateMappingKey, file_, k->range.begin, key->str);
        else
          diags_.report(DiagId::DuplicateMappingKey, file_, m->range.begin, key->repr);
      }
    }
  }

  // A number as the key of its value: integral values (of any numeric
  // type) as their integer, others as their real and imaginary parts.
  static PatternKey numberKey(double real, double imag, std::string repr) {
    std::string key;
    if (imag == 0 && std::nearbyint(real) == real && std::fabs(real) < 9.2e18)
      key = fmt::format("n{}", static_cast<long long>(real));
    else
      key = fmt::format("c{:.17g},{:.17g}", real + 0.0, imag + 0.0); // -0.0 and 0.0 are one key
    return {key, repr, repr};
  }

  // The value of a real number literal (ints are kept as their digits).
  static double realValue(const Constant *c) {
    return c->ck == ConstKind::Int ? std::strtod(std::string(c->value).c_str(), nullptr) : c->number;
  }

  // The key a literal pattern key stands for: constants, negated numbers
  // and complex literals (`1+2j`); value patterns (`a.b`) are not checked.
  static std::optional<PatternKey> literalKey(const Expr *e) {
    bool negate = false;
    if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub) {
      negate = true;
      e = as<UnaryOp>(e)->operand;
    }
    if (e->kind == Kind::BinOp && !negate) {
      auto *b = as<BinOp>(e);
      const Expr *left = b->left;
      bool leftNegative = left->kind == Kind::UnaryOp && as<UnaryOp>(left)->op == UnaryOpKind::USub;
      if (leftNegative)
        left = as<UnaryOp>(left)->operand;
      bool complexLiteral = (b->op == BinOpKind::Add || b->op == BinOpKind::Sub) && left->kind == Kind::Constant &&
                            b->right->kind == Kind::Constant && as<Constant>(b->right)->ck == ConstKind::Complex;
      if (!complexLiteral)
        return std::nullopt;
      double re = realValue(as<Constant>(left)) * (leftNegative ? -1 : 1);
      double imag = as<Constant>(b->right)->number * (b->op == BinOpKind::Sub ? -1 : 1);
      // Python adds a complex literal's 0.0 real part: -0.0 + 1j is 1j.
      if (b->op == BinOpKind::Add)
        re += 0.0;
      if (re == 0 && !std::signbit(re))
        return numberKey(re, imag, reprImaginary(imag));
      // repr(complex): both parts as the imaginary one is written.
      auto part = [](double v) {
        std::string text = reprImaginary(v);
        return text.substr(0, text.size() - 1);
      };
      return numberKey(re, imag, fmt::format("({}{}{}j)", part(re), std::signbit(imag) ? "-" : "+", part(std::fabs(imag))));
    }
    if (e->kind != Kind::Constant)
      return std::nullopt;
    auto *c = as<Constant>(e);
    double sign = negate ? -1 : 1;
    switch (c->ck) {
    case ConstKind::Int: {
      std::string digits(c->value);
      bool zero = digits.find_first_not_of('0') == std::string::npos;
      std::string text = (negate && !zero ? "-" : "") + digits;
      if (digits.size() <= 15) // exact as a double
        return numberKey(sign * std::strtod(digits.c_str(), nullptr), 0, text);
      return PatternKey{"n" + text, text, text};
    }
    case ConstKind::Float: {
      std::string text = reprFloat(sign * c->number);
      return numberKey(sign * c->number, 0, text);
    }
    case ConstKind::Complex: {
      double imag = sign * c->number;
      return numberKey(0, imag, negate ? "(-0-" + reprImaginary(c->number) + ")" : reprImaginary(imag));
    }
    case ConstKind::True:
    case ConstKind::False:
      if (negate)
        return std::nullopt;
      return numberKey(c->ck == ConstKind::True ? 1 : 0, 0, c->ck == ConstKind::True ? "True" : "False");
    case ConstKind::None:
      if (negate)
        return std::nullopt;
      return PatternKey{"none", "None", "None"};
    case ConstKind::Str:
      return PatternKey{"s" + std::string(c->value), reprStr(c->value), std::string(c->value)};
    case ConstKind::Bytes:
      return PatternKey{"b" + std::string(c->value), reprBytes(c->value), reprBytes(c->value)};
    default:
      return std::nullopt;
    }
  }
};

} // namespace

void checkRepeatedKeywords(std::span<Keyword *const> keywords, const SourceFile &file, DiagnosticEngine &diags) {
  std::map<std::string_view, const Keyword *> seen;
  for (const Keyword *k : keywords)
    if (!k->arg.empty() && !seen.emplace(k->arg, k).second)
      diags.report(DiagId::KeywordRepeated, file, k->range.begin, k->arg);
}

void checkSyntax(const Module *m, const SourceFile &file, bool cython, DiagnosticEngine &diags) {
  SyntaxChecker checker(file, cython, diags);
  checker.noteCythonImports(m);
  for (const Stmt *s : m->body)
    checker.visit(s);
}

} // namespace pyxc::sema
