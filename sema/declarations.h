// Reading C-level declarations into a Typing: C types from their syntax,
// cdef/extern/ctypedef/struct/enum/DEF statements, cimport of .pxd files,
// pure-Python-mode functions and the cython module's names. Private to the
// typer (sema/typer.cpp).
#pragma once

#include "frontend/include.h"
#include "frontend/buffer_methods.h"
#include "frontend/ast_fields.h"
#include "frontend/load.h"
#include "frontend/parser.h"
#include "frontend/pure_mode.h"
#include "sema/builtins.h"
#include "sema/c_checks.h"
#include "sema/distutils.h"
#include "sema/pxd_search.h"
#include "sema/typer.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <set>
#include <tuple>

namespace pyxc::sema::detail {

using namespace ast;

// The value of an integer literal when it fits in 64 bits.
inline std::optional<long long> intLiteral(const Expr *e) {
  bool negative = false;
  if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub) {
    negative = true;
    e = as<UnaryOp>(e)->operand;
  }
  if (e->kind != Kind::Constant || as<Constant>(e)->ck != ConstKind::Int)
    return std::nullopt;
  std::string_view digits = as<Constant>(e)->value;
  if (digits.size() > 18)
    return std::nullopt;
  long long v = std::stoll(std::string(digits));
  return negative ? -v : v;
}

inline bool isArithmetic(BinOpKind op) {
  return op != BinOpKind::BitAnd && op != BinOpKind::BitOr && op != BinOpKind::BitXor;
}

inline bool isExpr(Kind k) {
  return (k >= Kind::BoolOp && k <= Kind::Slice) || (k >= Kind::Cast && k <= Kind::TypeExpr);
}

class Declarations {
public:
  Declarations(Typing &t, const SourceFile &file, const ScopeTable &scopes, DiagnosticEngine &diags)
      : t_(t), file_(file), scopes_(scopes), diags_(diags) {}
  // Where cimport looks, in order.
  void setIncludePaths(std::vector<std::string> paths) { includePaths_ = std::move(paths); }
  void setLibraryDir(std::string dir) { libraryDir_ = std::move(dir); }
  // The module's file and scopes, which take in the cimported .pxd files
  // that define inline functions (their code is compiled into the module).
  void compileInlineFunctions(SourceFile &root, ScopeTable &scopes) {
    root_ = &root;
    scopeTable_ = &scopes;
  }

  // --- C types ---------------------------------------------------------------

private:
  std::set<const Node *> badReferences_; // `object&` types reported
  // The enums whose items were declared, per module: where.
  std::map<std::pair<const CModule *, std::string>, std::pair<const SourceFile *, SourceLoc>> enumBodies_;
public:

  const Type *resolve(const Node *n, const CModule &in, const SourceFile &file) {
    if (!n)
      return t_.types.object();
    const Type *ty = resolveUncached(n, in, file);
    if (&file == &file_)
      t_.ctypes[n] = ty;
    return ty;
  }

  // Cython's buffer syntax, `np.ndarray[double, ndim=2, mode='c']` (or
  // `object[double, 2]`): an object type with the buffer it must export.
  const Type *bufferType(const CTypeBuffer *b, const CModule &in, const SourceFile &file) {
    const Type *base = resolve(b->base, in, file);
    if (base->kind == TypeKind::Error)
      return base;
    if (!base->isObject() || b->args.empty() || b->args.size() > 2) {
      diags_.report(DiagId::UnknownCType, file, b->range.begin, "a buffer type of " + describe(base));
      return t_.types.error();
    }
    const Type *dtype = resolve(b->args[0], in, file);
    std::optional<long long> ndim = 1;
    std::string mode = "full";
    if (b->args.size() == 2)
      ndim = isExpr(b->args[1]->kind) ? constantInt(static_cast<const Expr *>(b->args[1]), in) : std::nullopt;
    for (const Keyword *k : b->keywords) {
      if (k->arg == "ndim")
        ndim = constantInt(k->value, in);
      else if (k->arg == "mode" && k->value->kind == Kind::Constant && as<Constant>(k->value)->ck == ConstKind::Str)
        mode = std::string(as<Constant>(k->value)->value);
    }
    if (dtype->kind == TypeKind::Error)
      return dtype;
    if (!dtype->isNumeric() || !ndim || *ndim < 1 || *ndim > 8) {
      diags_.report(DiagId::UnknownCType, file, b->range.begin,
                    !dtype->isNumeric() ? "a buffer of " + describe(dtype) : std::string("a buffer of that ndim"));
      return t_.types.error();
    }
    std::string written = b->args[0]->kind == Kind::CTypeName && !as<CTypeName>(b->args[0])->complex
                              ? std::string(as<CTypeName>(b->args[0])->name)
                              : describe(dtype);
    return t_.types.bufferObject(base, dtype, written, int(*ndim), mode == "c");
  }

  // `array` with one more dimension of `size` inside its innermost one.
  const Type *innerDimension(const Type *array, long long size) {
    if (array->kind != TypeKind::Array)
      return t_.types.array(array, size);
    return t_.types.array(innerDimension(array->target, size), array->length);
  }

  const Type *resolveUncached(const Node *n, const CModule &in, const SourceFile &file) {
    switch (n->kind) {
    case Kind::CTypeName: {
      auto *tn = as<CTypeName>(n);
      if (tn->scope)
        return nestedCppType(tn, in, file); // vector[int].iterator
      if (const Type *outer = tn->module.empty() ? nullptr : t_.types.byName(tn->module);
          outer && outer->kind == TypeKind::CppClass) // string_view.iterator
        if (auto it = outer->cpp->types.find(tn->name); it != outer->cpp->types.end())
          return t_.types.memberType(outer, it->second);
      if (const CModule *m = tn->module.empty() ? nullptr : cimportedModule(tn->module, in))
        if (auto it = m->scopedTypes.find(tn->name); it != m->scopedTypes.end())
          return it->second; // libcpp.vector.vector
      std::string name(tn->name);
      if (!tn->module.empty())
        name = std::string(tn->module) + "." + name; // cython.int in pure-Python mode
      // cython.int, or a type through a cimported module (`stdint.int32_t`):
      // typedefs are known by their own names.
      if (tn->module == "cython" || (!tn->module.empty() && t_.types.byName(tn->name)))
        name = std::string(tn->name);
      if (tn->complex)
        name += " complex"; // `double complex`
      else if (name == "complex")
        name = "double complex"; // as Cython reads Python's complex in a C declaration
      if (const Type *ty = t_.types.byName(name))
        return ty;
      if (name == "int" || name == "float") // unreachable: both are C types
        return t_.types.object();
      diags_.report(DiagId::UnknownCType, file, n->range.begin, name);
      return t_.types.error();
    }
    case Kind::CTypePointer: return t_.types.pointer(resolve(as<CTypeWrap>(n)->base, in, file));
    case Kind::CTypeConst: {
      const Type *base = resolve(as<CTypeWrap>(n)->base, in, file);
      if (base->kind == TypeKind::MemoryView)
        return t_.types.memoryView(base->target, int(base->length), base->contiguous, true);
      return base;
    }
    case Kind::CTypeMemoryView: {
      auto *mv = as<CTypeMemoryView>(n);
      const Type *elem = resolve(mv->base, in, file);
      const Expr *last = mv->dims.empty() ? nullptr : mv->dims.back();
      bool contiguous = last && last->kind == Kind::Slice && as<Slice>(last)->step &&
                        intLiteral(as<Slice>(last)->step) == 1;
      if (!elem->isNumeric()) {
        diags_.report(DiagId::UnknownCType, file, n->range.begin, "a memoryview of " + describe(elem));
        return t_.types.error();
      }
      return t_.types.memoryView(elem, int(mv->dims.size()), contiguous, false);
    }
    case Kind::CTypeBuffer: return bufferType(as<CTypeBuffer>(n), in, file);
    case Kind::CTypeReference: {
      // T&& is parsed as a reference to a reference.
      const Node *inner = as<CTypeWrap>(n)->base;
      bool rvalue = inner->kind == Kind::CTypeReference;
      const Type *base = resolve(rvalue ? as<CTypeWrap>(inner)->base : inner, in, file);
      // A reference binds to a C++ object; Python objects are reference
      // counted. (Parameter types are resolved more than once: one error.)
      if (base->isObject() && badReferences_.insert(n).second)
        diags_.report(DiagId::ObjectReference, file, n->range.begin, rvalue ? "Rvalue-reference" : "Reference");
      return base;
    }
    case Kind::CTypeArray: {
      auto *a = as<CTypeArray>(n);
      const Type *base = resolve(a->base, in, file);
      if (!a->size)
        return t_.types.pointer(base); // `char name[]`: a pointer, as a C parameter is
      std::optional<long long> size = constantInt(a->size, in);
      if (!size || *size < 0) {
        diags_.report(DiagId::ArrayDimensionNotConstant, file, n->range.begin);
        return t_.types.error();
      }
      return t_.types.array(base, *size);
    }
    // Function types an extern block declares (pointers, struct members)
    // raise nothing by default, as its functions.
    case Kind::CTypeFunction: return functionType(as<CTypeFunction>(n), in, file, externBlock_);
    case Kind::CTypeTemplate: {
      auto *tt = as<CTypeTemplate>(n);
      if (tt->base->kind == Kind::CTypeName && !as<CTypeName>(tt->base)->scope)
        if (const Type *generic = as<CTypeName>(tt->base)->module.empty()
                                      ? t_.types.byName(as<CTypeName>(tt->base)->name)
                                      : resolve(tt->base, in, file);
            generic && generic->kind == TypeKind::CppClass)
          return cppTemplateInstance(tt, generic, in, file); // vector[int], libcpp.vector.vector[int]
      // `cdef char[17] s`: Cython's array syntax with the size on the type.
      if (tt->args.size() == 1 && isExpr(tt->args[0]->kind)) {
        std::optional<long long> size = constantInt(static_cast<const Expr *>(tt->args[0]), in);
        if (size && *size >= 0) {
          // `int[2][3]` reads as C's int[2][3]: each further size is an
          // inner dimension (the syntax nests the other way).
          const Type *base = resolve(tt->base, in, file);
          if (tt->base->kind == Kind::CTypeTemplate && base->kind == TypeKind::Array)
            return innerDimension(base, *size);
          return t_.types.array(base, *size);
        }
      }
      // `ctypedef int[SIZE] T`: a constant's name, which parses as a type's.
      if (tt->args.size() == 1 && tt->args[0]->kind == Kind::CTypeName && as<CTypeName>(tt->args[0])->module.empty() &&
          !t_.types.byName(as<CTypeName>(tt->args[0])->name)) {
        std::string_view name = as<CTypeName>(tt->args[0])->name;
        std::optional<long long> size;
        if (auto it = in.symbols.find(std::string(name)); it != in.symbols.end())
          size = it->second.value;
        else if (const CompileTimeValue *v = t_.compileTime.lookup(name); v && v->kind == CompileTimeValue::Kind::Int)
          size = v->i;
        if (size && *size >= 0)
          return t_.types.array(resolve(tt->base, in, file), *size);
      }
      diags_.report(DiagId::UnknownCType, file, n->range.begin, "a C++ template type");
      return t_.types.error();
    }
    default:
      diags_.report(DiagId::UnknownCType, file, n->range.begin, std::string(kindName(n->kind)));
      return t_.types.error();
    }
  }

