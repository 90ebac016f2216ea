// The emitter's internals, shared by module_emitter.cpp, stmt_emitter.cpp
// and expr_emitter.cpp. Not a public header.
//
// Generated code holds every Python reference in a pyxc::Ref; errors jump
// forward to a label (destructors release what the jump leaves behind).
// Each error target has two entries: `L` records this frame in the
// traceback, `L_unwind` is for an exception already recorded here.
#pragma once

#include "codegen/cpp_writer.h"
#include "codegen/emitter.h"
#include "ir/ir.h"
#include "sema/definite_assignment.h"
#include "sema/typer.h"

#include <deque>
#include <functional>
#include <memory>

#include <map>
#include <set>
#include <vector>

namespace pyxc::codegen {

class ModuleEmitter;

// A C identifier made from a Python name (for readable C++ names).
std::string identifierHint(std::string_view s);
// How C++ spells a C type, and a declaration of `name` with it.
std::string cType(const sema::Type *t);
// A C++ class instance's type as C++ spells it: std::vector<int>,
// std::map<int, double>::iterator.
std::string cppClassType(const sema::Type *t);
std::string exceptValueOf(const sema::Type *fn);
std::string cDeclaration(const sema::Type *t, const std::string &name);
// A struct field's C++ name: C++ keywords (a C struct's `new`) get a `_`.
std::string memberName(const sema::Type *st, std::string_view field);
// The initialiser of a C variable of the type: zero, or {} for aggregates.
std::string cZero(const sema::Type *t);
// A numeric literal as C source, when `e` is one that fits C's types (else empty).
std::string numericLiteral(const ast::Expr *e);
// A character code as a C char literal.
std::string charLiteral(long code);
// `&PyList_Type` for the builtin type `list` used as a static type, or empty.
std::string builtinTypeObject(const sema::Type *t);
// The docstring constant of a body, or null.
const ast::Constant *docstringConstant(std::span<ast::Stmt *const> body);
// The docstring of a function or class body, or empty.
std::string docstringOf(std::span<ast::Stmt *const> body);

// The runtime calls of a binary operator on objects (object_operations.def).
struct ObjectOperation {
  std::string_view call, inplaceCall, constInt, hint;
};
const ObjectOperation &objectOperation(ast::BinOpKind op);
// The rich comparison (Py_LT, ...) of a comparison operator (frontend/operators.def).
std::string_view richCompareOf(ast::CmpOpKind op);

// Literal values and interned names, created once when the module executes.
class Constants {
public:
  std::string str(std::string_view utf8);   // a str constant (interned)
  std::string bytes(std::string_view data);
  std::string integer(std::string_view decimal);
  std::string floating(double v);
  std::string imaginary(double v);
  std::string tuple(const std::vector<std::string> &items); // of other constants
  void emitDeclarations(CppWriter &w) const;
  void emitInitialisation(CppWriter &w) const;

private:
  struct Item {
    std::string name, init, comment;
  };
  std::map<std::string, std::string> byKey_;
  std::set<std::string> names_; // issued, so that two hints never share one
  std::map<std::string, int> nextSuffix_; // per hint: where to look for a free name (linear over many constants)
  std::vector<Item> items_;
  std::string add(const std::string &key, std::string hint, std::string init, std::string comment);
};

// Where control goes for return, break, continue and errors from the code
// being emitted; try/finally and loops push new ones.
struct Targets {
  std::string error;    // label with traceback recording
  std::string breakTo, continueTo;
  std::string returnTo; // empty: return directly
};

class FunctionEmitter {
public:
  FunctionEmitter(ModuleEmitter &m, const sema::Scope *scope, FunctionEmitter *enclosing);

