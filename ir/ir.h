// pyxc's lowered IR: what sema decided about a module, in the form the
// printers read (the C++ printer in codegen/ today; the CUDA printer and
// the --annotate view later). `ir::lower` (ir/lower.cpp) is sema's last
// pass: it turns the typed AST into this, reporting what cannot be lowered.
//
// What the IR holds so far (level 1, module and function structure):
// - one ir::Function per compiled function (per specialisation, once fused
//   types land), each with its unique C++ identifier, its kind
//   (function_kinds.def), its scope, and for cdef/cpdef functions the C
//   symbol, whether it can raise, and the Python signature of its wrapper;
// - the functions sema desugars: Python wrappers of cpdef functions and of
//   extern cpdef declarations (their scopes and arguments made here, not by
//   the printer);
// - the identifiers of the module's C globals and cpdef enum classes;
// - the plan of every loop over range()/prange() that runs as a C loop;
// - every call of a C function with its arguments matched to the
//   parameters (keywords by name, defaults filled in), so the printer
//   never counts or matches arguments and reports nothing about them;
// - every conversion of a value to the C type its context wants
//   (ir/conversions.h), so the printer never decides how a value converts;
// - the arithmetic of every C operation, specialised by operand types and
//   directives (sema/c_operations.def).
// Statement and expression bodies are still read from the typed AST by the
// printer; lowering them into IR statements with explicit coercions is the
// next level (see ir/README.md).
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"
#include "sema/c_operations.h"
#include "sema/object_operations.h"
#include "ir/conversions.h"
#include "ir/names.h"
#include "ir/object_calls.h"
#include "ir/parallel.h"
#include "sema/scopes.h"
#include "sema/typer.h"

#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <optional>
#include <vector>