  // An integer constant expression (array sizes, enum values): the one
  // constant evaluator, over DEFs and the enum items declared in `in`.
  std::optional<long long> constantInt(const Expr *e, const CModule &in) {
    return t_.compileTime.evalInt(e, [&in](std::string_view name) -> std::optional<long long> {
      auto it = in.symbols.find(std::string(name));
      return it != in.symbols.end() ? it->second.value : std::nullopt;
    });
  }

  // `T&&`: C++ rvalue references are not Cython's (pyxc's own declaration
  // library spells std::move's result with one).
  static bool isRvalueReference(const Node *t) {
    return t && t->kind == Kind::CTypeReference && as<CTypeWrap>(t)->base->kind == Kind::CTypeReference;
  }
  // `T&&` of a function template's own parameter T: C++'s forwarding
  // reference, which Cython allows (`const T&&` is an rvalue reference).
  bool forwardingReference(const Node *t) const {
    const Node *inner = as<CTypeWrap>(as<CTypeWrap>(t)->base)->base;
    if (inner->kind != Kind::CTypeName || !as<CTypeName>(inner)->module.empty())
      return false;
    const Type *named = t_.types.byName(as<CTypeName>(inner)->name);
    return named && named->kind == TypeKind::TemplateParam;
  }
  bool inDeclarationLibrary(const SourceFile &file) const {
    return !libraryDir_.empty() && file.path().starts_with(libraryDir_);
  }

  const Type *functionType(const CTypeFunction *f, const CModule &in, const SourceFile &file, bool external) {
    if (!inDeclarationLibrary(file)) {
      if (isRvalueReference(f->returns))
        diags_.report(DiagId::RvalueReferenceReturn, file, f->returns->range.begin);
      for (const CArg *a : f->args)
        if (isRvalueReference(a->type) && !forwardingReference(a->type))
          diags_.report(DiagId::RvalueReferenceArgument, file, a->type->range.begin);
    }
    const Type *result = resolve(f->returns, in, file);
    if (result->kind == TypeKind::Function) {
      diags_.report(DiagId::FunctionReturnsFunction, file, f->range.begin);
      result = t_.types.error();
    }
    std::vector<Param> params;
    for (const CArg *a : f->args) {
      // A lone name that is no type names an object parameter (`int f(op)`).
      std::string_view name = a->name;
      if (std::string_view lone = loneName(a); !lone.empty() && !t_.types.byName(lone))
        name = lone;
      const Type *ty = a->type && name.empty() == a->name.empty() ? resolve(a->type, in, file) : t_.types.object();
      bool notNone = a->notNone;
      if (!a->type && a->annotation && a->annotation->kind == Kind::Name)
        if (const Type *annotated = t_.types.byName(as<Name>(a->annotation)->id); annotated && annotated->extension) {
          ty = annotated; // `x: E` types the parameter (annotation typing), None refused unless the default
          notNone = !(a->defaultValue && a->defaultValue->kind == Kind::Constant &&
                      as<Constant>(a->defaultValue)->ck == ConstKind::None);
        }
      if (ty->kind == TypeKind::Void && f->args.size() == 1 && a->name.empty()) {
        // C's f(void): Cython asks for f() instead.
        diags_.report(DiagId::VoidArgument, file, a->range.begin);
        break;
      }
      bool reference = a->type && a->type->kind == Kind::CTypeReference;
      params.push_back({std::string(name), ty, a->defaultValue != nullptr, notNone, reference,
                        reference && as<CTypeWrap>(a->type)->base->kind == Kind::CTypeConst});
    }
    ExceptStyle style = ExceptStyle::NoExcept;
    std::string value;
    switch (f->except.kind) {
    case ExceptKind::NoExcept: style = ExceptStyle::NoExcept; break;
    case ExceptKind::Star: style = ExceptStyle::Star; break;
    case ExceptKind::Value:
    case ExceptKind::MaybeValue:
      style = f->except.kind == ExceptKind::Value ? ExceptStyle::Value : ExceptStyle::MaybeValue;
      value = literalText(f->except.value);
      // A compiled enum's item (`except? E1`, `except? E.E1`) is its number in C.
      if (auto it = in.symbols.find(value); it != in.symbols.end() && it->second.value && !it->second.external)
        value = std::to_string(*it->second.value);
      else if (std::optional<std::string> c = f->except.value ? constantExceptText(f->except.value) : std::nullopt)
        value = *c; // a DEF name, a one-character string for a char
      if (const Expr *v = f->except.value; v && !isConstantExceptValue(v)) {
        diags_.report(DiagId::ExceptionValueNotConstant, file, v->range.begin);
        diags_.report(DiagId::NotCompileTimeConstant, file, v->range.begin);
      }
      if (result->kind == TypeKind::Pointer && f->except.value && isNumberLiteral(f->except.value)) {
        // `char *f() except -1`: a pointer's error value is a pointer (NULL)
        diags_.report(DiagId::CannotAssignType, file, f->except.value->range.begin, "long", describe(result));
        diags_.report(DiagId::ExceptionValueIncompatible, file, f->except.value->range.begin);
      }
      break;
    case ExceptKind::Cpp:
      style = ExceptStyle::Cpp;
      t_.cppClassesDeclared = true;
      break;
    case ExceptKind::Default:
      // Cython 3: extern functions raise nothing; compiled ones propagate
      // exceptions through a sentinel their result type allows.
      if (external || t_.moduleDirectives.legacyImplicitNoexcept)
        style = ExceptStyle::NoExcept;
      else if (result->isObject())
        style = ExceptStyle::Object;
      else if ((result->isNumeric() && result->kind != TypeKind::Complex) || result->kind == TypeKind::Pointer) {
        style = ExceptStyle::MaybeValue;
        value = result->kind == TypeKind::Pointer ? "NULL" : "-1";
      } else
        style = ExceptStyle::Star;
      break;
    }
    // `except +`: Cython's mapping of C++ exceptions; `except +*`: then a
    // Python exception the function set; `except +ValueError`: that type;
    // `except +handler`: a function that raises the Python exception.
    bool handlerFunction = false;
    if (style == ExceptStyle::Cpp && f->except.value && f->except.value->kind == Kind::Name) {
      std::string_view id = as<Name>(f->except.value)->id;
      value = std::string(id);
      if (const Type *et = t_.types.byName(id); !(et && et->exceptionType) && id != "*")
        if (auto it = in.symbols.find(value); it != in.symbols.end() && it->second.kind == CSymbol::Kind::Function) {
          handlerFunction = true;
        }
    }
    if (result->isObject() && style != ExceptStyle::Cpp)
      style = ExceptStyle::Object;
    // `with gil` functions take the GIL themselves: callable without it.
    const Type *fn = t_.types.function(result, std::move(params), style, value, f->nogil || f->withGil || nogilBlock_);
    if (f->varargs)
      const_cast<Type *>(fn)->varargs = true;
    if (handlerFunction)
      const_cast<Type *>(fn)->cppHandlerFunction = true;
    if (f->returns && f->returns->kind == Kind::CTypeReference) {
      const_cast<Type *>(fn)->referenceResult = true;
      const_cast<Type *>(fn)->rvalueResult = as<CTypeWrap>(f->returns)->base->kind == Kind::CTypeReference; // T&&
    }
    return fn;
  }