  // Emits the whole C++ function for the scope into the module's output:
  // a def's statements, a lambda's expression, or a generator expression.
  void emitDef(const std::string &cppName, const std::vector<const ast::Stmt *> &body, const ast::Expr *lambdaBody,
               const ast::Comp *genexp = nullptr);
  // A generator's body is a coroutine (pyxc::GeneratorCode): its named
  // variables live in the generator's slots, and it returns with co_return.
  bool generator = false;
  int slotCount = 0;
  const char *returnKeyword() const { return generator ? "co_return" : "return"; }
  void genexpLoops(const ast::Comp *c);
  int comprehensionLoops(const ast::Comp *c, const std::string &first, bool firstIsList = false);
  void emitModuleBody(const ast::Module *m);
  void declareParam(CppWriter &head, const std::string &p, const std::string &source);
  void declareShadow(CppWriter &head, const std::string &name);
  std::string newCell(std::string_view n);
  bool paramNotNone(const std::string &p) const;
  bool notNoneWritten(const std::string &p) const;
  // `traceback`: the error exit records this function in the traceback
  // (not a noexcept function's, whose error is printed as unraisable).
  void finishFunction(const CppWriter &head, const std::string &unwind, const std::string &ret,
                      bool traceback = true);
  // Returns the Refs it declared (the object locals and retval).
  std::vector<std::string> declareLocals(CppWriter &head, const std::string &closure);
  // How the function returns the value a return statement left (after a finally).
  std::string finalReturn() const;
  // A class body (a class statement's, or a cdef class's without its
  // attribute declarations) as the function that fills its namespace.
  void emitClassBody(const std::string &cppName, const ast::Node *def, std::span<ast::Stmt *const> body);

  // --- cdef classes (class_emitter.cpp) ---
  void cdefClass(const ast::CClassDef *c);
  void propertyBlock(const ast::CPropertyDef *p);
  void emitAccessors(const ir::ExtensionClass &c, const ir::ExtensionClass::Field &f, std::vector<std::string> &getset);
  void emitFieldGetter(const ir::ExtensionClass &c, const ir::ExtensionClass::Field &f, const std::string &name);
  void emitFieldSetter(const ir::ExtensionClass &c, const ir::ExtensionClass::Field &f, const std::string &name);
  void finishConverter(const ir::ExtensionClass &c, const ir::ExtensionClass::Field &f, const std::string &signature,
                       const std::string &failure, std::string_view what);
  std::vector<std::string> emitPickling(const ir::ExtensionClass &c);
  std::string_view instanceParam() const;
  bool knownInstance(const ast::Expr *e) const;
  const ir::ExtensionClass::Field *extensionField(const ast::Attribute *a) const;
  std::string instancePointer(const ast::Expr *receiver, std::string_view attr);
  std::string fieldLvalue(const ast::Attribute *a);
  void storeObjectField(const ast::Attribute *a, const std::string &value, const sema::Type *from = nullptr);
  std::string methodCallee(const ir::CCall &call, const sema::CSymbol *f, const std::string &receiver);
  // The C function a call of `f` calls (a method: through the receiver's table).
  std::string calleeOf(const ast::Call *c, const sema::CSymbol *f, const std::string &receiver);

  // --- statements (stmt_emitter.cpp) ---
  void statements(std::span<ast::Stmt *const> body);
  void statement(const ast::Stmt *s);
  // `from`: the value's static type, when an expression gives it (a value
  // of the target's static type needs no check).
  void assignOwned(const ast::Expr *target, const std::string &ref, const sema::Type *from = nullptr);
  void assign(const ast::Expr *target, const std::string &value, const sema::Type *from = nullptr);
  // Whether a value of static type `from` may be stored where `to` is the
  // static type without a run-time check.
  static bool staticallyKnown(const sema::Type *from, const sema::Type *to);
  void del(const ast::Expr *target);
  void ifStatement(const ast::If *s);
  void whileStatement(const ast::While *s);
  void forStatement(const ast::For *s);
  // `knownList`: the iterable is an exact list (containerOf).
  std::string openForLoop(const std::string &iterable, bool knownList = false);
  // `isIterator`: `iterable` is aiter() of the iterable already.
  std::string openAsyncForLoop(const std::string &iterable, bool isIterator = false);
  void nogilBlock(const ast::GilBlock *s);
  void loopBody(std::span<ast::Stmt *const> body, std::span<ast::Stmt *const> orelse, const std::string &brk,
                const std::string &cont);
  void tryStatement(const ast::Try *s);
  void tryStarStatement(const ast::Try *s);
  void discardName(std::string_view name);
  void withStatement(const ast::With *s);
  void matchStatement(const ast::Match *s);
  // Emits the test of `p` against `subject`; jumps to `fail` when it does not match.
  void pattern(const ast::Pattern *p, const std::string &subject, const std::string &fail);
  // Binds a name (local, cell, global, class namespace) to a value.
  void capture(std::string_view name, const std::string &value);
  void storeName(std::string_view id, const std::string &value, const sema::Type *from, const ast::Node *at);
  void decorateAndBind(const std::vector<std::string> &decorators, std::string value, std::string_view name);
  void raiseStatement(const ast::Raise *s);
  void importStatement(const ast::Import *s);
  void importFromStatement(const ast::ImportFrom *s);
  void functionDef(const ast::FunctionDef *f);
  std::string newFusedFunction(const sema::FusedGroup &g);
  void bindFusedSpecialisation(const ir::Function &f, const std::string &fn, const std::vector<std::string> &decorators);
  void classDef(const ast::ClassDef *c);
  std::string classCell(const sema::Scope *inner);
  void returnValue(const std::string &ownedRef);
  // A finally clause and a with statement catch every way out of their body:
  // `inner` gets return/break/continue labels that record why (2/3/4) in
  // `why` and jump to `to`; resumeExit() continues that way afterwards.
  void exitFunnel(const Targets &outer, Targets &inner);
  void emitExitFunnel(const Targets &outer, const Targets &inner, const std::string &why, const std::string &to);
  void resumeExit(const Targets &outer, const std::string &why);
  // An error target: `name` records this frame in the traceback, then falls
  // into `name_unwind` (for exceptions already recorded here).
  void errorEntry(const std::string &name);

