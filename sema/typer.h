// Typing: the C-level declarations of a module (cdef variables and
// functions, extern blocks, cimported .pxd files), the C types of function
// locals (declared, or inferred by Cython's safe rules), and the type of
// every expression. Codegen reads the result; untyped code stays objects.
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "sema/compile_time.h"
#include "sema/directives.h"
#include "sema/fused.h"
#include "sema/scopes.h"
#include "sema/types.h"

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace pyxc::sema {

struct CModule;

// A C-level name: a cdef function or variable of the module, something an
// extern block declares, or a cimported module.
struct CSymbol {
  enum class Kind : uint8_t { Variable, Function, Module };
  Kind kind = Kind::Variable;
  const Type *type = nullptr;
  std::string cname;     // extern: the name C code knows; else empty (codegen names it)
  bool external = false; // provided by a header
  bool isCpdef = false;   // also a Python function of the module
  std::optional<long long> value; // a compiled enum's item: its value
  const ast::CFunctionDef *def = nullptr; // a compiled cdef/cpdef function
  const ast::FunctionDef *pureDef = nullptr; // pure-Python mode: a def with @cython.cfunc/@cython.ccall
  // Compiled here (cdef/cpdef, or a pure-mode cfunc/ccall): called as C.
  bool compiled() const { return def || pureDef; }
  // A cdef function another module defines, declared by its .pxd: called
  // through a pointer imported from that module (its `__pyx_capi__`) when
  // this one runs. The dotted module; empty for others.
  std::string fromModule;
  // A cdef function this module's .pxd declares: other modules may cimport
  // it, so the module exports a pointer to it.
  bool exported = false;
  const ast::CDeclarator *decl = nullptr; // a compiled module-level cdef variable
  const CModule *module = nullptr;        // Kind::Module
  // An inline function a cimported .pxd defines (`cdef inline f(): ...`):
  // that .pxd's names, where its body's names are looked up. The module
  // compiles its own copy of it where it uses it, as Cython does.
  const CModule *home = nullptr;
  // A cdef/cpdef method: the extension type that declares it (its first
  // C parameter is self).
  const ExtensionType *owner = nullptr;
  bool staticMethod = false; // `@staticmethod cdef`: no self, called directly
  // Where a method was first declared (its .pyx or .pxd), for notes.
  const SourceFile *declaredIn = nullptr;
  SourceLoc declaredAt;
  // A C++ class's member (sema/cpp_expressions.h): `type` is its signature
  // in the instance called, `cname` its C++ name, `cppClass` the instance.
  enum class Cpp : uint8_t {
    None,
    Method,       // obj.f(...) or ptr.f(...): called on the receiver
    StaticMethod, // Class.f(...) or obj.f(...) of a `@staticmethod`
    Constructor,  // Class(...), new Class(...): returns the instance
    Operator,     // a + b, v[i], deref(it): the C++ operator `cname` names ("operator+")
  };
  Cpp cpp = Cpp::None;
  const Type *cppClass = nullptr;
  // A field of the C++ class whose member function names it bare (`cname`
  // reaches it through `this`).
  bool thisMember = false;
  // An extern function C++ overloads: every signature declared under its
  // name, in order (a call picks one: sema/cpp_expressions.h); empty when
  // it has one. A function template's parameters (`T f[T](T)`).
  std::vector<const Type *> overloads;
  std::vector<std::string> templateParams;
  std::vector<std::vector<std::string>> overloadTemplateParams; // each overload's (beside `overloads`)
  std::vector<const Type *> explicitTemplateArgs; // `make_shared[int](...)`: C++ is given them too
};

// The C-level names of one module or .pxd file.
struct CModule {
  std::string name;
  std::map<std::string, CSymbol> symbols;
  std::set<std::string> fusedTypes; // `ctypedef fused` names (types only where specialised: sema/fused.h)
  // Types a .pxd declares that are names only where cimported: its C++
  // classes and the typedefs named as Python's builtins (libcpp's `list`,
  // `set`, `map` and `bool` must not hide Python's).
  std::map<std::string, const Type *, std::less<>> scopedTypes;
};

struct TypeOptions {
  std::string moduleName; // dotted: the package relative cimports start from
  // Where `cimport` looks for .pxd files, in order (the source's folder
  // first, the standard declaration library last).
  std::vector<std::string> includePaths;
  std::string libraryDir; // pyxc's own declaration library (libc, cpython, libcpp): trusted to spell `T&&`
  bool cplusplus = false;   // the module's own `# distutils: language = c++`
  // Names DEF would define, given from outside (-E NAME=VALUE, Cython's
  // compile-time environment); the module's own DEFs may redefine them.
  std::vector<std::pair<std::string, CompileTimeValue>> compileTimeEnv;
  bool inferLocals = true;  // Cython's safe inference of untyped locals (.pyx; off for plain .py)
  Directives directives; // from the command line (-X); the file's header comments apply on top
  const FusedFunctions *fused = nullptr; // the module's fused functions (sema/fused.h), or null
};

class Typing {
public:
  TypeTable types;
  CModule module;                    // the module's own C-level names
  // What extern blocks put at the top of the module, in order: a header's
  // `#include` line ("<math.h>", "\"x.h\"", empty for `from *`) and the
  // verbatim C code of the blocks' docstrings, which follows its header's
  // first include as Cython places it.
  struct Include {
    std::string header;
    std::vector<std::string> verbatim;
  };
  std::vector<Include> includes;
  // The module is C++ (`# distutils: language = c++` in it or in a .pxd it
  // cimports). Otherwise it is C, as for Cython: its extern declarations
  // have C linkage, so a user's header is included inside extern "C".
  bool cplusplus = false;
  // A `cdef cppclass` or an `except +` function was declared (here or in a
  // cimported .pxd): the module needs C++ exceptions and pyxc/cpp.h.
  bool cppClassesDeclared = false;
  std::vector<const ast::CFunctionDef *> cfunctions; // compiled cdef/cpdef functions, in order
  // Extension types (`cdef class`) the module defines, bases before
  // subclasses (its .pxd's declarations completed by its .pyx).
  std::vector<ExtensionType *> extensions;
  std::deque<CSymbol> methodSymbols; // the C functions of their methods
  std::set<const ast::CClassDef *> unsupportedBases; // a builtin type or Python class as the base
  std::vector<const Type *> structs; // structs and unions the module defines (not a header's), in order
  // C++ classes the module defines (`cdef cppclass` outside extern blocks), in order: their generic instances.
  std::vector<const Type *> cppClassesDefined;
  // What the bodies of their methods see before the module's names, by
  // the class's scope: `this` (a pointer to the class), and the fields
  // and methods of the class and its bases, reached through `this`.
  std::map<const Scope *, CModule> cppClassNames;
  std::vector<std::string> pythonEnumItems; // items of public (and anonymous cpdef) enums: ints in the module's dict
  // cpdef enums of the module: each becomes an IntEnum class in its dict.
  struct PythonEnum {
    std::string name;
    std::vector<std::pair<std::string, std::string>> items; // name, C value
    bool scoped = false; // a C++ enum class: a plain IntEnum (other values are no members)
    std::string doc;     // its docstring, or empty
  };
  std::vector<PythonEnum> pythonEnums;
  // The name the cython module has here (`cimport cython`, `import cython`), or empty.
  std::string cythonName;
  // The module's fused functions and their specialisations (sema/fused.h), or null.
  const FusedFunctions *fused = nullptr;
  const FusedGroup *fusedGroup(std::string_view name) const { return fused ? fused->group(name) : nullptr; }
  CompileTimeEnv compileTime; // DEF constants
  // The branch an `IF` statement compiles (its test evaluated at compile time).
  std::map<const ast::Node *, bool> compileTimeTests;
  std::map<std::string, std::string> cythonAliases; // `from cython cimport typeof as t`: t -> typeof
  Directives moduleDirectives;
  std::map<const Scope *, Directives> scopeDirectives; // functions with decorators that set some
  // The directives in force in a scope (before any `with` block).
  const Directives &directivesFor(const Scope *s) const {
    for (; s; s = s->parent)
      if (auto it = scopeDirectives.find(s); it != scopeDirectives.end())
        return it->second;
    return moduleDirectives;
  }

  // The type of an expression (object when nothing made it a C value).
  const Type *typeOf(const ast::Expr *e) const {
    auto it = exprTypes.find(e);
    return it == exprTypes.end() ? types.object() : it->second;
  }
  // The C type of a function's local (declared or inferred); null: an object.
  const Type *localType(const Scope *s, std::string_view name) const;
  // The C type of a declared C variable of a function that inner functions
  // capture (a cell holding the C value, as Cython keeps it), as code of
  // scope `s` reaches it: `s`'s own cell, or an enclosing function's
  // through `s`'s free variable. Null: an object.
  const Type *capturedType(const Scope *s, std::string_view name) const;
  // Whether the module computes on C values anywhere (a cdef function, a
  // C-typed local or expression): code the C compiler's full optimisation
  // pays off for, unlike calls into the object runtime.
  bool hasCCode() const;
  // A module-level C name; null when the name is a Python global.
  const CSymbol *symbol(std::string_view name) const;
  // The same, as code in scope `from` sees it: in a cimported .pxd's inline
  // function, that .pxd's names.
  const CSymbol *symbol(std::string_view name, const Scope *from) const;
  // The module scopes of the cimported .pxd files whose inline functions
  // the module compiles (sema::ScopeTable::adopt), and their names.
  std::map<const Scope *, const CModule *> homes;
  // Those functions, in the order the module first uses them: typed,
  // lowered and printed as the module's own.
  std::vector<const CSymbol *> inlined;

  // The type a C type node names (casts, sizeof).
  const Type *resolvedType(const ast::Node *ctype) const {
    auto it = ctypes.find(ctype);
    return it == ctypes.end() ? types.error() : it->second;
  }
  // The cimported declaration an attribute names (libc.math.sqrt), if any.
  const CSymbol *moduleMember(const ast::Attribute *a) const {
    auto it = members.find(a);
    return it == members.end() ? nullptr : it->second;
  }
  // The `@property cdef inline` method of an extern type that reading
  // `obj.attr` calls (datetime's `d.year`), if any.
  const CSymbol *propertyGetter(const ast::Attribute *a) const {
    auto it = propertyGetters.find(a);
    return it == propertyGetters.end() ? nullptr : it->second;
  }
  // The default value of a C function's parameter.
  static const ast::Expr *defaultOf(const CSymbol *f, size_t i) {
    if (f->pureDef) {
      const ast::Arguments *a = f->pureDef->args;
      size_t firstDefault = a->args.size() - a->defaults.size();
      return i >= firstDefault && i < a->args.size() ? a->defaults[i - firstDefault] : nullptr;
    }
    return f->def && i < f->def->type->args.size() ? f->def->type->args[i]->defaultValue : nullptr;
  }
  // A Name node standing for a cdef declarator, to assign its value through.
  const ast::Name *declaratorTarget(const ast::CDeclarator *d) const { return declarators.at(d); }
  static std::optional<long long> constantInt(const ast::Expr *e);
  // A str or bytes literal of one character (a byte, or a code point up to
  // 255) where C wants an integer: its value, as Cython coerces `c == 'a'`
  // and `cdef char c = "x"`. Empty for any other expression.
  static std::optional<long> characterLiteral(const ast::Expr *e);
  // `a, b = b, a`: one tuple or list target, a display of as many values,
  // no starred item. Cython assigns it item by item (C values stay C, no
  // tuple is built): every value is computed, then every target stored.
  static bool parallelAssignment(const ast::Assign *a);
  // A str or bytes literal (of any length), which only one character may
  // be when coerced to a C integer.
  static bool isStringLiteral(const ast::Expr *e) {
    return e->kind == ast::Kind::Constant &&
           (ast::as<ast::Constant>(e)->ck == ast::ConstKind::Str || ast::as<ast::Constant>(e)->ck == ast::ConstKind::Bytes);
  }
  // The type an expression names (cython.int, a ctypedef's name), or null.
  const Type *typeExpression(const ast::Expr *e) const {
    auto it = typeExprs.find(e);
    return it == typeExprs.end() ? nullptr : it->second;
  }
  std::unordered_map<const ast::Expr *, const Type *> typeExprs;

  std::map<const Scope *, std::map<std::string, const Type *, std::less<>>> locals;
  std::map<const Scope *, std::map<std::string, const Type *, std::less<>>> cells; // C variables captured
  std::unordered_map<const ast::Node *, const Type *> ctypes;
  // Locals declared with a builtin Python type (list, dict, str, ...).
  std::map<const Scope *, std::map<std::string, const Type *, std::less<>>> pyTypes;
  // Parameters typed by an annotation (`x: list`), whose type errors add
  // Cython's note on subclasses of builtin types.
  std::map<const Scope *, std::set<std::string, std::less<>>> annotatedParams;
  bool annotatedParam(const Scope *s, std::string_view name) const {
    auto it = annotatedParams.find(s);
    return it != annotatedParams.end() && it->second.count(name);
  }
  // Locals only ever bound to a list, dict or set display (sema/container_locals.h).
  std::map<const Scope *, std::map<std::string, std::string, std::less<>>> containerLocals;
  // "list", "dict", "set", or empty.
  std::string_view containerType(const Scope *s, std::string_view name) const {
    auto it = containerLocals.find(s);
    if (it == containerLocals.end())
      return {};
    auto v = it->second.find(name);
    return v == it->second.end() ? std::string_view() : std::string_view(v->second);
  }
  const Type *pyType(const Scope *s, std::string_view name) const {
    auto it = pyTypes.find(s);
    if (it == pyTypes.end())
      return nullptr;
    auto v = it->second.find(name);
    return v == it->second.end() ? nullptr : v->second;
  }
  // The builtin type an expression statically has: a local declared
  // with one (`cdef list x`, a `list x` parameter), checked when assigned.
  const Type *staticPyType(const Scope *s, const ast::Expr *e) const {
    if (e->kind != ast::Kind::Name)
      return nullptr;
    return pyType(s, static_cast<const ast::Name *>(e)->id);
  }
  std::unordered_map<const ast::Attribute *, const CSymbol *> members;
  std::unordered_map<const ast::Attribute *, const CSymbol *> propertyGetters;
  std::unordered_map<const ast::CDeclarator *, const ast::Name *> declarators;
  std::unordered_map<const ast::Expr *, const Type *> exprTypes;
  std::unordered_map<const ast::Call *, const CSymbol *> calls; // calls of C functions
  // C++ operators and `new` (sema/cpp_expressions.h): the member each calls.
  std::unordered_map<const ast::Node *, const CSymbol *> cppOperations;
  // `for x in c` over a C++ container: the type of its items.
  std::unordered_map<const ast::For *, const Type *> cppLoops;
  const Type *cppLoopItem(const ast::For *f) const {
    auto it = cppLoops.find(f);
    return it == cppLoops.end() ? nullptr : it->second;
  }
  // A list, set or dict comprehension's `for x in c` over a C++ container.
  std::unordered_map<const ast::Comprehension *, const Type *> cppComprehensions;
  const Type *cppComprehensionItem(const ast::Comprehension *g) const {
    auto it = cppComprehensions.find(g);
    return it == cppComprehensions.end() ? nullptr : it->second;
  }
  const CSymbol *cppOperation(const ast::Node *n) const {
    auto it = cppOperations.find(n);
    return it == cppOperations.end() ? nullptr : it->second;
  }
  // The symbol of a C++ member in one instance (one per member and signature).
  const CSymbol *cppSymbol(CSymbol::Cpp kind, const Type *cls, std::string_view cname, const Type *signature);
  std::deque<CSymbol> cppSymbols;
  // Compiled functions that can never raise (sema/raises.h): their callers skip the exception test.
  std::set<const CSymbol *> nonRaising;
  bool cannotRaise(const CSymbol *f) const { return nonRaising.count(f) != 0; }
  // The C function a call calls directly, if any.
  const CSymbol *calledFunction(const ast::Call *c) const {
    auto it = calls.find(c);
    return it == calls.end() ? nullptr : it->second;
  }
  // The .pxd files cimported (transitively), in load order.
  std::vector<std::string> cimportedPaths;
  // Storage for cimported files, which symbols point into.
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<std::unique_ptr<CModule>> cmodules;
  Arena arena;
};

// `Optional[X]`, `typing.Optional[X]`, `Union[X, None]`, `X | None`: X
// (an annotation that allows None); null for any other annotation.
const ast::Expr *optionalAnnotation(const ast::Expr *e);

std::unique_ptr<Typing> typeModule(const ast::Module *module, SourceFile &file, ScopeTable &scopes,
                                   const TypeOptions &options, DiagnosticEngine &diags);

} // namespace pyxc::sema