  // An exception value C can write as a constant: a literal (negated or
  // not), or a name (an enum item, a DEF, a macro).
  bool isConstantExceptValue(const Expr *e) const {
    if (e->kind == Kind::Cast) // `except <int *>-1`: the value as the result's type
      e = as<Cast>(e)->operand;
    if (e->kind == Kind::Attribute && as<Attribute>(e)->value->kind == Kind::Name)
      return t_.types.byName(as<Name>(as<Attribute>(e)->value)->id) != nullptr; // `except? E.E1`: an enum's item
    if (e->kind == Kind::UnaryOp && (as<UnaryOp>(e)->op == UnaryOpKind::USub || as<UnaryOp>(e)->op == UnaryOpKind::UAdd))
      e = as<UnaryOp>(e)->operand;
    return e->kind == Kind::Constant || e->kind == Kind::Name;
  }

  static bool isNumberLiteral(const Expr *e) {
    if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub)
      e = as<UnaryOp>(e)->operand;
    return e->kind == Kind::Constant && (as<Constant>(e)->ck == ConstKind::Int || as<Constant>(e)->ck == ConstKind::Float);
  }

  // An exception value the compile-time evaluator knows, as C text:
  // `except infty` (a DEF), `except 'a'` (a char's code); NaN is Py_NAN,
  // which the printer tests with isnan.
  std::optional<std::string> constantExceptText(const Expr *e) const {
    if (e->kind == Kind::Cast)
      e = as<Cast>(e)->operand;
    std::optional<CompileTimeValue> v = t_.compileTime.eval(e);
    if (!v)
      return std::nullopt;
    switch (v->kind) {
    case CompileTimeValue::Kind::Int:
    case CompileTimeValue::Kind::Bool: return std::to_string(v->i);
    case CompileTimeValue::Kind::Float:
      if (std::isnan(v->f))
        return "Py_NAN";
      if (std::isinf(v->f))
        return v->f > 0 ? "Py_HUGE_VAL" : "(-Py_HUGE_VAL)";
      return fmt::format("{}", v->f);
    case CompileTimeValue::Kind::Str:
    case CompileTimeValue::Kind::Bytes:
      if (v->s.size() == 1)
        return std::to_string(static_cast<int>(static_cast<unsigned char>(v->s[0])));
      return std::nullopt;
    default: return std::nullopt;
    }
  }

  static std::string literalText(const Expr *e) {
    if (!e)
      return "-1";
    if (e->kind == Kind::Cast) // converted to the result's type where it is used
      return literalText(as<Cast>(e)->operand);
    if (e->kind == Kind::Attribute) // E.E1: the item, which C names alone
      return std::string(as<Attribute>(e)->attr);
    if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub)
      return "-" + literalText(as<UnaryOp>(e)->operand);
    if (e->kind == Kind::Constant && as<Constant>(e)->ck == ConstKind::Float)
      return fmt::format("{}", as<Constant>(e)->number); // `except? -1.0`: the double's shortest spelling
    if (e->kind == Kind::Constant)
      return std::string(as<Constant>(e)->value);
    if (e->kind == Kind::Name)
      return std::string(as<Name>(e)->id);
    return "-1";
  }

  // --- declarations ------------------------------------------------------------

  void declareAll(std::span<Stmt *const> body, CModule &into, const SourceFile &file, bool external) {
    for (const Stmt *s : body)
      declare(s, into, file, external);
  }

  // An extern block's header and verbatim code, each once.
  void addInclude(const CExternBlock &e) {
    std::string header;
    if (e.hasHeader && !e.header.empty())
      header = e.header.front() == '<' ? std::string(e.header) : "\"" + std::string(e.header) + "\"";
    if (header.empty() && e.verbatim.empty())
      return;
    auto found = std::find_if(t_.includes.begin(), t_.includes.end(),
                              [&](const Typing::Include &i) { return !header.empty() && i.header == header; });
    if (found == t_.includes.end()) {
      t_.includes.push_back({header, {}});
      found = t_.includes.end() - 1;
    }
    if (e.verbatim.empty())
      return;
    for (const Typing::Include &i : t_.includes)
      if (std::find(i.verbatim.begin(), i.verbatim.end(), e.verbatim) != i.verbatim.end())
        return;
    found->verbatim.emplace_back(e.verbatim);
  }

  void declare(const Stmt *s, CModule &into, const SourceFile &file, bool external) {
    switch (s->kind) {
    case Kind::CExternBlock: {
      auto *e = as<CExternBlock>(s);
      addInclude(*e);
      bool outer = nogilBlock_, outerExtern = externBlock_, outerFrom = externFromBlock_, outerInclude = includedBlock_;
      std::string outerNamespace = namespace_;
      nogilBlock_ = e->nogil; // `cdef extern from "h" nogil:` makes every function in it nogil
      externBlock_ = true;
      externFromBlock_ = e->hasHeader; // not `cdef extern class pkg.Name` alone
      includedBlock_ = e->hasHeader || e->star;
      if (!e->ns.empty())     // `namespace "geo"`: C++ names the block's declarations geo::name
        namespace_ = std::string(e->ns) + "::";
      declareAll(e->body, into, file, true);
      nogilBlock_ = outer;
      externBlock_ = outerExtern;
      externFromBlock_ = outerFrom;
      includedBlock_ = outerInclude;
      namespace_ = outerNamespace;
      return;
    }
    case Kind::CDeclBlock: declareAll(as<CDeclBlock>(s)->body, into, file, external); return;
    case Kind::CompileTimeDef: {
      auto *d = as<CompileTimeDef>(s);
      if (auto v = t_.compileTime.eval(d->value))
        t_.compileTime.define(d->name, *v);
      else
        diags_.report(DiagId::NotCompileTimeConstant, file, d->value->range.begin);
      return;
    }
    case Kind::CompileTimeIf: {
      auto *c = as<CompileTimeIf>(s);
      auto v = t_.compileTime.eval(c->test);
      if (!v) {
        diags_.report(DiagId::NotCompileTimeConstant, file, c->test->range.begin);
        return;
      }
      t_.compileTimeTests[s] = v->truth();
      declareAll(v->truth() ? c->body : c->orelse, into, file, external);
      return;
    }
    case Kind::CEnumDef: {
      // Enums are ints to C and to Python. An extern enum's items are
      // the header's names; a compiled enum's values are computed here.
      auto *en = as<CEnumDef>(s);
      if (en->hasBody && !en->name.empty()) { // an enum's items are given once
        auto [it, first] = enumBodies_.emplace(std::pair(&into, std::string(en->name)), std::pair(&file, en->range.begin));
        if (!first) {
          diags_.report(DiagId::Redeclared, file, en->range.begin, en->name);
          diags_.report(DiagId::PreviousDeclaration, *it->second.first, it->second.second);
          return;
        }
      }
      bool pythonClass = en->isCpdef && !en->name.empty() && &into == &t_.module;
      bool fromHeader = (external || en->visibility == Visibility::Extern) && !en->name.empty() && !pythonClass;
      const Type *intType = pythonClass  ? t_.types.cpdefEnum(en->name, en->isScoped)
                            : fromHeader ? t_.types.externEnum(!en->cname.empty() ? std::string(en->cname) // the header's type
                                                                                  : namespace_ + std::string(en->name),
                                                               en->isScoped)
                                         : t_.types.byName("int");
      if (!en->name.empty())
        t_.types.define(en->name, intType);
      if (pythonClass)
        t_.pythonEnums.push_back({std::string(en->name), {}, en->isScoped,
                                  en->doc && en->doc->kind == Kind::Constant ? std::string(as<Constant>(en->doc)->value)
                                                                             : std::string()});
      long long next = 0;
      bool ext = external || en->visibility == Visibility::Extern;
      for (const CEnumItem *item : en->items) {
        CSymbol sym;
        sym.kind = CSymbol::Kind::Variable;
        sym.type = intType;
        // A C++ `enum class`'s items are its own names (Enum1::Item1).
        std::string scope = !en->isScoped || en->name.empty() ? ""
                            : !en->cname.empty()                ? std::string(en->cname) + "::"
                                                                : namespace_ + std::string(en->name) + "::";
        sym.cname = !item->cname.empty() ? std::string(item->cname)
                    : !scope.empty()     ? scope + std::string(item->name)
                                         : namespace_ + std::string(item->name);
        sym.external = ext;
        if (!ext) {
          std::optional<long long> v = item->value ? constantInt(item->value, into) : std::optional(next);
          if (!v) {
            diags_.report(DiagId::ArrayDimensionNotConstant, file, item->range.begin);
            v = 0;
          }
          sym.value = *v;
          next = *v + 1;
        }
        // A scoped enum's items are reached through it only (`Enum1.Item1`):
        // named "Enum1.Item1" (no identifier spells that), so two enum
        // classes may have items of one name.
        into.symbols[en->isScoped && !en->name.empty() ? std::string(en->name) + "." + std::string(item->name)
                                                       : std::string(item->name)] = sym;
        if (pythonClass) // Cython 3.3: the items are the class's, not the module's
          t_.pythonEnums.back().items.emplace_back(item->name, sym.value ? std::to_string(*sym.value) : sym.cname);
        else if ((en->isCpdef || en->visibility == Visibility::Public) && &into == &t_.module)
          t_.pythonEnumItems.push_back(std::string(item->name));
      }
      return;
    }
    case Kind::CClassDef: declareClass(as<CClassDef>(s), into, file); return;
    case Kind::CppClassDef: declareCppClass(as<CppClassDef>(s), into, file, nullptr); return;
    case Kind::CStructDef: {
      auto *sd = as<CStructDef>(s);
      if (!external && &file == &file_) {
        // Declared twice (a forward declaration, then the definition): both
        // with `cdef` or both with `ctypedef`, as Cython requires.
        auto [it, first] = structKeyword_.emplace(std::string(sd->name), sd->isTypedef);
        if (!first && it->second != sd->isTypedef)
          diags_.report(DiagId::StructKeywordMismatch, file, s->range.begin, sd->name,
                        it->second ? "ctypedef" : "cdef");
      }
      std::string cname = !sd->cname.empty() ? std::string(sd->cname) : namespace_ + std::string(sd->name);
      sema::Type *st = t_.types.structType(cname, sd->isUnion, sd->isTypedef || !external);
      st->packed = sd->packed;
      st->fromHeader = external;
      st->incomplete = !sd->hasBody && (st->incomplete || st->params.empty());
      t_.types.define(sd->name, st); // declared first: fields may point to it
      for (const Stmt *field : sd->fields)
        if (field->kind == Kind::CVarDecl)
          for (const CDeclarator *d : as<CVarDecl>(field)->declarators) {
            st->params.push_back({std::string(d->name), resolve(d->type, into, file)});
            if (st->params.back().type->isObject() && !external) // nothing would own the reference
              diags_.report(DiagId::ObjectStructMember, file, d->range.begin);
          }
      if (!external && sd->hasBody)
        t_.structs.push_back(st);
      return;
    }
    case Kind::CFusedDef: // its functions' specialisations are made (sema/fused.h); others may cimport it
      into.fusedTypes.insert(std::string(as<CFusedDef>(s)->name));
      return;
    case Kind::CTypedef: {
      auto *td = as<CTypedef>(s);
      const Type *ty = resolve(td->type, into, file);
      if (external && ty->kind == TypeKind::Int) // C code spells it by its own name (int64_t), or the string's
        ty = t_.types.externInt(td->cname.empty() ? td->name : td->cname, ty);
      if (const Type *known = t_.types.byName(td->name); &into != &t_.module && known && known->isObject()) {
        showTypeName(std::string(td->name), ty); // `ctypedef bint bool` of libcpp: where cimported only
        into.scopedTypes[std::string(td->name)] = ty;
      } else {
        t_.types.define(td->name, ty);
      }
      return;
    }
    case Kind::CVarDecl:
      for (const CDeclarator *d : as<CVarDecl>(s)->declarators) {
        if (isRvalueReference(d->type))
          diags_.report(DiagId::RvalueReferenceDeclared, file, d->type->range.begin);
        CSymbol sym;
        sym.kind = CSymbol::Kind::Variable;
        sym.type = resolve(d->type, into, file);
        sym.external = external || as<CVarDecl>(s)->visibility == Visibility::Extern;
        sym.cname = !d->cname.empty() ? std::string(d->cname) : namespace_ + std::string(d->name);
        if (!sym.external)
          sym.decl = d;
        into.symbols[std::string(d->name)] = sym;
      }
      return;
    case Kind::CFunctionDef: {
      auto *f = as<CFunctionDef>(s);
      if (f->hasBody && file.path().ends_with(".pxd")) { // code in a .pxd: compiled by every module cimporting it
        if (!f->isInline)
          diags_.report(DiagId::PxdFunctionNotInline, file, f->range.begin);
        else if (f->visibility == Visibility::Public || f->api)
          diags_.report(DiagId::PxdInlineVisibility, file, f->range.begin, f->api ? "api" : "public");
      }
      // `except +handler` converts a C++ exception where the call is made:
      // only a library's function can throw one.
      if (f->hasBody && f->type->except.kind == ExceptKind::Cpp && f->type->except.value)
        diags_.report(DiagId::CppExceptionNotExtern, file, f->range.begin);
      CSymbol sym;
      sym.kind = CSymbol::Kind::Function;
      // A declaration without a body outside an extern block announces a
      // function the module defines (a .pxd beside it).
      bool ext = external || f->visibility == Visibility::Extern;
      size_t mark = hiddenTypeNames_.size();
      for (const Node *p : f->templateParams) // `T f[T](T)`: a C++ function template
        if (p->kind == Kind::Name) {
          sym.templateParams.emplace_back(as<Name>(p)->id);
          showTypeName(sym.templateParams.back(), t_.types.templateParam(as<Name>(p)->id));
        }
      sym.type = functionType(f->type, into, file, ext && !f->hasBody);
      hideTypeNames(mark);
      sym.external = ext && !f->hasBody;
      sym.isCpdef = f->isCpdef;
      sym.cname = !f->cname.empty() ? std::string(f->cname) : (sym.external ? namespace_ : "") + std::string(f->name);
      auto known = into.symbols.find(std::string(f->name));
      if (f->hasBody) {
        sym.def = f;
        if (&into == &t_.module)
          t_.cfunctions.push_back(f);
        // Declared by the module's .pxd first: other modules cimport it.
        sym.exported = known != into.symbols.end() && known->second.exported;
        if (sym.exported && known->second.type && !matchesDeclaration(sym.type, known->second.type))
          diags_.report(DiagId::SignatureMismatch, file, f->range.begin);
      } else if (known != into.symbols.end() && known->second.def) {
        return; // a .pxd declaration of a function defined here
      } else if (sym.external && known != into.symbols.end() && known->second.external &&
                 known->second.kind == CSymbol::Kind::Function && known->second.type &&
                 !sameCType(known->second.type, sym.type)) {
        // C++ overloads (`string to_string(int)`, `to_string(double)`).
        sym.overloads = known->second.overloads.empty() ? std::vector{known->second.type} : known->second.overloads;
        sym.overloadTemplateParams = known->second.overloads.empty()
                                         ? std::vector<std::vector<std::string>>{known->second.templateParams}
                                         : known->second.overloadTemplateParams;
        sym.overloads.push_back(sym.type);
        sym.overloadTemplateParams.push_back(sym.templateParams);
      } else if (!ext && &into != &t_.module) {
        sym.fromModule = into.name; // another module's cdef function
      } else if (!ext && &file != &file_ && !f->isInline) {
        sym.exported = true; // the module's own .pxd declares it
      }
      into.symbols[std::string(f->name)] = sym;
      return;
    }
    case Kind::FunctionDef:
      if (&into == &t_.module)
        declarePureFunction(as<FunctionDef>(s));
      return;
    case Kind::CImport:
      for (const Alias *a : as<CImport>(s)->names) {
        if (a->name == "cython") {
          if (&into == &t_.module)
            t_.cythonName = std::string(a->asname.empty() ? a->name : a->asname);
          continue;
        }
        // `cimport cython.parallel` binds cython (`cython.parallel.prange`);
        // `cimport cython.parallel as cp` names the submodule (`cp.prange`).
        if (a->name == "cython.parallel" || a->name == "cython.operator") {
          if (&into != &t_.module)
            continue;
          if (a->asname.empty())
            t_.cythonName = "cython";
          else
            t_.cythonAliases[std::string(a->asname)] = std::string(a->name.substr(7));
          continue;
        }
        std::string_view dotted = withoutCimportsPrefix(a->name);
        const CModule *m = load(dotted, file, s->range.begin);
        if (!m)
          continue;
        CSymbol sym;
        sym.kind = CSymbol::Kind::Module;
        sym.module = m;
        if (!a->asname.empty()) {
          into.symbols[std::string(a->asname)] = sym;
        } else {
          // `cimport libc.math` binds `libc`, through which `libc.math` is reached.
          bindPackagePath(into, dotted, m);
        }
      }
      return;
    case Kind::ImportFrom:
      // Pure-Python mode: `from cython.cimports.libc.math import sqrt` is a cimport.
      if (isCimportsModule(as<ImportFrom>(s)->module) && as<ImportFrom>(s)->level == 0)
        fromCimport(as<ImportFrom>(s)->module, as<ImportFrom>(s)->names, s, into, file);
      else if (isCythonModule(as<ImportFrom>(s)->module) && as<ImportFrom>(s)->level == 0 && &into == &t_.module)
        aliasCythonNames(as<ImportFrom>(s)->module, as<ImportFrom>(s)->names); // as `from cython cimport`
      return;
    case Kind::FromCImport: {
      auto *fc = as<FromCImport>(s);
      if (fc->level > 0) { // `from .object cimport PyObject` in a package's .pxd
        std::string absolute = relativeModule(into, fc->level, fc->module);
        if (absolute.empty())
          diags_.report(DiagId::CimportNotFound, file, s->range.begin,
                        std::string(size_t(fc->level), '.') + std::string(fc->module));
        else
          fromCimport(absolute, fc->names, s, into, file);
        return;
      }
      if (isCimportsModule(fc->module)) {
        fromCimport(fc->module, fc->names, s, into, file);
        return;
      }
      if (fc->module == "cython" || fc->module.substr(0, 7) == "cython.") {
        // The cython module's names are built in; remember the ones
        // imported bare (`from cython cimport typeof`).
        if (&into == &t_.module)
          aliasCythonNames(fc->module, fc->names);
        return;
      }
      fromCimport(fc->module, fc->names, s, into, file);
      return;
    }
    default: return;
    }
  }

  static bool isCythonModule(std::string_view dotted) {
    return dotted == "cython" || (dotted.substr(0, 7) == "cython." && !isCimportsModule(dotted));
  }
  // `from cython cimport typeof as t` (t -> "typeof"), `from cython.parallel
  // import prange` (prange -> "parallel.prange").
  // A cdef class of the module (in its .pyx, or declared by its .pxd and
  // completed by the .pyx): its base, C attributes and C methods. The
  // class's own name is its static type from here on.
  // Cython resolves a module's cdef classes in any order (`cdef class
  // Y(X)` before X is defined): every class name of the module's body (and
  // its .pxd) is a type before any class is declared.
  void preDeclareClasses(std::span<Stmt *const> body, const CModule &in) {
    for (const Stmt *s : body) {
      if (s->kind == Kind::CDeclBlock) {
        preDeclareClasses(as<CDeclBlock>(s)->body, in);
        continue;
      }
      if (s->kind == Kind::CExternBlock) { // a library's types, named before their declarations
        for (const Stmt *member : as<CExternBlock>(s)->body)
          if (member->kind == Kind::CClassDef && !as<CClassDef>(member)->module.empty())
            preDeclareExternClass(as<CClassDef>(member));
          else
            preDeclareExternType(member, as<CExternBlock>(s)->ns);
        continue;
      }
      if (s->kind != Kind::CClassDef || !as<CClassDef>(s)->module.empty() || as<CClassDef>(s)->isExternTypedef)
        continue;
      std::string_view name = as<CClassDef>(s)->name;
      const Type *known = t_.types.byName(name);
      if (!(known && known->extension && known->extension->module == in.name))
        t_.extensions.push_back(t_.types.extensionType(name, in.name));
    }
  }

  // A header's struct or enum that declarations before it use (NumPy's
  // PyArray_DatetimeMetaData names NPY_DATETIMEUNIT, defined further on):
  // known by name from the start, completed where it is declared.
  void preDeclareExternType(const Stmt *s, std::string_view ns) {
    std::string prefix = ns.empty() ? "" : std::string(ns) + "::";
    if (s->kind == Kind::CStructDef && as<CStructDef>(s)->hasBody && !t_.types.byName(as<CStructDef>(s)->name)) {
      auto *sd = as<CStructDef>(s);
      std::string cname = !sd->cname.empty() ? std::string(sd->cname) : prefix + std::string(sd->name);
      sema::Type *st = t_.types.structType(cname, sd->isUnion, sd->isTypedef);
      st->fromHeader = true;
      st->incomplete = st->params.empty();
      t_.types.define(sd->name, st);
    } else if (s->kind == Kind::CEnumDef && !as<CEnumDef>(s)->name.empty() && !as<CEnumDef>(s)->isCpdef &&
               !t_.types.byName(as<CEnumDef>(s)->name)) {
      t_.types.define(as<CEnumDef>(s)->name, t_.types.externEnum(prefix + std::string(as<CEnumDef>(s)->name)));
    }
  }

  void preDeclareExternClass(const CClassDef *c) {
    std::string module = c->module == "__builtin__" ? "builtins" : std::string(c->module);
    const Type *known = t_.types.byName(c->name);
    if (known && known->isObject() && (!known->extension || known->extension->module == module))
      return; // a builtin type, or declared before
    ExtensionType *e = t_.types.extensionType(c->name, module);
    e->external = true; // declareExternClass completes it
    t_.extensions.push_back(e);
  }

  // `into`: the module, or a cimported .pxd declaring another module's
  // classes (their layout and C methods, which typed code here uses).
  // A .pxd declares; only inline C functions (and the buffer protocol's
  // two methods) may have bodies there.
  void checkPxdMethods(const CClassDef *c, const SourceFile &file) {
    if (!file.path().ends_with(".pxd"))
      return;
    for (const Stmt *s : c->body) {
      bool implemented = false;
      if (s->kind == Kind::FunctionDef)
        implemented = as<FunctionDef>(s)->name != "__getbuffer__" && as<FunctionDef>(s)->name != "__releasebuffer__";
      else if (s->kind == Kind::CFunctionDef)
        implemented = as<CFunctionDef>(s)->hasBody && !as<CFunctionDef>(s)->isInline;
      if (implemented)
        diags_.report(DiagId::PxdFunctionNotInline, file, s->range.begin);
    }
  }

  void declareClass(const CClassDef *c, const CModule &into, const SourceFile &file) {
    checkPxdMethods(c, file);
    if (!c->module.empty()) {
      declareExternClass(c, into, file);
      return;
    }
    if (c->isExternTypedef)
      return; // `ctypedef class Name` without its module: the lowering reports it
    const Type *known = t_.types.byName(c->name);
    ExtensionType *e = known && known->extension && known->extension->module == into.name
                           ? const_cast<ExtensionType *>(known->extension)
                           : nullptr;
    if (!e) {
      e = t_.types.extensionType(c->name, into.name);
      t_.extensions.push_back(e);
    }
    // A declaration before this one (a forward declaration, or the .pxd's)
    // fixed the base, unless it named none.
    bool declaredBefore = e->declared && (e->base || c->bases.empty());
    e->declared = true;
    const Expr *freelist = nullptr;
    for (const Expr *d : c->decorators) {
      if (cythonFunction(d) == "final")
        e->final = true;
      if (d->kind == Kind::Call && cythonFunction(as<Call>(d)->func) == "freelist")
        freelist = d;
    }
    if (!c->bases.empty()) {
      const Type *base = c->bases[0]->kind == Kind::Name ? t_.types.byName(as<Name>(c->bases[0])->id) : nullptr;
      if (declaredBefore) {
        if ((base ? base->extension : nullptr) != e->base && base != t_.types.object())
          diags_.report(DiagId::BaseDiffersFromDeclaration, file, c->bases[0]->range.begin);
      } else if (base && base->extension && base->extension->final)
        diags_.report(DiagId::FinalBaseClass, file, c->bases[0]->range.begin, base->extension->name, c->name);
      else if (base && base->extension && base->extension->isSubtypeOf(e)) // itself, or a subclass of it
        diags_.report(DiagId::IncompleteBaseClass, file, c->bases[0]->range.begin, base->extension->name, c->name);
      else if (base && base->extension)
        e->base = base->extension;
      else if (c->bases[0]->kind == Kind::Name && (as<Name>(c->bases[0])->id == "float" || as<Name>(c->bases[0])->id == "complex") &&
               !t_.symbol(as<Name>(c->bases[0])->id))
        e->builtinBase = as<Name>(c->bases[0])->id; // Python's float and complex (the names are C types too)
      else if (base && base->isObject() && base != t_.types.object() && base != t_.types.pythonInt() &&
               c->bases[0]->kind == Kind::Name && !t_.symbol(as<Name>(c->bases[0])->id)) {
        if (base->name == "tuple" || base->name == "bytes") // instances of varying size (str is checked at run time)
          diags_.report(DiagId::VarObjectBase, file, c->bases[0]->range.begin, base->name);
        e->builtinBase = base->name; // list, dict, ...: the lowering says which it can extend
      }
      else if (!base && c->bases[0]->kind == Kind::Name && scopes_.module()->assigned.count(std::string(as<Name>(c->bases[0])->id)))
        diags_.report(DiagId::NotExtensionBase, file, c->bases[0]->range.begin, c->name); // a Python class
      else if (!base && c->bases[0]->kind == Kind::Name && !isBuiltinName(as<Name>(c->bases[0])->id))
        diags_.report(DiagId::UndeclaredName, file, c->bases[0]->range.begin, as<Name>(c->bases[0])->id);
      else if (!(base && base == t_.types.object()))
        t_.unsupportedBases.insert(c); // other builtin bases: the lowering reports them
    }
    if (freelist && e->base) // Cython places a decorated class at its first decorator
      diags_.report(DiagId::FreelistOnSubtype, file, c->decorators[0]->range.begin);
    if (!c->hasBody)
      return;
    if (&file == &file_)
      e->implemented = true;
    if (&into != &t_.module)
      e->imported = true;
    // The .pxd declared the attributes: the .pyx may not repeat them.
    declareMembers(e, c->body, into, file, e->membersDeclared && &file == &file_);
    e->membersDeclared = true;
  }

  // `cdef extern class pkg.Name [object S]` / `ctypedef class pkg.Name
  // [object S]` in an extern block: a type a C library defines, which typed
  // code here reads through the header's struct. `__builtin__` is Python 2's
  // name for builtins, which Cython's own declarations still use.
  void declareExternClass(const CClassDef *c, const CModule &into, const SourceFile &file) {
    std::string module = c->module == "__builtin__" ? "builtins" : std::string(c->module);
    const Type *known = t_.types.byName(c->name);
    // `ctypedef class __builtin__.list [object PyListObject]`: list stays
    // the builtin static type pyxc knows (its C attributes are not read).
    if (module == "builtins" && known && known->isObject() && !known->extension)
      return;
    ExtensionType *e = known && known->extension && known->extension->external && known->extension->module == module
                           ? const_cast<ExtensionType *>(known->extension)
                           : nullptr;
    if (!e) {
      e = t_.types.extensionType(c->name, module);
      t_.extensions.push_back(e);
    }
    e->external = e->imported = e->declared = true;
    if (!c->objectStruct.empty())
      e->cStruct = (c->isExternTypedef ? "" : "struct ") + std::string(c->objectStruct);
    else if (externFromBlock_) // the header has the struct: pyxc cannot lay it out
      diags_.report(DiagId::ExternClassNeedsObjectStruct, file, c->range.begin);
    e->cTypeObject = std::string(c->typeObject);
    if (c->checkSize) // the parser allows only Cython's three
      e->checkSize = std::string(c->checkSizeValue);
    if (!c->bases.empty() && !e->base) {
      const Type *base = c->bases[0]->kind == Kind::Name ? t_.types.byName(as<Name>(c->bases[0])->id) : nullptr;
      if (base && base->extension)
        e->base = base->extension;
      else if (!(base && base == t_.types.object()))
        t_.unsupportedBases.insert(c);
    }
    if (!c->hasBody || e->membersDeclared)
      return;
    declareMembers(e, c->body, into, file, false);
    e->membersDeclared = true;
  }

  void declareMembers(ExtensionType *e, std::span<Stmt *const> body, const CModule &in, const SourceFile &file,
                      bool completing) {
    for (size_t i = 0; i < body.size(); ++i) {
      const Stmt *st = body[i];
      if (st->kind == Kind::CDeclBlock) {
        declareMembers(e, as<CDeclBlock>(st)->body, in, file, completing);
      } else if (st->kind == Kind::CVarDecl) {
        auto *v = as<CVarDecl>(st);
        for (const CDeclarator *d : v->declarators) {
          if (completing || e->attribute(d->name)) {
            diags_.report(DiagId::Redeclared, file, d->range.begin, d->name);
            continue;
          }
          ExtensionType::Attribute a;
          a.name = std::string(d->name);
          a.type = resolve(d->type, in, file);
          a.pythonVisible = v->visibility == Visibility::Public || v->visibility == Visibility::Readonly;
          a.writable = v->visibility == Visibility::Public;
          if (e->external)
            a.cName = std::string(d->cname.empty() ? d->name : d->cname);
          a.declaredIn = &file;
          a.declaredAt = d->range.begin;
          e->attributes.push_back(a);
        }
        // A string right after an attribute's declaration documents it.
        if (i + 1 < body.size() && body[i + 1]->kind == Kind::ExprStmt && !v->declarators.empty() &&
            !e->attributes.empty() && e->attributes.back().name == v->declarators.back()->name) {
          const Expr *doc = as<ExprStmt>(body[i + 1])->value;
          if (doc->kind == Kind::Constant && as<Constant>(doc)->ck == ConstKind::Str)
            e->attributes.back().doc = std::string(as<Constant>(doc)->value);
        }
      } else if (st->kind == Kind::CFunctionDef) {
        declareMethod(e, as<CFunctionDef>(st), in, file);
      }
    }
  }

  // A cdef/cpdef method: a C function whose first parameter is self (of
  // the class's type); a body completes the .pxd's declaration of it.
  void declareMethod(ExtensionType *e, const CFunctionDef *f, const CModule &in, const SourceFile &file) {
    for (ExtensionType::Method &m : e->methods)
      if (m.name == f->name) {
        if (f->hasBody && !m.symbol->def) {
          const_cast<CSymbol *>(m.symbol)->def = f;
          if ((f->type->args.empty() && !m.isStatic) ||
              !sameSignature(functionType(f->type, in, file, false), m.signature, m.isStatic ? 0 : 1)) {
            diags_.report(DiagId::IncompatibleOverride, file, f->range.begin);
            diags_.report(DiagId::PreviousDeclaration, *m.symbol->declaredIn, m.symbol->declaredAt);
          }
        } else {
          diags_.report(DiagId::Redeclared, file, f->range.begin, f->name);
        }
        return;
      }
    for (const ExtensionType::Attribute &a : e->attributes)
      if (a.name == f->name) { // an attribute and a method of one name
        diags_.report(DiagId::Redeclared, file, f->range.begin, f->name);
        diags_.report(DiagId::PreviousDeclaration, *a.declaredIn, a.declaredAt);
        return;
      }
    bool isStatic = false, final = false, property = false;
    for (const Expr *d : f->decorators) {
      isStatic |= d->kind == Kind::Name && as<Name>(d)->id == "staticmethod";
      property |= d->kind == Kind::Name && as<Name>(d)->id == "property"; // extern classes only (syntax_checks)
      final |= cythonFunction(d) == "final";
    }
    if (property && !f->hasBody) { // Cython's declarations give the body: the module compiles it
      diags_.report(DiagId::MethodDeclaredNotDefined, file, f->range.begin, f->name);
      return;
    }
    bool bufferSlot = isBufferMethod(f->name) && f->hasBody && !f->isCpdef;
    if (size_t expected = f->name == "__getbuffer__" ? 3 : 2; bufferSlot && f->type->args.size() != expected) {
      diags_.report(DiagId::SpecialMethodArgCount, file, f->range.begin, f->name, f->type->args.size(), expected);
      return;
    }
    if (f->name.size() > 4 && f->name.starts_with("__") && f->name.ends_with("__") && !bufferSlot)
      diags_.report(DiagId::CdefSpecialMethod, file, f->range.begin);
    if (final && f->isCpdef && !e->final) // at the first decorator, as Cython places it
      diags_.report(DiagId::FinalPythonMethod, file, f->decorators[0]->range.begin);
    if (const ExtensionType::Method *inherited = e->base ? e->base->method(f->name) : nullptr;
        inherited && inherited->final)
      diags_.report(DiagId::OverridingFinalMethod, file, f->range.begin);
    if (f->type->args.empty() && !isStatic) {
      diags_.report(DiagId::MethodWithoutSelf, file, f->range.begin);
      return;
    }
    const Type *sig = functionType(f->type, in, file, false);
    std::vector<Param> params = sig->params;
    if (!isStatic && f->type->args[0]->type && !params[0].type->isObject())
      diags_.report(DiagId::SelfArgumentType, file, f->range.begin, describe(params[0].type), f->name, e->name);
    if (!isStatic)
      params[0].type = e->type; // self
    sig = t_.types.function(sig->target, params, sig->except, sig->exceptValue, sig->nogil);
    if (f->type->varargs)
      const_cast<Type *>(sig)->varargs = true;
    CSymbol &sym = t_.methodSymbols.emplace_back();
    sym.kind = CSymbol::Kind::Function;
    sym.type = sig;
    sym.isCpdef = f->isCpdef;
    sym.owner = e;
    sym.staticMethod = isStatic;
    if (f->hasBody)
      sym.def = f;
    if (property && e->external && &file == &file_)
      sym.home = &in; // the module's own extern class: compiled if used, as a cimported .pxd's
    sym.declaredIn = &file;
    sym.declaredAt = f->range.begin;
    ExtensionType::Method m;
    m.name = std::string(f->name);
    m.signature = sig;
    m.cpdef = f->isCpdef;
    m.isStatic = isStatic;
    m.final = final;
    m.bufferSlot = bufferSlot;
    m.property = property && e->external;
    m.owner = e;
    if (const ExtensionType::Method *inherited = e->base ? e->base->method(f->name) : nullptr;
        inherited && !isStatic && !inherited->isStatic) {
      m.owner = inherited->owner;
      if (!overrides(sig, inherited->signature)) {
        diags_.report(DiagId::IncompatibleOverride, file, f->range.begin);
        diags_.report(DiagId::PreviousDeclaration, *inherited->symbol->declaredIn, inherited->symbol->declaredAt);
      }
    }
    m.symbol = &sym;
    e->methods.push_back(m);
  }

  // Whether a cdef function's definition is compatible with its .pxd
  // declaration (Cython's compatible_signature_with): the same parameters
  // (as many with defaults), varargs, result and nogil, and an exception
  // declaration the declaration's callers handle. A definition `except *`
  // is taken as compatible (Cython rewrites it to suit; not modelled).
  static bool matchesDeclaration(const Type *definition, const Type *declared) {
    if (definition->kind != TypeKind::Function || declared->kind != TypeKind::Function)
      return true;
    if (definition->params.size() != declared->params.size() || definition->varargs != declared->varargs ||
        definition->nogil != declared->nogil || !sameCType(definition->target, declared->target))
      return false;
    for (size_t i = 0; i < definition->params.size(); ++i)
      if (!sameCType(definition->params[i].type, declared->params[i].type) ||
          definition->params[i].hasDefault != declared->params[i].hasDefault)
        return false;
    return definition->except == ExceptStyle::Star || exceptionCompatible(definition, declared);
  }

  // Whether a method's definition matches its declaration (in the .pxd):
  // the same parameters from `firstParam` (1: after self), result,
  // exception value and nogil.
  static bool sameSignature(const Type *definition, const Type *declared, size_t firstParam) {
    if (definition->params.size() != declared->params.size() || definition->varargs != declared->varargs ||
        definition->nogil != declared->nogil || definition->except != declared->except ||
        definition->exceptValue != declared->exceptValue || !sameCType(definition->target, declared->target))
      return false;
    for (size_t i = firstParam; i < definition->params.size(); ++i) // (self's type is the class's)
      if (!sameCType(definition->params[i].type, declared->params[i].type) ||
          definition->params[i].hasDefault != declared->params[i].hasDefault)
        return false;
    return true;
  }

  // Whether a method of signature `sig` may override one of `base`'s (the
  // same parameters after self; the same result, or for an extension type
  // a subtype of it).
  static bool overrides(const Type *sig, const Type *base) {
    if (sig->params.size() != base->params.size() || sig->varargs != base->varargs)
      return false;
    for (size_t i = 1; i < sig->params.size(); ++i)
      if (sig->params[i].type != base->params[i].type)
        return false;
    const Type *r = sig->target, *b = base->target;
    return r == b || (r->extension && b->extension && r->extension->isSubtypeOf(b->extension));
  }

  void aliasCythonNames(std::string_view module, std::span<Alias *const> names) {
    std::string prefix = module == "cython" ? "" : std::string(module.substr(7)) + ".";
    if (module == "cython.parallel" && names.size() == 1 && names[0]->name == "*") {
      // `from cython.parallel import *`: its public names.
      for (const char *name : {"prange", "parallel", "threadid"})
        t_.cythonAliases[name] = prefix + name;
      return;
    }
    for (const Alias *a : names)
      t_.cythonAliases[std::string(a->asname.empty() ? a->name : a->asname)] = prefix + std::string(a->name);
  }

  static bool isCimportsModule(std::string_view dotted) {
    return dotted == "cython.cimports" || dotted.substr(0, 16) == "cython.cimports.";
  }
  static std::string_view withoutCimportsPrefix(std::string_view dotted) {
    return dotted.substr(0, 16) == "cython.cimports." ? dotted.substr(16) : dotted;
  }

  // `from X cimport a, b as c, *`.
  void fromCimport(std::string_view module, std::span<Alias *const> names, const Stmt *s, CModule &into,
                   const SourceFile &file) {
    std::string_view dotted = withoutCimportsPrefix(module);
    const CModule *m = dotted == "cython.cimports" ? nullptr : load(dotted, file, s->range.begin);
    if (!m)
      return;
    for (const Alias *a : names) {
      if (a->name == "*") {
        for (const auto &[name, sym] : m->symbols)
          into.symbols[name] = sym;
        for (const auto &[name, cls] : m->scopedTypes)
          t_.types.define(name, cls);
        continue;
      }
      std::string bound(a->asname.empty() ? a->name : a->asname);
      // An enum class's items come with it (named "Enum.Item").
      std::string items = std::string(a->name) + ".";
      for (auto item = m->symbols.lower_bound(items); item != m->symbols.end() && item->first.starts_with(items); ++item)
        into.symbols[bound + "." + item->first.substr(items.size())] = item->second;
      auto it = m->symbols.find(std::string(a->name));
      if (auto cls = m->scopedTypes.find(a->name); cls != m->scopedTypes.end()) {
        // `from libcpp.vector cimport vector`: the module's name for it (a
        // .pxd's while it is read).
        if (&into == &t_.module)
          t_.types.define(bound, cls->second);
        else
          showTypeName(bound, cls->second);
        into.scopedTypes[bound] = cls->second; // (cimportable from here too: libcpp.pair's pair)
      } else if (it != m->symbols.end()) {
        into.symbols[bound] = it->second;
      } else if (const CModule *sub = load(std::string(dotted) + "." + std::string(a->name), file, {}, true)) {
        CSymbol sym;
        sym.kind = CSymbol::Kind::Module;
        sym.module = sub;
        into.symbols[bound] = sym;
      } else if (m->fusedTypes.count(std::string(a->name))) {
        into.fusedTypes.insert(bound); // (sema/fused.h read it already)
      } else if (!t_.types.byName(a->name)) {
        diags_.report(DiagId::CimportNameNotDeclared, file, a->range.begin, std::string(a->name),
                      std::string(dotted));
      } else if (!a->asname.empty()) {
        t_.types.define(a->asname, t_.types.byName(a->name));
      }
    }
  }

  // Pure-Python mode: `@cython.cfunc` (cdef) and `@cython.ccall` (cpdef)
  // defs, typed by annotations, @cython.locals and @cython.returns.
  void declarePureFunction(const FunctionDef *f) {
    bool cfunc = false, ccall = false;
    const Type *result = nullptr;
    std::map<std::string, const Type *, std::less<>> locals;
    const Call *exceptval = nullptr; // @cython.exceptval(value, check=...)
    for (const Expr *d : f->decorators) {
      std::string_view name = cythonFunction(d->kind == Kind::Call ? as<Call>(d)->func : d);
      cfunc |= name == "cfunc";
      ccall |= name == "ccall";
      if (name == "exceptval" && d->kind == Kind::Call)
        exceptval = as<Call>(d);
      if (name == "returns" && d->kind == Kind::Call && as<Call>(d)->args.size() == 1)
        result = typeFromExpr(as<Call>(d)->args[0]);
      if (name == "locals" && d->kind == Kind::Call)
        for (const Keyword *k : as<Call>(d)->keywords)
          if (const Type *ty = typeFromExpr(k->value))
            locals[std::string(k->arg)] = ty;
    }
    if (!cfunc && !ccall)
      return;
    const Arguments *a = f->args;
    if (!a->posonlyargs.empty() || a->vararg || !a->kwonlyargs.empty() || a->kwarg)
      return; // only plain positional parameters make a C signature
    if (!result && f->returns)
      result = typeFromExpr(f->returns);
    if (!result)
      result = t_.types.object();
    std::vector<Param> params;
    for (size_t i = 0; i < a->args.size(); ++i) {
      const Arg *arg = a->args[i];
      const Type *ty = arg->ctype ? resolve(arg->ctype, t_.module, file_)
                       : arg->annotation && typeFromExpr(arg->annotation) ? typeFromExpr(arg->annotation)
                       : locals.count(arg->arg) ? locals.find(arg->arg)->second
                                                : t_.types.object();
      params.push_back({std::string(arg->arg), ty, i >= a->args.size() - a->defaults.size()});
    }
    ExceptStyle style = result->isObject() ? ExceptStyle::Object
                        : (result->isNumeric() && result->kind != TypeKind::Complex) || result->kind == TypeKind::Pointer
                            ? ExceptStyle::MaybeValue
                                                                                   : ExceptStyle::Star;
    std::string value = result->kind == TypeKind::Pointer ? "NULL" : "-1";
    if (!result->isObject() && exceptval) {
      // @cython.exceptval(v): `except v`; with check=True `except? v`; no
      // value and check=False: noexcept; check=True alone: `except *`.
      bool check = false;
      for (const Keyword *k : exceptval->keywords)
        if (k->arg == "check")
          check = k->value->kind == Kind::Constant && as<Constant>(k->value)->ck == ConstKind::True;
      if (!exceptval->args.empty()) {
        if (std::optional<long long> v = constantInt(exceptval->args[0], t_.module)) {
          value = std::to_string(*v);
          style = check ? ExceptStyle::MaybeValue : ExceptStyle::Value;
        }
      } else {
        style = check ? ExceptStyle::Star : ExceptStyle::NoExcept;
      }
    } else if (!result->isObject() && t_.moduleDirectives.legacyImplicitNoexcept) {
      style = ExceptStyle::NoExcept; // Cython 0.29's default
    }
    CSymbol sym;
    sym.kind = CSymbol::Kind::Function;
    sym.type = t_.types.function(result, std::move(params), style, style == ExceptStyle::MaybeValue ? value : "",
                                 false);
    sym.pureDef = f;
    sym.isCpdef = ccall;
    sym.cname = std::string(f->name);
    t_.module.symbols[std::string(f->name)] = sym;
  }

  void bindPackagePath(CModule &into, std::string_view dotted, const CModule *leaf) {
    size_t dot = dotted.find('.');
    if (dot == std::string_view::npos) {
      CSymbol sym;
      sym.kind = CSymbol::Kind::Module;
      sym.module = leaf;
      into.symbols[std::string(dotted)] = sym;
      return;
    }
    std::string head(dotted.substr(0, dot));
    CSymbol &pkg = into.symbols[head];
    if (pkg.kind != CSymbol::Kind::Module || !pkg.module) {
      t_.cmodules.push_back(std::make_unique<CModule>());
      t_.cmodules.back()->name = head;
      pkg.kind = CSymbol::Kind::Module;
      pkg.module = t_.cmodules.back().get();
    }
    bindPackagePath(const_cast<CModule &>(*pkg.module), dotted.substr(dot + 1), leaf);
  }

  // The module a relative cimport in `from` names: `level` dots up from the
  // package `from` belongs to (or is); empty when that leaves the top.
  std::string relativeModule(const CModule &from, int level, std::string_view module) const {
    std::string base = from.name;
    if (!packages_.count(base)) { // a module: its package
      size_t dot = base.rfind('.');
      base = dot == std::string::npos ? std::string() : base.substr(0, dot);
    }
    for (int i = 1; i < level && !base.empty(); ++i) {
      size_t dot = base.rfind('.');
      base = dot == std::string::npos ? std::string() : base.substr(0, dot);
    }
    if (base.empty())
      return {};
    return module.empty() ? base : base + "." + std::string(module);
  }

  // Finds, parses and declares `dotted`.pxd; null (reported unless `quiet`)
  // when no search path has it.
  const CModule *load(std::string_view dotted, const SourceFile &from, SourceLoc at, bool quiet = false) {
    std::string key(dotted);
    if (auto it = loaded_.find(key); it != loaded_.end())
      return it->second;
    bool isPackage = false;
    std::filesystem::path p = findPxd(key, includePaths_, &isPackage);
    if (!p.empty()) {
      auto file = loadSource(p.string(), diags_);
      if (!file)
        return nullptr;
      Module *m = parseModule(*file, SourceMode::Pxd, t_.arena, diags_);
      t_.cimportedPaths.push_back(file->path());
      t_.cmodules.push_back(std::make_unique<CModule>());
      CModule *cm = t_.cmodules.back().get();
      cm->name = key;
      loaded_[key] = cm;
      if (isPackage)
        packages_.insert(key);
      preDeclareClasses(m->body, *cm);
      size_t typeNames = hiddenTypeNames_.size(); // (its C++ classes' names: the .pxd's own while it is read)
      declareAll(m->body, *cm, *file, false);
      hideTypeNames(typeNames);
      DiagnosticEngine quiet; // a bad comment is the .pxd's build's to report
      DistutilsSettings settings = readDistutilsComments(*file, quiet);
      if (settings.values["language"] == std::vector<std::string>{"c++"})
        t_.cplusplus = true;
      adoptInlineFunctions(m, *cm, file);
      if (file)
        t_.files.push_back(std::move(file));
      return cm;
    }
    std::string rel = key;
    std::replace(rel.begin(), rel.end(), '.', '/');
    if (!quiet)
      diags_.report(DiagId::CimportNotFound, from, at, rel);
    loaded_[key] = nullptr;
    return nullptr;
  }

  // A .pxd with inline functions: the module compiles their code, so the
  // file becomes part of the module's (its locations moved into the
  // module's, as an included file's are) and its scopes join the module's.
  // Its declarations were read before, in its own locations.