  // --- expressions (expr_emitter.cpp) ---
  // Evaluates `e`; returns a C++ expression for a borrowed PyObject* that
  // stays valid to the end of the current block.
  std::string expr(const ast::Expr *e);
  std::string boxedValue(const ast::Expr *e);
  // The call of the operation the lowering planned for a binary operator
  // or augmented assignment `at` on objects (a new reference or null).
  std::string objectArithmetic(const ast::Node *at, const std::string &lhs, const std::string &rhs);
  // The lowering's plan of the `i`th comparison of a chain on objects.
  const ir::ObjectOperation &comparisonPlan(const ast::Compare *c, size_t i);
  // The list, dict or set a name only ever holds (sema/container_locals.h),
  // as the lowering found it; and the calls that use it.
  sema::Container containerOf(const ast::Expr *e) const;
  std::string containsCall(const ir::ObjectOperation &plan, const std::string &c, const std::string &item);
  std::string getItemCall(const ast::Expr *obj, const std::string &o, const std::string &key) const;
  std::string setItemCall(const ast::Expr *obj, const std::string &o, const std::string &key,
                          const std::string &value) const;
  // Evaluates `e` into a fresh Ref variable (a new reference); returns its name.
  std::string owned(const ast::Expr *e);
  // Evaluates `e` for its truth; returns the name of an int (0/1).
  std::string truth(const ast::Expr *e);
  // `node`, when given, is the read itself: a read definite assignment
  // proves bound needs no UnboundLocalError check.
  std::string loadName(std::string_view id, const ast::Name *node = nullptr);
  std::string call(const ast::Call *c);
  // The calls the lowering resolved (ir/object_calls.h), into `result`.
  void frameIntrospection(const ast::Call *c, const ir::ObjectCall &plan, const std::string &result);
  void builtinCall(const ast::Call *c, const ir::ObjectCall &plan, const std::string &result);
  void superCall(const std::string &result);
  void unpackingCall(const ast::Call *c, const std::string &result);
  std::string localsDict();
  std::string compare(const ast::Compare *c);
  std::string boolOp(const ast::BoolOp *b);
  std::string ifExp(const ast::IfExp *e);
  std::string display(const ast::Expr *e);
  std::string dict(const ast::Dict *d);
  std::string comprehension(const ast::Comp *c);
  std::string fstring(const ast::JoinedStr *j);
  std::string constant(const ast::Constant *c);
  std::string lambda(const ast::Lambda *l);
  std::string genexp(const ast::Comp *c);
  std::string yieldValue(const ast::Yield *y);
  std::string yieldedValue(const ast::Expr *e);
  std::string yieldFrom(const ast::Expr *at, const ast::Expr *value, bool await);
  // `onError`: a label to go to when the delegate fails (default: the error target).
  std::string awaitRef(const std::string &awaitable, const std::string &onError = "");
  std::string delegateTo(const std::string &delegate, const std::string &onError = "");
  void asyncForStatement(const ast::For *s);
  std::string slice(const ast::Slice *s);
  std::string namedExpr(const ast::NamedExpr *n);
  // The static description of a Python function (its pyxc::FunctionSpec), by name.
  std::string functionSpec(const sema::Scope *inner, const ast::Arguments *args, const std::string &doc,
                           const std::string &cppBody, const ast::Expr *returns, const sema::Type *cResult = nullptr);
  std::string makeFunction(const sema::Scope *inner, const ast::Arguments *args, const std::string &doc,
                           const std::string &cppBody, const ast::Expr *returns, const sema::Type *cResult = nullptr);
  std::string closureTuple(const sema::Scope *inner);
  std::string formattedPart(const ast::Expr *value, int conversion, const std::string &spec);
  std::string joinParts(const std::vector<std::string> &parts, bool singleValue);
  std::string percentFormat(const ast::BinOp *b);
  std::string pointerSliceContains(const ast::Compare *c);
  std::string charSlice(const ast::Subscript *s);
  void unboundMethodNoneCheck(const ast::Call *c, const std::string &self);