namespace pyxc::ir {

// C arithmetic as sema specialises it (sema/c_operations.def).
using sema::COperation;
using sema::COperationKind;
using sema::KnownObject;
using sema::ObjectOperation;
using sema::ObjectOperationKind;

enum class FunctionKind : uint8_t {
#define FUNCTION_KIND(Name, Prefix, Word) Name,
#include "ir/function_kinds.def"
#undef FUNCTION_KIND
};
// The prefix of the kind's C++ identifiers, and its word in the IR dump.
std::string_view prefixOf(FunctionKind k);
std::string_view wordOf(FunctionKind k);

struct Function {
  FunctionKind kind = FunctionKind::Def;
  std::string cName;                    // the C++ function, unique in the module
  const ast::Node *node = nullptr;      // its definition (locations; the body)
  const sema::Scope *scope = nullptr;   // names and their bindings
  const sema::CSymbol *symbol = nullptr; // CFunction, wrappers: the C function
  // Wrappers: the Python signature (the C parameters' names and defaults).
  const ast::Arguments *arguments = nullptr;
  // FunctionObject: the C function type it calls (through the address its
  // Python function holds).
  const sema::Type *signature = nullptr;
  std::string doc; // FunctionObject: its docstring ("wrap(x: float) -> float")
  // CFunction: false when no path through the body can raise
  // (sema/raises.h), so callers skip the exception test.
  bool canRaise = true;
  // A specialisation of a fused function (sema/fused.h); a Def's (or a
  // cpdef's wrapper's) statement adds it to the function's fused function
  // object.
  const sema::FusedGroup *fusedGroup = nullptr;
  const sema::FusedSpecialisation *fused = nullptr;
};

// `for i in range(...)` or `prange(...)` over a C integer `i`: a C loop.
// Python's semantics: the bounds are evaluated once, i keeps its last
// value, a zero step raises ValueError.
struct RangeLoop {
  const ast::Call *call = nullptr;
  const sema::Type *index = nullptr;    // the C integer type of the target and the counter
  const ast::Expr *start = nullptr;     // null: 0
  const ast::Expr *stop = nullptr;
  const ast::Expr *step = nullptr;      // null: 1
  int stepSign = 1;                     // +1/-1: a nonzero literal step; 0: its sign (and zero) tested at run time
  bool prange = false;                  // cython.parallel.prange, run serially (pyxc builds without OpenMP)
  // prange(..., nogil=True): the loop inside this `with nogil:` block, made
  // by the lowering (a printer already without the GIL prints the loop).
  const ast::GilBlock *withoutGil = nullptr;
  // A prange that runs in parallel where the module is built with OpenMP
  // (ir/parallel.h); absent: a serial loop.
  std::optional<ParallelLoop> parallel;
};

// `for i from a <= i < b [by s]` (Cython's C loop): counted in `counter`.
// A C target is the counter itself (the body may change it; after the loop
// it holds the first value that failed the test). A Python object target
// follows a C counter of the bounds' widest numeric type: boxed at the top
// of each iteration, read back at its end, and given the final value when
// the loop ends by its test, as Cython does.
struct ForFromLoop {
  const sema::Type *counter = nullptr;
  bool objectTarget = false;
};

// A call of a C function (cdef, cpdef, extern, or through a function
// pointer) with its arguments matched to the parameters: keywords by name,
// missing optional parameters by their defaults. The printer evaluates the
// given arguments in source order (a keyword where it is written), then
// the defaults.
struct CCall {
  struct Argument {
    const ast::Expr *value = nullptr;
    int param = -1; // the parameter it is for; -1: an argument of the C `...`
  };
  const sema::Type *signature = nullptr; // the C function type
  // The C function called directly, or null for a call through a pointer;
  // `specialisation`: it is the one picked among a fused function's.
  const sema::CSymbol *function = nullptr;
  bool specialisation = false;
  std::vector<Argument> given;           // in source order (a method's receiver first)
  // A cdef/cpdef method: the receiver (`obj` of `obj.f(...)`, the first
  // argument) and the class it is typed as, whose method table it is called
  // through.
  const ast::Expr *receiver = nullptr;
  const struct ExtensionClass *receiverClass = nullptr;
  // Per parameter: the default expression for one no argument was given
  // for (null where one was given).
  std::vector<const ast::Expr *> defaults;
};

// A cdef class the module implements: the printer's plan of its C struct
// (the base's fields first, then its own), its table of C methods, its
// type object and the functions of its body.
struct ExtensionClass {
  const sema::ExtensionType *type = nullptr;
  // Another module's class, declared by a cimported .pxd: its struct and
  // method table are declared here for typed access; its type object is
  // imported when the module executes (its size checked).
  bool imported = false;
  // A type some C library defines (`cdef extern class`, imported too):
  // `headerStruct`: its instances are the header's struct (objectStruct),
  // which the module does not declare; `knownTypeObject`: the header's
  // type object ("&PyLong_Type"), which is not imported.
  bool external = false, headerStruct = false;
  std::string knownTypeObject;
  const ast::CClassDef *def = nullptr;
  const sema::Scope *scope = nullptr;       // its body's scope
  const ExtensionClass *base = nullptr;     // a base this module implements too
  // The builtin type the hierarchy extends (`cdef class L(list)`: "list"),
  // or empty; `variableSize`: one whose instances vary in size (str,
  // bytes, tuple, int), which no C attribute may follow.
  std::string builtinBase;
  bool variableSize = false;
  std::string objectStruct;                 // the C++ struct of its instances
  std::string typeObject;                   // the PyTypeObject * global
  // The table of C methods (empty names: no class in its hierarchy has
  // cdef/cpdef methods). The first class of a hierarchy with methods holds
  // the table's pointer; subclasses extend the table struct and fill it
  // with their overrides.
  std::string vtableStruct, vtable;
  bool holdsVtablePointer = false;
  // An imported class that a class of this module derives from: the
  // global that points to its table (`__pyx_vtable__` of its type),
  // which the subclass's table starts as a copy of.
  std::string vtablePointer;
  // Its instances hold object references (its own or its base's): the
  // type supports the cycle collector (tp_traverse, tp_clear).
  bool gc = false;
  bool totalOrdering = false; // @cython.total_ordering: the missing comparisons derived
  // Python classes among its bases (`cdef class C(Base, Mixin)`), or a base
  // that has them: the type is made where the class statement runs, from
  // the bases it evaluates, not before the module body.
  bool madeByStatement = false;
  // @cython.collection_type("sequence") whose item methods take C integer
  // indices: only the sequence slots (sq_item, sq_ass_item, sq_length) are
  // filled, as Cython fills them; the mapping ones stay empty.
  bool sequenceSlots = false;
  // @cython.internal: the type stays out of the module's dict (its name in
  // the module's code is the type object itself).
  bool internal = false;
  // @cython.no_gc_clear: the cycle collector never clears its attributes
  // (tp_clear does nothing), for objects whose __dealloc__ needs them.
  bool noGcClear = false;
  // @cython.freelist(N): up to N freed instances of exactly this class kept
  // for reuse by tp_new.
  long long freelist = 0;
  struct Field {
    const sema::ExtensionType::Attribute *attribute = nullptr;
    std::string cName;
    std::string doc; // a public/readonly attribute's descriptor's __doc__ (signature embedded)
  };
  std::vector<Field> fields; // its own, in declaration order
  // `cdef dict __dict__` / `cdef object __weakref__`: the instance dict and
  // the weak reference list (the type's __dictoffset__ / __weaklistoffset__).
  std::string dictField, weakrefField;
  struct Method {
    const sema::ExtensionType::Method *method = nullptr;
    const Function *entry = nullptr;     // the C function (null: declared only, the base's is used)
    std::string slot;                    // the table's member (the first declaration's)
    // cpdef: the C function the table holds, which runs a Python
    // override when self's class has one, else the entry.
    std::string dispatcher;
    bool introduces = false;             // a new member of the table (not an override)
  };
  std::vector<Method> methods; // its own, in declaration order
  // Cython's automatic pickling (auto_pickle): __reduce_cython__ and
  // __setstate_cython__ for a class that defines no __reduce__ (nor its
  // bases), with `__pyx_unpickle_<Class>` in the module. The state is every
  // C attribute of the class and its bases, sorted by name; `refusal`: the
  // TypeError the methods raise instead (a pointer attribute, __cinit__).
  struct Pickling {
    bool enabled = false;
    std::string refusal;
    struct Member {
      const ExtensionClass *owner; // the class whose struct has the field
      const Field *field;
    };
    std::vector<Member> members;
    std::string unpickleName;
  } pickling;
  // Its own __getbuffer__ / __releasebuffer__ (C methods the type's
  // bf_getbuffer / bf_releasebuffer slots call), or null: a base's, if any.
  const sema::CSymbol *getBuffer = nullptr, *releaseBuffer = nullptr;
  const Function *body = nullptr; // the class body (def methods, class attributes)