public:
  void adoptInlineFunctions(const Module *m, CModule &cm, std::unique_ptr<SourceFile> &file) {
    std::vector<CSymbol *> defined;
    std::function<void(std::span<Stmt *const>)> collect = [&](std::span<Stmt *const> body) {
      for (const Stmt *s : body) {
        if (s->kind == Kind::CDeclBlock)
          collect(as<CDeclBlock>(s)->body);
        if (s->kind == Kind::CExternBlock)
          for (const Stmt *member : as<CExternBlock>(s)->body)
            if (member->kind == Kind::CClassDef)
              for (CSymbol *sym : propertyMethods(as<CClassDef>(member)))
                defined.push_back(sym);
        if (s->kind != Kind::CFunctionDef || !as<CFunctionDef>(s)->hasBody)
          continue;
        if (auto it = cm.symbols.find(std::string(as<CFunctionDef>(s)->name)); it != cm.symbols.end() && it->second.def == s)
          defined.push_back(&it->second);
      }
    };
    collect(m->body);
    if (defined.empty() || !root_ || !scopeTable_)
      return;
    uint32_t base = root_->adopt(std::move(file));
    if (base == 0)
      return; // no room for another file: its functions stay uncompiled (the lowering says so)
    for (CSymbol *sym : defined)
      sym->home = &cm;
    rebase(m, base);
    DiagnosticEngine scopeErrors; // the .pxd's own build reports them
    Scope *scope = scopeTable_->adopt(buildScopes(m, *root_, scopeErrors));
    t_.homes[scope] = &cm;
    t_.scopeDirectives[scope] = Directives{}; // not the module's: the .pxd's code is the same everywhere
  }

  // The `@property cdef inline` methods an extern class's declaration defines.
  std::vector<CSymbol *> propertyMethods(const CClassDef *c) const {
    std::vector<CSymbol *> found;
    const Type *t = t_.types.byName(c->name);
    if (!t || !t->extension || !t->extension->external)
      return found;
    for (const ExtensionType::Method &m : t->extension->methods)
      if (m.property && m.symbol->def && std::find(c->body.begin(), c->body.end(), m.symbol->def) != c->body.end())
        found.push_back(const_cast<CSymbol *>(m.symbol));
    return found;
  }