  // --- C-typed code (typed_emitter.cpp) ---
  const sema::Type *typeOf(const ast::Expr *e) const;
  bool isC(const ast::Expr *e) const;
  std::string cVariable(std::string_view id);
  std::string cCellValue(std::string_view id);
  // Declarations of the function's own storage, printed after its locals
  // (the C arrays list literals become where pointers are wanted).
  std::vector<std::string> hoisted;
  // A C value as a new Python object (a Ref's name), and back.
  std::string box(const std::string &c, const sema::Type *t, const ast::Node *at);
  std::string functionObject(const std::string &c, const sema::Type *fn, const std::string &r);
  std::string unbox(const std::string &obj, const sema::Type *t, const ast::Node *at);
  // The value of `e` as a C value of type `want`.
  std::string cvalue(const ast::Expr *e, const sema::Type *want);
  // The C value of a C-typed expression.
  std::string cexpr(const ast::Expr *e);
  std::string unboxArray(const std::string &obj, const sema::Type *t, const ast::Node *at, const std::string &r);
  void storeC(const ast::Expr *target, const sema::Type *t, const std::string &value);
  void holdingGil(const std::function<void()> &emit);
  void assertStatement(const ast::Assert *a);
  void storeCSlice(const ast::Subscript *target, const sema::Type *t, const std::string &value);
  bool chainedCAssign(const ast::Assign *a);
  bool parallelCAssign(const ast::Assign *a);
  std::string unboxUnion(const std::string &obj, const sema::Type *t, const ast::Node *at, const std::string &r);
  // C arithmetic as the lowering specialised it.
  std::string cBinary(const ir::COperation &plan, const std::string &l, const std::string &r);
  std::string cCompare(const ast::Compare *c);
  std::string cCall(const ast::Call *c);
  // C++ classes (codegen/cpp_emitter.cpp): constructors, methods,
  // operators and `new`, their exceptions caught where `except +` says.
  std::string cppCall(const ast::Call *c, const sema::CSymbol *f);
  std::string cppOperation(const ast::Expr *e, const sema::CSymbol *op);
  std::string cppNew(const ast::New *n, const sema::CSymbol *ctor);
  std::string cppField(const ast::Attribute *a);
  void templatedAssignment(const ast::Assign *a);
  std::string cppReceiver(const ast::Expr *receiver);
  void cppForLoop(const ast::For *s, const sema::Type *item);
  std::string openCppLoop(const ast::Expr *iter);
  std::string openCppLoopOver(const std::string &container, bool pointer);
  std::string cppResult(const sema::Type *fn, const std::string &call, std::string_view name);
  void cppCatch(const sema::Type *fn);
  std::string cObjectCall(const ast::Call *c, const sema::CSymbol *f);
  std::string propertyCall(const ast::Attribute *a, const sema::CSymbol *getter);
  std::string objectCast(const ast::Cast *c);
  // The arguments of a C call, in parameter order; `receiver` gets a
  // method's receiver (its first argument).
  std::string cArguments(const ast::Call *c, std::string *receiver = nullptr);
  std::string cFunctionName(const sema::CSymbol *f);
  std::string boxString(const std::string &c, const sema::Type *t, std::string_view kind);
  std::string charBufferOf(const std::string &obj);
  static bool cppString(const sema::Type *t);
  bool cppReference(const ast::Expr *e) const;
  std::string cppCallee(const ast::Call *c, const sema::CSymbol *f);
  bool optionalLocal(std::string_view id) const;
  void checkCResult(const sema::Type *fn, const std::string &result);
  const sema::Type *cTargetType(const ast::Expr *target);
  std::string cLvalue(const ast::Expr *target);
  // An element of a typed memoryview (or of a buffer object's buffer),
  // with the directives' index checks.
  std::string memviewElement(const ast::Subscript *s);
  std::string bufferOf(const ast::Expr *e);
  void acquireShadow(std::string_view id);
  // Locals of buffer types (np.ndarray[double, ndim=2]) -> the pyxc::MemView
  // that holds their buffer while they hold the object.
  std::map<std::string, std::string> bufferShadows;
  bool assignCValue(const ast::Expr *target, const ast::Expr *value);
  bool assignCFromObject(const ast::Expr *target, const std::string &object);
  bool augAssignC(const ast::AugAssign *a);
  void cVarDecl(const ast::CVarDecl *d);
  void cRangeLoop(const ast::For *s, const ir::RangeLoop &loop);
  void parallelLoop(const ast::For *s, const ir::RangeLoop &loop, const std::string &start, const std::string &stop,
                    const std::string &step);
  void parallelBlock(const ast::With *s, const ir::ParallelBlock &plan);
  std::string numThreadsClause(const ast::Expr *numThreads);
  struct ParallelRegion {
    bool outerNogil;
    std::string released; // the thread state saved where the GIL was held, or empty
  };
  ParallelRegion openParallelRegion(bool releasesGil);
  void closeParallelRegion(const ParallelRegion &region);
  // The enclosing parallel() block's pyxc::ParallelErrors, or empty.
  std::string blockErrors;
  void forFromLoop(const ast::ForFrom *s);
  void returnC(const std::string &value);
  // cdef/cpdef functions (cfunction_emitter.cpp).
  // `name`: the C++ function (default: the IR's entry of `sym`).
  void emitCFunction(const sema::CSymbol *sym, std::string_view pyName, std::span<ast::Stmt *const> body,
                     const ast::Node *at, const std::string &name = "");
  // A cpdef method's dispatcher: a Python override of self's class, else the entry.
  void emitDispatcher(const sema::CSymbol *sym, std::string_view pyName, const ast::Node *at,
                      const std::string &name);
  void cFunctionStatement(const ast::CFunctionDef *f);
  void cppMemberFunctions(const ast::CppClassDef *d);
  void compiledFunction(const ast::Node *f, std::string_view name, std::span<ast::Stmt *const> body);
  void externCpdefWrappers();
  void functionObjectWrappers();

