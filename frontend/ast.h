// The AST: one tree for .py, .pyx, .pxd and .pxi files.
//
// Python's nodes mirror CPython's `ast` module field for field, so
// `pyxc parse --format=python-ast` can print exactly what ast.dump() prints.
// Cython's extensions (C declarations, C types, casts, ...) are further node
// kinds beside them. Nodes are plain structs allocated in an Arena; lists are
// spans into it; `kind` says which struct a Node* is.
#pragma once

#include "frontend/arena.h"
#include "frontend/source.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace pyxc::ast {

enum class Kind : uint8_t {
  // module
  Module,
  // statements
  FunctionDef,
  AsyncFunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  AsyncFor,
  While,
  If,
  With,
  AsyncWith,
  Match,
  Raise,
  Try,
  TryStar,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  ExprStmt,
  Pass,
  Break,
  Continue,
  // expressions
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Await,
  Yield,
  YieldFrom,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice,
  // helpers
  Comprehension,
  ExceptHandler,
  Arguments,
  Arg,
  Keyword,
  Alias,
  WithItem,
  MatchCase,
  // patterns
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr,
  // Cython statements
  CVarDecl,
  CFunctionDef,
  CClassDef,
  CStructDef,
  CEnumDef,
  CTypedef,
  CFusedDef,
  CppClassDef,
  CExternBlock,
  CImport,
  FromCImport,
  Include,
  CompileTimeDef,
  CompileTimeIf,
  ForFrom,
  GilBlock,
  CPropertyDef,
  CDeclBlock,
  // Cython expressions
  Cast,
  AddressOf,
  SizeOf,
  New,
  TypeExpr,
  // C types
  CTypeName,
  CTypePointer,
  CTypeReference,
  CTypeConst,
  CTypeArray,
  CTypeFunction,
  CTypeTemplate,
  CTypeMemoryView,
  CTypeBuffer,
  // Cython helpers
  CArg,
  CDeclarator,
  CEnumItem,
};

enum class Ctx : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t {
#define BINARY_OPERATOR(Name, Symbol, Precedence, AugmentedToken) Name,
#include "frontend/operators.def"
#undef BINARY_OPERATOR
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t {
#define COMPARISON_OPERATOR(Name, Symbol, RichCompare) Name,
#include "frontend/operators.def"
#undef COMPARISON_OPERATOR
};
// How Python spells an operator ("+", "//", "not in").
std::string_view symbolOf(BinOpKind op);
std::string_view symbolOf(CmpOpKind op);
enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Char };

struct Node {
  Kind kind;
  SourceRange range;
};

using Expr = Node;
using Stmt = Node;
using Pattern = Node;
using CType = Node;
template <class T> using List = std::span<T *>;
using Names = std::span<std::string_view>;

// --- helpers ---------------------------------------------------------------

struct Arg : Node {
  std::string_view arg;
  Expr *annotation = nullptr;
  // Cython: `int x`, `x not None`, `x or None`.
  CType *ctype = nullptr;
  bool notNone = false;
  bool orNone = false;
};

struct Arguments : Node {
  List<Arg> posonlyargs, args;
  Arg *vararg = nullptr;
  List<Arg> kwonlyargs;
  List<Expr> kwDefaults; // nullptr where a keyword-only argument has no default
  Arg *kwarg = nullptr;
  List<Expr> defaults;
};

struct Keyword : Node {
  std::string_view arg; // empty for **value
  Expr *value;
};

struct Alias : Node {
  std::string_view name, asname;
};

struct WithItem : Node {
  Expr *contextExpr;
  Expr *optionalVars = nullptr;
};

struct Comprehension : Node {
  Expr *target, *iter;
  List<Expr> ifs;
  bool isAsync;
};

struct ExceptHandler : Node {
  Expr *type = nullptr;
  std::string_view name;
  List<Stmt> body;
  Expr *legacyTarget = nullptr; // Cython: Python 2's `except E, target:`
};

struct MatchCase : Node {
  Pattern *pattern;
  Expr *guard = nullptr;
  List<Stmt> body;
};