private:

  // --- the cython module ----------------------------------------------------------------

public:
  // `cython.NAME` (the module under its name here): NAME, else empty.
  std::string_view cythonFunction(const Expr *e) const {
    if (e->kind == Kind::Name) {
      auto it = t_.cythonAliases.find(std::string(as<Name>(e)->id));
      return it == t_.cythonAliases.end() ? std::string_view() : std::string_view(it->second);
    }
    if (t_.cythonName.empty() || e->kind != Kind::Attribute)
      return {};
    auto *a = as<Attribute>(e);
    // cython.parallel.prange: the submodule's names are known by their dotted path.
    if (a->value->kind == Kind::Attribute && as<Attribute>(a->value)->value->kind == Kind::Name &&
        as<Name>(as<Attribute>(a->value)->value)->id == t_.cythonName && as<Attribute>(a->value)->attr == "parallel")
      return a->attr == "prange" ? "parallel.prange" : a->attr == "threadid" ? "parallel.threadid" : "";
    if (a->value->kind != Kind::Name || as<Name>(a->value)->id != t_.cythonName)
      return {};
    return a->attr;
  }

  // A type written as an expression: `cython.int`, `cython.p_double`,
  // `cython.pointer(cython.int)`, or a C type's name.
  const Type *typeFromExpr(const Expr *e) {
    if (e->kind == Kind::Name)
      return t_.types.byName(as<Name>(e)->id);
    if (e->kind == Kind::Attribute) { // libcpp.vector.vector: a cimported module's C++ class
      std::string dotted;
      const Expr *v = as<Attribute>(e)->value;
      for (; v->kind == Kind::Attribute; v = as<Attribute>(v)->value)
        dotted = "." + std::string(as<Attribute>(v)->attr) + dotted;
      if (v->kind == Kind::Name)
        if (const CModule *m = cimportedModule(std::string(as<Name>(v)->id) + dotted, t_.module))
          if (auto it = m->scopedTypes.find(as<Attribute>(e)->attr); it != m->scopedTypes.end())
            return it->second;
    }
    if (e->kind == Kind::Subscript) { // cython.int[3]: a C array
      const Type *of = typeFromExpr(as<Subscript>(e)->value);
      if (of && of->kind == TypeKind::CppClass) // vector[int] in an expression (`vector[int]()`)
        return cppInstanceFromExpr(as<Subscript>(e), of);
      std::optional<long long> n = Typing::constantInt(as<Subscript>(e)->slice);
      return of && !of->isObject() && of->kind != TypeKind::Array && n && *n > 0 ? t_.types.array(of, *n) : nullptr;
    }
    if (e->kind == Kind::Call && cythonFunction(as<Call>(e)->func) == "pointer" && as<Call>(e)->args.size() == 1) {
      const Type *to = typeFromExpr(as<Call>(e)->args[0]);
      return to ? t_.types.pointer(to) : nullptr;
    }
    std::string_view name = cythonFunction(e);
    if (name.empty())
      return nullptr;
    int pointers = 0;
    while (name.substr(0, 2) == "p_" || name.substr(0, 3) == "pp_") {
      bool two = name[1] == 'p';
      pointers += two ? 2 : 1;
      name = name.substr(two ? 3 : 2);
    }
    const Type *ty = t_.types.byName(cythonTypeSpelling(name));
    if (!ty)
      return nullptr;
    for (int i = 0; i < pointers; ++i)
      ty = t_.types.pointer(ty);
    return ty;
  }

  // A pure-Python-mode annotation that names a C type, or null.
  const Type *cythonType(const Expr *annotation) {
    if (cythonFunction(annotation).empty() && annotation->kind != Kind::Call && annotation->kind != Kind::Subscript)
      return nullptr;
    const Type *ty = typeFromExpr(annotation);
    return ty && !ty->isObject() ? ty : nullptr;
  }