  // --- helpers ---
  std::string temp(std::string_view hint);
  std::string label(std::string_view hint);
  // Error checks are marked unlikely: the compiler moves error paths out
  // of the hot code, as Cython's unlikely() does.
  void check(const std::string &ptr) { w.line("if (PYXC_UNLIKELY(!{})) goto {};", ptr, targets.back().error); }
  void checkInt(const std::string &status) {
    w.line("if (PYXC_UNLIKELY({} < 0)) goto {};", status, targets.back().error);
  }
  void fail() { w.line("goto {};", targets.back().error); }
  void lineMark(const ast::Node *n);
  void internalError(const ast::Node *n, std::string_view what);
  // The C++ variable for a local/cell/free name of this scope.
  std::string var(std::string_view id);
  sema::Binding binding(std::string_view id) const;
  const sema::Scope *functionScopeFor(std::string_view id) const;

  ModuleEmitter &m;
  const sema::Scope *scope;
  FunctionEmitter *enclosing;
  CppWriter w; // the body, one level inside the function
  std::vector<Targets> targets;
  int counter = 0;
  ir::NameTable names; // this function's locals, cells and free variables
  bool isModule = false, isClass = false;
  bool inPropertyBlock = false; // making a `property x:` block's accessors (no embedded signatures)
  int currentLine = 0;
  // Comprehension variables renamed to C++ locals while their loop is emitted.
  std::vector<std::map<std::string, std::string>> comprehensionVars;
  std::vector<const sema::Scope *> compScopes;
  std::set<std::string> comprehensionCells; // C++ names of comprehension variables held in cells
  std::set<std::string> comprehensionCVars;  // ... that are C values (the items of a C++ container)
  // A cdef function's signature while its body is emitted (null for def).
  const sema::Type *cSignature = nullptr;
  // Inside `with nogil:` or a nogil cdef function: Python objects are
  // compile errors, worded as Cython words them.
  bool nogil = false;
  std::set<uint32_t> gilReported; // one error per place
  void requireGil(const ast::Node *at, const char *what);
  // Directives set by enclosing `with cython.x(...)` blocks.
  std::vector<sema::Directives> withDirectives;
  const sema::Directives &directives() const;
  // A decorator from the cython module (directives, cfunc, locals, ...):
  // it acts at compile time and is not applied at run time.
  bool isCythonDecorator(const ast::Expr *d) const;
  std::string cythonPath(const ast::Expr *e) const;
  std::string cythonOperator(const ast::Call *c, std::string_view op);
  std::string cythonValue(const ast::Expr *e);
  std::string annotation(const ast::Expr *a);
  // `cython.NAME`: NAME, else empty.
  std::string_view cythonAttr(const ast::Expr *e) const;
  const sema::CompileTimeValue *compileTimeName(std::string_view id) const;
  std::string compileTimeConstant(const sema::CompileTimeValue &v);
  // cython.sizeof/cast/address/declare as C values, cython.typeof as a str.
  std::string cythonCall(const ast::Call *c, std::string_view fn);
  // Emits a def's body instead of statements (a cpdef's Python wrapper).
  std::function<void()> customBody;
  sema::BoundNames boundNames; // the reads of locals definite assignment proves bound
  // The C++ variable of a comprehension variable in scope, or empty.
  std::string comprehensionVar(std::string_view id) const;
};

class ModuleEmitter {
public:
  ModuleEmitter(const SourceFile &file, const sema::ScopeTable &scopes, const sema::Typing &typing,
                const ir::Module &ir, const EmitOptions &options, DiagnosticEngine &diags)
      : file(file), scopes(scopes), typing(typing), ir(ir), options(options), diags(diags) {}