struct Module : Node {
  List<Stmt> body;
};

// --- statements --------------------------------------------------------------

struct FunctionDef : Node { // also AsyncFunctionDef
  std::string_view name;
  // The name as written, where private name mangling changed `name` (the
  // binding): __name__ and __qualname__ keep it. Empty: same as name.
  std::string_view written;
  Arguments *args;
  List<Stmt> body;
  List<Expr> decorators;
  Expr *returns = nullptr;
};

struct ClassDef : Node {
  std::string_view name;
  std::string_view written; // as FunctionDef::written
  List<Expr> bases;
  List<Keyword> keywords;
  List<Stmt> body;
  List<Expr> decorators;
};

struct Return : Node {
  Expr *value = nullptr;
};
struct Delete : Node {
  List<Expr> targets;
};
struct Assign : Node {
  List<Expr> targets;
  Expr *value;
};
struct AugAssign : Node {
  Expr *target;
  BinOpKind op;
  Expr *value;
};
struct AnnAssign : Node {
  Expr *target, *annotation, *value;
  bool simple;
};
struct For : Node {
  Expr *target, *iter;
  List<Stmt> body, orelse;
}; // also AsyncFor
struct While : Node {
  Expr *test;
  List<Stmt> body, orelse;
};
struct If : Node {
  Expr *test;
  List<Stmt> body, orelse;
};
struct With : Node {
  List<WithItem> items;
  List<Stmt> body;
}; // also AsyncWith
struct Match : Node {
  Expr *subject;
  List<MatchCase> cases;
};
struct Raise : Node {
  Expr *exc = nullptr, *cause = nullptr;
  // Cython accepts Python 2's `raise E, value, traceback`.
  Expr *legacyValue = nullptr, *legacyTraceback = nullptr;
};
struct Try : Node {
  List<Stmt> body;
  List<ExceptHandler> handlers;
  List<Stmt> orelse, finalbody;
};
struct Assert : Node {
  Expr *test, *msg = nullptr;
};
struct Import : Node {
  List<Alias> names;
};
struct ImportFrom : Node {
  std::string_view module;
  List<Alias> names;
  int level;
};
struct Global : Node {
  Names names;
}; // also Nonlocal
struct ExprStmt : Node {
  Expr *value;
};

// --- expressions -------------------------------------------------------------

struct BoolOp : Node {
  BoolOpKind op;
  List<Expr> values;
};
struct NamedExpr : Node {
  Expr *target, *value;
};
struct BinOp : Node {
  Expr *left;
  BinOpKind op;
  Expr *right;
};
struct UnaryOp : Node {
  UnaryOpKind op;
  Expr *operand;
};
struct Lambda : Node {
  Arguments *args;
  Expr *body;
};
struct IfExp : Node {
  Expr *test, *body, *orelse;
};
struct Dict : Node {
  List<Expr> keys, values;
}; // a nullptr key is **value
struct Set : Node {
  List<Expr> elts;
};
struct Comp : Node {
  Expr *elt, *value;
  List<Comprehension> generators;
}; // value: DictComp only
struct Await : Node {
  Expr *value;
};
struct Yield : Node {
  Expr *value = nullptr;
}; // also YieldFrom
struct Compare : Node {
  Expr *left;
  std::span<CmpOpKind> ops;
  List<Expr> comparators;
};
struct Call : Node {
  Expr *func;
  List<Expr> args;
  List<Keyword> keywords;
};
struct FormattedValue : Node {
  Expr *value;
  int conversion;
  Expr *formatSpec = nullptr;
};
struct JoinedStr : Node {
  List<Expr> values;
};

struct Constant : Node {
  ConstKind ck;
  // Str/Bytes: the decoded value (generalised UTF-8 for Str, raw bytes for
  // Bytes). Int: decimal digits. Float/Complex: the number's literal text.
  std::string_view value;
  double number = 0;
  bool uPrefix = false;    // kind='u'
  std::string_view suffix; // Cython: a C integer suffix (`10L`, `1UL`)
};