private:
  Typing &t_;
  const SourceFile &file_;
  const ScopeTable &scopes_;
  DiagnosticEngine &diags_;
  std::vector<std::string> includePaths_;
  std::string libraryDir_; // pyxc's declaration library
  std::map<std::string, const CModule *> loaded_;
  std::set<std::string> packages_; // loaded from a package's __init__.pxd
  bool nogilBlock_ = false;
  SourceFile *root_ = nullptr;      // the module's file, which adopts .pxd files with inline functions
  ScopeTable *scopeTable_ = nullptr; // the module's scopes, which adopt theirs
  bool externBlock_ = false; // declaring a `cdef extern` block's contents
  bool externFromBlock_ = false; // ... a `cdef extern from "header"` block's
  // ... a `cdef extern from "header"` or `from *` block's: C code elsewhere
  // defines its C++ classes (`cdef extern cppclass C:` alone the module defines).
  bool includedBlock_ = false;
  std::map<std::string, bool, std::less<>> structKeyword_; // the module's structs: declared with ctypedef?
  std::string namespace_; // inside `cdef extern from ... namespace "ns"`: "ns::"

  // C++ classes (sema/cpp_declarations.h).
  // (the module or .pxd declaring it, the outer class, the name): declared
  std::map<std::tuple<const CModule *, const Type *, std::string>, CppClass *> cppClasses_;
  std::vector<std::pair<std::string, const Type *>> hiddenTypeNames_; // names a class body shadows
  CppClass *declareCppClass(const CppClassDef *d, CModule &into, const SourceFile &file, const Type *outer,
                            bool readBody = true);
  void readCppMembers(CppClass *c, const CppClassDef *d, CModule &into, const SourceFile &file);
  void showTypeName(const std::string &name, const Type *t);