  const Field *field(std::string_view name) const;
  // Where the method `name` lives in the table (this class's or a base's).
  const Method *method(std::string_view name) const;
};

// The def of a special method (`__cinit__`, ...) in a class body, if any.
const ast::FunctionDef *specialMethod(const ast::CClassDef *c, std::string_view name);

// A cdef function another module defines (declared by its cimported
// .pxd): called through `pointer`, imported from `module`'s C API (its
// `__pyx_capi__`) when this module runs.
struct ImportedFunction {
  const sema::CSymbol *symbol = nullptr;
  std::string module, name; // dotted module, the function's name there
  std::string pointer;      // the C++ global holding its address
};

class Module {
public:
  std::string name; // dotted
  // Some C value of the module is complex: the printer includes the
  // runtime's complex arithmetic, which other modules do not pay for.
  bool usesComplex = false;
  bool usesCpp = false; // C++ classes: pyxc/cpp.h (their exceptions and conversions)
  // The module cimports numpy and never calls its import_array(): the
  // module calls NumPy's _import_array() before its body, as Cython adds
  // it (NumPy's C API table is null until then).
  bool importsNumpyArray = false;
  // Some prange runs in parallel (ir/parallel.h), or the module cimports
  // openmp: it is built with -fopenmp.
  bool usesOpenMP = false;
  // Some function is a generator or a coroutine: the printer includes the
  // runtime's generators (C++20 coroutines), which other modules do without.
  bool usesGenerators = false;
  // autotestdict: the module's `__test__` dict, made after its body runs
  // ("f (line 3)" -> docstring, in source order); absent without it.
  std::optional<std::vector<std::pair<std::string, std::string>>> testDict;
  std::vector<std::unique_ptr<Function>> functions; // in definition order
  std::vector<std::unique_ptr<ExtensionClass>> classes; // bases before subclasses
  // Inline functions of cimported .pxd files the module calls, compiled
  // into it (their nodes are the .pxd's, adopted into the module's file).
  std::vector<const Function *> inlined;
  std::vector<ImportedFunction> importedFunctions;        // in first-use order
  // The module's cdef functions its .pxd declares: their addresses go into
  // its C API (`__pyx_capi__`) for modules that cimport them.
  std::vector<const Function *> exports;
  const ImportedFunction *importedFunction(const sema::CSymbol *f) const {
    for (const ImportedFunction &i : importedFunctions)
      if (i.symbol == f)
        return &i;
    return nullptr;
  }