struct Attribute : Node {
  Expr *value;
  std::string_view attr;
  Ctx ctx;
};
struct Subscript : Node {
  Expr *value, *slice;
  Ctx ctx;
};
struct Starred : Node {
  Expr *value;
  Ctx ctx;
};
struct Name : Node {
  std::string_view id;
  Ctx ctx;
};
struct Sequence : Node {
  List<Expr> elts;
  Ctx ctx;
}; // List and Tuple
struct Slice : Node {
  Expr *lower = nullptr, *upper = nullptr, *step = nullptr;
};

// --- patterns ----------------------------------------------------------------

struct MatchValue : Node {
  Expr *value;
};
struct MatchSingleton : Node {
  ConstKind value;
};
struct MatchSequence : Node {
  List<Pattern> patterns;
}; // also MatchOr
struct MatchMapping : Node {
  List<Expr> keys;
  List<Pattern> patterns;
  std::string_view rest;
};
struct MatchClass : Node {
  Expr *cls;
  List<Pattern> patterns;
  Names kwdAttrs;
  List<Pattern> kwdPatterns;
};
struct MatchStar : Node {
  std::string_view name;
};
struct MatchAs : Node {
  Pattern *pattern = nullptr;
  std::string_view name;
};

// --- Cython: C types -----------------------------------------------------------

// A named type: `int`, `unsigned long long`, `np.float64_t`, `object`, a
// ctypedef'd name. `name` is the canonical spelling ("unsigned long long");
// `module` the dotted prefix for `np.float64_t`-style names.
struct CTypeName : Node {
  std::string_view module, name;
  bool complex = false;
  // `vector[int].iterator`: the class type the name is in (module holds
  // its text, for messages); null for other names.
  Node *scope = nullptr;
};
struct CTypeWrap : Node {
  CType *base;
}; // Pointer, Reference (rvalue when `rvalue`), Const
struct CTypeArray : Node {
  CType *base;
  Expr *size = nullptr;
};

enum class ExceptKind : uint8_t { Default, NoExcept, Value, MaybeValue, Star, Cpp };
struct ExceptSpec {
  ExceptKind kind = ExceptKind::Default;
  Expr *value = nullptr; // the value, or the C++ handler/exception name for Cpp
};

struct CArg : Node {
  std::string_view name;
  CType *type = nullptr; // nullptr: a Python object
  Expr *annotation = nullptr;
  Expr *defaultValue = nullptr;
  bool notNone = false, orNone = false;
};

// A C argument written as one name (`int f(op)`, `f(self)` in an extern
// block): the parser reads it as a type name; where no type has that name
// it names an object parameter. The name, or empty.
inline std::string_view loneName(const CArg *a) {
  if (!a->name.empty() || !a->type || a->type->kind != Kind::CTypeName)
    return {};
  auto *tn = static_cast<const CTypeName *>(a->type);
  return tn->module.empty() && !tn->complex ? tn->name : std::string_view();
}

struct CTypeFunction : Node {
  CType *returns;
  List<CArg> args;
  bool varargs = false, nogil = false, withGil = false, isConst = false;
  ExceptSpec except;
};

struct CTypeTemplate : Node {
  CType *base;
  List<Node> args;
}; // vector[int]
struct CTypeMemoryView : Node {
  CType *base;
  List<Expr> dims;
}; // double[:, ::1]
struct CTypeBuffer : Node {
  CType *base;
  List<Node> args;
  List<Keyword> keywords;
}; // ndarray[double, ndim=2]

// --- Cython: declarations ------------------------------------------------------

enum class Visibility : uint8_t { Private, Public, Readonly, Extern };

struct CDeclarator : Node {
  std::string_view name;
  CType *type;
  Expr *value = nullptr;
  std::string_view cname; // `int x "c_name"`
};

struct CVarDecl : Node {
  List<CDeclarator> declarators;
  Visibility visibility = Visibility::Private;
  bool api = false, isCpdef = false;
};