public:
  // While a Cython-defined C++ class's method bodies are typed, its
  // template parameters, nested types and own name are type names;
  // hideTypeNames(the mark returned) ends that.
  size_t showCppClassNames(const CppClass *c);
  void declareCppClassNames(const CppClassDef *d);
  void hideTypeNames(size_t mark);
  const Type *cppTemplateInstance(const CTypeTemplate *tt, const Type *generic, const CModule &in,
                                  const SourceFile &file);
  const Type *nestedCppType(const CTypeName *tn, const CModule &in, const SourceFile &file);
  const Type *cppInstanceFromExpr(const Subscript *e, const Type *generic);
  // The module a dotted name cimported in `in` names (`libcpp.vector`), or null.
  const CModule *cimportedModule(std::string_view dotted, const CModule &in) const {
    const CModule *m = &in;
    for (size_t start = 0; start <= dotted.size();) {
      size_t dot = dotted.find('.', start);
      std::string part(dotted.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
      auto it = m->symbols.find(part);
      if (it == m->symbols.end() || it->second.kind != CSymbol::Kind::Module)
        return nullptr;
      m = it->second.module;
      if (dot == std::string_view::npos)
        break;
      start = dot + 1;
    }
    return m;
  }
};

} // namespace pyxc::sema::detail

#include "sema/cpp_declarations.h"