  // The function of `kind` defined by `node` (a def, lambda, class, genexpr,
  // cdef; the module), or null.
  const Function *function(const ast::Node *node, FunctionKind kind) const;
  // The C entry of the module's cdef/cpdef function `name`, or null.
  const Function *cFunction(std::string_view name) const;
  // The C entry of a compiled C function or method, or null.
  const Function *cEntry(const sema::CSymbol *f) const {
    if (auto it = cEntries.find(f); it != cEntries.end())
      return it->second;
    // A .pxd's inline function under another name (`from m cimport f as g`
    // copies its symbol): the entry of its definition.
    return f->home && f->def ? function(f->def, FunctionKind::CFunction) : nullptr;
  }
  // The cdef class the module implements for `t`, or null.
  const ExtensionClass *extensionClass(const sema::ExtensionType *t) const {
    auto it = classByType.find(t);
    return it == classByType.end() ? nullptr : it->second;
  }
  const ExtensionClass *extensionClass(const ast::CClassDef *def) const {
    for (const auto &c : classes)
      if (c->def == def)
        return c.get();
    return nullptr;
  }
  // The Python function that calls C functions of type `fn` (a function
  // type, or a pointer to one) given as objects, or null.
  const Function *functionObject(const sema::Type *fn) const {
    auto it = functionObjects.find(fn);
    return it == functionObjects.end() ? nullptr : it->second;
  }
  // The Python wrappers of extern cpdef declarations, in name order.
  std::vector<const Function *> externWrappers() const;
  // `with cython.boundscheck(False), ...:` (every item a directive): the
  // directives in force in its body; null for any other with statement.
  const sema::Directives *withDirectives(const ast::With *w) const {
    auto it = directiveBlocks.find(w);
    return it == directiveBlocks.end() ? nullptr : &it->second;
  }
  // `with a, b:` is `with a: with b:`: the outer of the two statements the
  // lowering made, or null for a with statement of one item.
  const ast::With *nestedWith(const ast::With *w) const {
    auto it = nestedWiths.find(w);
    return it == nestedWiths.end() ? nullptr : it->second;
  }
  const CCall *cCall(const ast::Call *c) const {
    auto it = cCalls.find(c);
    return it == cCalls.end() ? nullptr : &it->second;
  }
  // The planned conversion of `e` to the C type its context wants (null:
  // none planned for that type, a lowering bug the printer reports).
  const Conversion *conversion(const ast::Expr *e, const sema::Type *want) const {
    auto it = conversions.find({e, want});
    return it == conversions.end() ? nullptr : &it->second;
  }
  // The arithmetic of a C-typed binary operation or of an augmented
  // assignment to a C target (null: none planned, a lowering bug).
  const COperation *cOperation(const ast::Node *n) const {
    auto it = cOperations.find(n);
    return it == cOperations.end() ? nullptr : &it->second;
  }
  // A chain of C comparisons: per comparison, the complex type both sides
  // are compared as, or null (null for the chain: none planned).
  const std::vector<const sema::Type *> *cComparison(const ast::Compare *c) const {
    auto it = cComparisons.find(c);
    return it == cComparisons.end() ? nullptr : &it->second;
  }
  // The operation on objects of a binary operator or an augmented
  // assignment (null: none planned, a lowering bug).
  const ObjectOperation *objectOperation(const ast::Node *n) const {
    auto it = objectOperations.find(n);
    return it == objectOperations.end() ? nullptr : &it->second;
  }
  // A chain of comparisons of objects: per comparison, its operation
  // (null: none planned).
  const std::vector<ObjectOperation> *objectComparison(const ast::Compare *c) const {
    auto it = objectComparisons.find(c);
    return it == objectComparisons.end() ? nullptr : &it->second;
  }
  // How a call of a Python object is made (null: none planned, a lowering bug).
  const ObjectCall *objectCall(const ast::Call *c) const {
    auto it = objectCalls.find(c);
    return it == objectCalls.end() ? nullptr : &it->second;
  }
  // What is known of the object a name holds where `e` reads it (nothing
  // for other expressions).
  KnownObject knownObject(const ast::Expr *e) const {
    auto it = e->kind == ast::Kind::Name ? knownObjects.find(ast::as<ast::Name>(e)) : knownObjects.end();
    return it == knownObjects.end() ? KnownObject{} : it->second;
  }
  // The conversion planned for `e` whatever the type (the first, when its
  // contexts want several), or null: `e` is used as it is.
  const Conversion *conversionOf(const ast::Expr *e) const {
    auto it = conversions.lower_bound({e, nullptr});
    return it != conversions.end() && it->first.first == e ? &it->second : nullptr;
  }
  const ForFromLoop *forFromLoop(const ast::ForFrom *f) const {
    auto it = forFromLoops.find(f);
    return it == forFromLoops.end() ? nullptr : &it->second;
  }
  // `with parallel():` run by a team of threads (null: serially).
  const ParallelBlock *parallelBlock(const ast::With *w) const {
    auto it = parallelBlocks.find(w);
    return it == parallelBlocks.end() ? nullptr : &it->second;
  }
  const RangeLoop *rangeLoop(const ast::For *f) const {
    auto it = rangeLoops.find(f);
    return it == rangeLoops.end() ? nullptr : &it->second;
  }
  // The C++ identifier of the module's cdef variable `name` (null: none).
  const std::string *globalName(std::string_view name) const;
  // The C++ global holding the Python class of the cpdef enum `name`.
  const std::string &enumClass(std::string_view name) const;