struct CFunctionDef : Node {
  std::string_view name, cname;
  CTypeFunction *type; // return type, arguments, except spec, nogil
  List<Stmt> body;     // empty for a declaration (`hasBody` says which)
  List<Expr> decorators;
  Visibility visibility = Visibility::Private;
  bool hasBody = false, isCpdef = false, isInline = false, api = false, isStatic = false;
  bool overridable = false;
  List<Node> templateParams; // C++: cdef T f[T](T x)
};

struct CClassDef : Node {
  std::string_view name, module; // module: extern `ctypedef class pkg.Name`
  List<Expr> bases;
  List<Keyword> keywords;
  List<Stmt> body;
  List<Expr> decorators;
  std::string_view objectStruct, typeObject;
  Visibility visibility = Visibility::Private;
  bool api = false, hasBody = true, isExternTypedef = false, checkSize = false;
  std::string_view checkSizeValue;
};

struct CStructDef : Node {
  std::string_view name, cname;
  List<Stmt> fields; // CVarDecl / nested CStructDef
  bool isUnion = false, packed = false, isTypedef = false, hasBody = true;
  Visibility visibility = Visibility::Private;
};

struct CEnumItem : Node {
  std::string_view name, cname;
  Expr *value = nullptr;
};

struct CEnumDef : Node {
  std::string_view name, cname;
  CType *underlying = nullptr; // `cdef enum E(int):` is not Cython; kept for C++ `enum class E(T)`
  List<CEnumItem> items;
  Expr *doc = nullptr; // a string in the body: a cpdef enum's docstring
  bool isCpdef = false, isTypedef = false, isScoped = false, hasBody = true;
  Visibility visibility = Visibility::Private;
};

struct CTypedef : Node {
  std::string_view name, cname;
  CType *type;
  Visibility visibility = Visibility::Private;
};

struct CFusedDef : Node {
  std::string_view name;
  List<CType> types;
};

struct CppClassDef : Node {
  std::string_view name, cname;
  List<Node> templateParams; // Name nodes; `T=*` gives a defaulted one
  List<CType> bases;
  List<Stmt> body;
  bool nogil = false, hasBody = true;
};

struct CExternBlock : Node {
  std::string_view header; // empty with `star` for `from *`
  bool star = false, nogil = false, hasHeader = false;
  std::string_view ns;       // namespace "std"
  std::string_view verbatim; // a docstring of C code for `from *`
  List<Stmt> body;
};

struct CImport : Node {
  List<Alias> names;
};
struct FromCImport : Node {
  std::string_view module;
  int level;
  List<Alias> names;
};
struct Include : Node {
  std::string_view path;
};
struct CompileTimeDef : Node {
  std::string_view name;
  Expr *value;
};
struct CompileTimeIf : Node {
  Expr *test;
  List<Stmt> body, orelse;
};

enum class ForFromOp : uint8_t { Lt, LtE, Gt, GtE };
struct ForFrom : Node {
  Expr *target, *lower, *upper, *step = nullptr;
  ForFromOp op1, op2;
  List<Stmt> body, orelse;
};

struct GilBlock : Node {
  bool nogil;
  Expr *condition = nullptr;
  List<Stmt> body;
};

struct CPropertyDef : Node {
  std::string_view name;
  List<Stmt> body;
};
struct CDeclBlock : Node {
  List<Stmt> body;
}; // `cdef:` / `cdef public:` block

// --- Cython: expressions ---------------------------------------------------------

struct Cast : Node {
  CType *type;
  Expr *operand;
  bool checked;
};
struct AddressOf : Node {
  Expr *operand;
};
struct SizeOf : Node {
  Node *operand;
}; // a CType or an Expr
struct New : Node {
  CType *type;
  List<Expr> args;
  List<Keyword> keywords;
};
struct TypeExpr : Node {
  CType *type;
}; // a C type where Python expects an expression

template <class T> T *as(Node *n) { return static_cast<T *>(n); }
template <class T> const T *as(const Node *n) { return static_cast<const T *>(n); }

} // namespace pyxc::ast