  std::string run(const ast::Module *module);
  // The C++ identifier the IR gives the function of `kind` defined at `node`.
  const std::string &functionName(const ast::Node *node, ir::FunctionKind kind) const {
    return ir.function(node, kind)->cName;
  }
  std::string cString(std::string_view s) const;
  // The file name tracebacks give for code at `n`: kSourceName, or the name
  // of the included file it comes from.
  std::string sourceNameOf(const ast::Node *n) const;
  // The name of the file a node is in (the module's, an included .pxi, a
  // .pxd whose inline functions it compiles), as the C++'s comments name it.
  std::string fileNameOf(const ast::Node *n) const;
  // The function name a traceback entry gives for code of scope `s`:
  // CPython's, or in .pyx modules Cython's (`module.Class.method`).
  std::string tracebackName(const sema::Scope *s) const;

  const SourceFile &file;
  const sema::ScopeTable &scopes;
  const sema::Typing &typing;
  const ir::Module &ir;
  const EmitOptions &options;
  DiagnosticEngine &diags;
  Constants constants;
  std::vector<std::string> functions; // finished C++ functions, in definition order
  std::vector<std::string> prototypes; // of cdef functions, which call each other directly
  std::set<std::string> pickleConverters; // fields whose pickling converters are written (bases' once)
  // Annotations are kept as their source strings: under `from __future__
  // import annotations` (PEP 563), and in Cython code as Cython keeps them.
  bool stringAnnotations = false;
  // The future features exec/eval/compile give the source they compile:
  // the module's own (`from __future__ import annotations` in a .py:
  // CO_FUTURE_ANNOTATIONS), none in Cython code, as Cython's exec.
  std::string futureFlags = "0";
  // The type object (a PyTypeObject *) a static type is checked against:
  // a builtin type's, or a cdef class's; empty for others.
  std::string staticTypeObject(const sema::Type *t) const;
  // The check (an int status) that `value` may be stored where `t` is the
  // static type; empty for types that take any object.
  std::string staticTypeCheck(const sema::Type *t, const std::string &value) const;
  // The check (an int status) of a value for a buffer type's buffer
  // (sema::Type::buffer), or empty for other types.
  std::string bufferCheck(const sema::Type *t, const std::string &value) const;
  void emitClassDeclarations(CppWriter &w) const;
  void emitClassTypes(CppWriter &w);
  // C++ classes the module defines (codegen/cpp_emitter.cpp).
  void emitCppClasses(CppWriter &w) const;
  // The global holding a cpdef enum's Python class.
  const std::string &enumClass(std::string_view enumName) const { return ir.enumClass(enumName); }
};

} // namespace pyxc::codegen