  // --- filled by the lowering ---
  std::unordered_map<const ast::For *, RangeLoop> rangeLoops;
  std::unordered_map<const ast::ForFrom *, ForFromLoop> forFromLoops;
  std::unordered_map<const ast::With *, ParallelBlock> parallelBlocks;
  // `with nogil(False):` / `with gil(0):`: blocks whose compile-time
  // condition is false, whose statements run as they stand.
  std::set<const ast::GilBlock *> inactiveGilBlocks;
  std::unordered_map<const ast::Call *, CCall> cCalls;
  std::map<std::pair<const ast::Expr *, const sema::Type *>, Conversion> conversions;
  std::unordered_map<const ast::Node *, COperation> cOperations;
  std::unordered_map<const ast::Compare *, std::vector<const sema::Type *>> cComparisons;
  std::unordered_map<const ast::Node *, ObjectOperation> objectOperations;
  std::unordered_map<const ast::Compare *, std::vector<ObjectOperation>> objectComparisons;
  std::unordered_map<const ast::Name *, KnownObject> knownObjects;
  std::unordered_map<const ast::Call *, ObjectCall> objectCalls;
  std::unordered_map<const ast::With *, sema::Directives> directiveBlocks;
  // C function types (as the typer gave them) -> their FunctionObject
  // wrapper; one wrapper per signature and parameter names.
  std::map<const sema::Type *, const Function *> functionObjects;
  std::unordered_map<const ast::With *, const ast::With *> nestedWiths;
  std::map<std::string, std::string, std::less<>> globals;     // cdef variable -> identifier
  std::map<std::string, std::string, std::less<>> enumClasses; // cpdef enum -> identifier
  std::unordered_map<const ast::Node *, std::vector<const Function *>> byNode;
  std::map<std::string, const Function *, std::less<>> cFunctions;
  std::map<const sema::CSymbol *, const Function *> cEntries;
  std::map<const sema::ExtensionType *, const ExtensionClass *> classByType;
  Arena arena; // AST nodes the lowering makes (wrapper arguments, nogil blocks)
  std::vector<std::unique_ptr<sema::Scope>> scopes; // scopes the lowering makes (extern wrappers)
  NameTable names; // every module-level identifier
};

// Lowers a typed module. Constructs the printers cannot handle are
// reported here (NotSupportedYet), so that printing never fails.
// `cython`: a .pyx (Cython's compile-time checks apply, such as names that
// are neither defined nor builtins); plain .py keeps CPython's run-time
// NameError.
std::unique_ptr<Module> lower(const ast::Module *module, const SourceFile &file, const sema::ScopeTable &scopes,
                              const sema::Typing &typing, std::string moduleName, bool cython,
                              DiagnosticEngine &diags);

// The IR as text, for `pyxc --dump=ir` and the golden IR tests: one line
// per function and per C loop, with source lines, never addresses.
std::string dump(const Module &m, const SourceFile &file);

} // namespace pyxc::ir
