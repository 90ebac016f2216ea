// C-typed code: C variables and expressions, conversions between C values
// and Python objects (with Cython's errors), C loops over range(), and cdef
// functions. Expressions the typer left as objects go through
// expr_emitter.cpp as before.
#include "codegen/emitter_impl.h"

#include "sema/loops.h"
#include "frontend/ast_fields.h"
#include "frontend/unicode.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace pyxc::codegen {

using namespace ast;
using sema::Binding;
using sema::Type;
using sema::TypeKind;

// --- C spellings ---------------------------------------------------------------------

// An array type as C++ spells it without a declarator.
static std::string arrayType(const Type *t) {
  return fmt::format("pyxc::CArray<{}, {}>", t->target->kind == TypeKind::Array ? arrayType(t->target) : cType(t->target),
                     t->length);
}

std::string cType(const Type *t) {
  switch (t->kind) {
  case TypeKind::Int:
  case TypeKind::Float: return t->name;
  case TypeKind::Complex: return "std::complex<" + t->target->name + ">";
  case TypeKind::Bint: return "int";
  case TypeKind::Void: return "void";
  case TypeKind::Pointer: {
    if (t->target->kind == TypeKind::Function) {
      std::string s = "pyxc::FnPtr<" + cType(t->target->target);
      for (const sema::Param &p : t->target->params)
        s += ", " + cType(p.type);
      return s + ">";
    }
    if (t->target->kind == TypeKind::Array) // a pointer to a whole array: `int (*)[5]`
      return fmt::format("{} *", arrayType(t->target));
    std::string inner = cType(t->target);
    return inner + (inner.back() == '*' ? "*" : " *");
  }
  case TypeKind::Function: {
    std::string s = "pyxc::FnType<" + cType(t->target);
    for (const sema::Param &p : t->params)
      s += ", " + cType(p.type);
    return s + ">";
  }
  case TypeKind::Array: return cType(t->target) + " *";
  case TypeKind::MemoryView: return fmt::format("pyxc::MemView<{}, {}>", cType(t->target), t->length);
  case TypeKind::Struct: return (t->typedefName ? "" : t->isUnion ? "union " : "struct ") + t->name;
  case TypeKind::CppClass: return cppClassType(t);
  case TypeKind::TemplateParam: return t->name; // (a template's own declarations: never printed)
  default: return "PyObject *";
  }
}

std::string memberName(const Type *st, std::string_view field) {
  // Keywords of C and C++ a struct of Cython's may use as field names.
  static const std::set<std::string_view> keywords = {
      "new",     "delete",   "class",    "template", "this",      "operator", "namespace", "private",
      "public",  "protected", "virtual", "friend",   "typename",  "using",    "explicit",  "mutable",
      "export",  "bool",     "true",     "false",    "catch",     "try",      "throw",     "nullptr",
      "and",     "or",       "not",      "xor",      "bitand",    "bitor",    "compl",     "and_eq",
      "or_eq",   "xor_eq",   "not_eq",   "typeid",   "decltype",  "concept",  "requires",  "noexcept",
      "alignas", "alignof",  "char8_t",  "char16_t", "char32_t",  "wchar_t",  "constexpr", "consteval",
      "constinit", "co_await", "co_return", "co_yield", "dynamic_cast", "static_cast", "reinterpret_cast",
      "const_cast", "static_assert", "thread_local", "auto", "break", "case", "char", "const", "continue",
      "default", "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int",
      "long", "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch",
      "typedef", "union", "unsigned", "void", "volatile", "while"};
  return keywords.count(field) && !st->fromHeader ? std::string(field) + "_" : std::string(field);
}

std::string cZero(const Type *t) {
  switch (t->kind) {
  case TypeKind::Array:
  case TypeKind::Struct:
  case TypeKind::CppClass:
  case TypeKind::MemoryView: return "{}";
  case TypeKind::Int: return t->isEnum ? "{}" : "0";
  default: return "0";
  }
}

std::string cDeclaration(const Type *t, const std::string &name) {
  if (t->kind == TypeKind::Array)
    return cDeclaration(t->target, fmt::format("{}[{}]", name, t->length));
  std::string type = cType(t);
  return type.back() == '*' ? type + name : type + " " + name;
}


void FunctionEmitter::requireGil(const Node *at, const char *what) {
  if (!nogil || !gilReported.insert(at->range.begin.offset).second)
    return;
  // (sema/nogil.cpp reports every such operation in Cython's words first.)
  internalError(at, fmt::format("'{}' without the GIL", what ? what : "Converting to Python object"));
}

const sema::Directives &FunctionEmitter::directives() const {
  return withDirectives.empty() ? m.typing.directivesFor(scope) : withDirectives.back();
}

std::string_view FunctionEmitter::cythonAttr(const Expr *e) const { return sema::cythonAttribute(m.typing, e); }

std::string FunctionEmitter::cythonCall(const Call *c, std::string_view fn) {
  const Type *t = typeOf(c);
  if (fn == "sizeof" && c->args.size() == 1) {
    const Expr *a = c->args[0];
    if (const Type *named = m.typing.typeExpression(a))
      return fmt::format("sizeof({})", cType(named));
    return fmt::format("sizeof({})", cexpr(a));
  }
  if (fn == "cast" && c->args.size() == 2) {
    // An object converts as the lowering planned, else (to a pointer) is its address, as <PyObject *>obj.
    if (m.ir.conversion(c->args[1], t))
      return cvalue(c->args[1], t);
    return fmt::format("(({})({}))", cType(t), isC(c->args[1]) ? cexpr(c->args[1]) : expr(c->args[1]));
  }
  if (fn == "declare")
    return c->args.size() == 2 ? cvalue(c->args[1], t) : "0";
  if (fn == "address" && c->args.size() == 1)
    return fmt::format("(&{})", cLvalue(c->args[0]));
  internalError(c, fmt::format("cython.{}() here", fn));
  return "0";
}

// cython.operator's functions on C values, as C's operators; the
// increments evaluate their operand once, into a temporary.
std::string FunctionEmitter::cythonOperator(const Call *c, std::string_view op) {
  if (const sema::CSymbol *cpp = m.typing.cppOperation(c))
    return cppOperation(c, cpp);
  if (op == "dereference")
    return fmt::format("(*{})", cexpr(c->args[0]));
  if (op == "address")
    return fmt::format("(&{})", cLvalue(c->args[0]));
  if (op == "typeid") { // of a type, or of a C value's type
    if (const Type *named = m.typing.typeExpression(c->args[0]))
      return fmt::format("typeid({})", cDeclaration(named, ""));
    return fmt::format("typeid({})", isC(c->args[0]) ? cexpr(c->args[0]) : "PyObject *");
  }
  if (op == "comma") {
    w.line("(void)({});", cexpr(c->args[0]));
    return cexpr(c->args[1]);
  }
  std::string_view step = op.ends_with("increment") ? "++" : "--";
  std::string target = cLvalue(c->args[0]);
  std::string r = temp(std::string(op));
  w.line("{} = {};", cDeclaration(typeOf(c), r),
         op.starts_with("pre") ? fmt::format("{}{}", step, target) : fmt::format("{}{}", target, step));
  return r;
}

// The C API's type object for a builtin type used as a static type.
std::string builtinTypeObject(const Type *t) {
  static const std::map<std::string, std::string> objects = {
      {"list", "PyList_Type"},   {"dict", "PyDict_Type"},         {"tuple", "PyTuple_Type"},
      {"set", "PySet_Type"},     {"frozenset", "PyFrozenSet_Type"}, {"str", "PyUnicode_Type"},
      {"unicode", "PyUnicode_Type"}, {"bytes", "PyBytes_Type"},   {"bytearray", "PyByteArray_Type"},
      {"bool", "PyBool_Type"},   {"type", "PyType_Type"},         {"complex", "PyComplex_Type"},
      {"slice", "PySlice_Type"}, {"memoryview", "PyMemoryView_Type"}};
  if (t->exceptionType)
    return fmt::format("reinterpret_cast<PyTypeObject *>(PyExc_{})", t->name);
  auto it = objects.find(t->name);
  return it == objects.end() ? "" : "&" + it->second;
}

// A DEF constant the name refers to (unless the module rebinds the name).
const sema::CompileTimeValue *FunctionEmitter::compileTimeName(std::string_view id) const {
  const sema::CompileTimeValue *v = m.typing.compileTime.lookup(id);
  if (!v || m.scopes.module()->assigned.count(std::string(id)))
    return nullptr;
  Binding b = isModule ? Binding::Global : binding(id);
  return b == Binding::Global || b == Binding::ClassLocal ? v : nullptr;
}

// A DEF constant as a Python constant.
std::string FunctionEmitter::compileTimeConstant(const sema::CompileTimeValue &v) {
  using K = sema::CompileTimeValue::Kind;
  switch (v.kind) {
  case K::None: return "Py_None";
  case K::Bool: return v.i ? "Py_True" : "Py_False";
  case K::Int: return m.constants.integer(std::to_string(v.i));
  case K::Float: return m.constants.floating(v.f);
  case K::Str: return m.constants.str(v.s);
  case K::Bytes: return m.constants.bytes(v.s);
  case K::Tuple: {
    std::vector<std::string> items;
    for (const sema::CompileTimeValue &item : v.items)
      items.push_back(compileTimeConstant(item));
    return m.constants.tuple(items);
  }
  }
  return "Py_None";
}

// The dotted path under the cython module an expression names
// (`cython.dataclasses.field` -> "dataclasses.field", a bare `cfunc` imported
// from cython -> "cfunc"), or empty.
std::string FunctionEmitter::cythonPath(const Expr *e) const { return sema::cythonPath(m.typing, e); }

// Decorators that only direct the compiler (@cython.cfunc, @cython.locals(...)).
// cython.dataclasses' decorators make the class at run time.
bool FunctionEmitter::isCythonDecorator(const Expr *d) const {
  if (d->kind == Kind::Call)
    d = as<Call>(d)->func;
  std::string path = cythonPath(d);
  return !path.empty() && !path.starts_with("dataclasses.");
}

// As an owned reference: a name of the cython module used as a value at run time: `cython.compiled`
// is True; cython.dataclasses is the standard library's dataclasses. Others
// have no value (NameError at run time, as in a module Cython compiled).
std::string FunctionEmitter::cythonValue(const Expr *e) {
  std::string path = cythonPath(e);
  if (path == "compiled") {
    std::string t = temp("compiled");
    w.line("Ref {} = keep(Py_True);", t);
    return t;
  }
  // cython.set, cython.list, ...: the builtin types under the cython module.
  static const std::map<std::string, std::string> moreTypes = {
      {"int", "&PyLong_Type"}, {"float", "&PyFloat_Type"}, {"object", "&PyBaseObject_Type"}};
  std::string typeObject;
  if (const Type *t = m.typing.types.byName(path); t && t->isObject())
    typeObject = builtinTypeObject(t);
  if (auto it = moreTypes.find(path); it != moreTypes.end())
    typeObject = it->second;
  if (!typeObject.empty()) {
    std::string t = temp("builtin_type");
    w.line("Ref {} = keep(reinterpret_cast<PyObject *>({}));", t, typeObject);
    return t;
  }
  if (path.starts_with("dataclasses.") && path.find('.', 12) == std::string::npos) {
    std::string module = temp("dataclasses");
    w.line("Ref {} = own(pyxc::importName({}, globals, Py_None, 0));", module, m.constants.str("dataclasses"));
    check(module);
    std::string t = temp("imported");
    w.line("Ref {} = own(pyxc::getAttr({}.get(), {}));", t, module, m.constants.str(path.substr(12)));
    check(t);
    return t;
  }
  return {};
}

// --- types of expressions ------------------------------------------------------------------

const Type *FunctionEmitter::typeOf(const Expr *e) const { return m.typing.typeOf(e); }

bool FunctionEmitter::isC(const Expr *e) const { return !typeOf(e)->isObject(); }

// The C variable behind a C-typed name, or empty when the name holds an object.
std::string FunctionEmitter::cVariable(std::string_view id) {
  if (std::string v = comprehensionVar(id); !v.empty() && comprehensionCVars.count(v))
    return v;
  if (!isModule && !isClass && comprehensionVar(id).empty()) {
    const sema::Scope *s = scope;
    Binding b = binding(id);
    if ((b == Binding::Local || b == Binding::Enclosing) && m.typing.localType(s, id))
      return var(id);
    if (std::string cell = cCellValue(id); !cell.empty())
      return cell;
    if (b != Binding::Global)
      return {};
  }
  if (std::string cell = isClass ? cCellValue(id) : ""; !cell.empty())
    return cell;
  if (isClass && binding(id) != Binding::ClassLocal && binding(id) != Binding::Global)
    return {};
  const sema::CSymbol *sym = m.typing.symbol(id, scope);
  if (!sym || sym->kind != sema::CSymbol::Kind::Variable || sym->type->isObject())
    return {}; // `cdef object x` at module level: a global of the module's dict
  if (sym->value)
    return fmt::format("({})", *sym->value); // an enum item
  return sym->external ? sym->cname : *m.ir.globalName(id);
}

// A C variable an inner function captures lives in a cell (pyxc/ccell.h):
// its value, as this function reaches the cell (its own, or a free
// variable's); empty for any other name.
std::string FunctionEmitter::cCellValue(std::string_view id) {
  const Type *t = m.typing.capturedType(scope, id);
  if (!t)
    return {};
  std::string cell = binding(id) == Binding::Cell ? var(id) + ".get()" : var(id);
  return fmt::format("pyxc::cellValue<{}>({})", cDeclaration(t, ""), cell); // (an array's type: `int [3]`)
}

// --- C expressions -------------------------------------------------------------------------

static std::string cLiteral(const Constant *c, const Type *t) {
  switch (c->ck) {
  case ConstKind::Str:
  case ConstKind::Bytes:
    if (auto code = sema::Typing::characterLiteral(c))
      return charLiteral(*code);
    return "0"; // the lowering refused other strings where C wants a number
  case ConstKind::Char: return fmt::format("((char){})", c->value.empty() ? 0 : int(static_cast<signed char>(c->value[0])));
  case ConstKind::True: return "1";
  case ConstKind::False: return "0";
  case ConstKind::Float: {
    if (std::isinf(c->number))
      return c->number > 0 ? "HUGE_VAL" : "(-HUGE_VAL)";
    std::string s = fmt::format("{:.17g}", c->number);
    return s.find_first_of(".en") == std::string::npos ? s + ".0" : s;
  }
  case ConstKind::Complex: return fmt::format("std::complex<double>(0.0, {:.17g})", c->number);
  case ConstKind::Int: {
    std::string suffix = t->kind == TypeKind::Int ? (t->isSigned ? "" : "U") + std::string(t->rank >= 5 ? "LL" : "L") : "";
    return std::string(c->value) + suffix;
  }
  default: return "0";
  }
}

std::string FunctionEmitter::cexpr(const Expr *e) {
  const Type *t = typeOf(e);
  if (const sema::CSymbol *op = m.typing.cppOperation(e))
    return e->kind == Kind::New ? cppNew(as<New>(e), op) : cppOperation(e, op);
  switch (e->kind) {
  case Kind::Constant: return cLiteral(as<Constant>(e), t);
  case Kind::Name: {
    std::string v = cVariable(as<Name>(e)->id);
    if (!v.empty() && optionalLocal(as<Name>(e)->id))
      return fmt::format("(*{})", v); // a cpp_locals local: its value (stores assign the optional itself)
    if (!v.empty())
      return v;
    if (as<Name>(e)->id == "NULL" && t->kind == TypeKind::Pointer)
      return "nullptr";
    // A C function (a cpdef function's name is typed as its Python function,
    // but `&f` takes the C one).
    if (const sema::CSymbol *f = m.typing.symbol(as<Name>(e)->id, scope); f && f->kind == sema::CSymbol::Kind::Function)
      return cFunctionName(f);
    if (const sema::CompileTimeValue *v = compileTimeName(as<Name>(e)->id)) {
      if (v->kind == sema::CompileTimeValue::Kind::Float)
        return std::isnan(v->f)   ? "Py_NAN"
               : std::isinf(v->f) ? (v->f > 0 ? "Py_HUGE_VAL" : "(-Py_HUGE_VAL)")
                                  : fmt::format("({:.17g})", v->f);
      return fmt::format("({}LL)", v->i);
    }
    break;
  }
  case Kind::BinOp: {
    auto *b = as<BinOp>(e);
    const ir::COperation *plan = m.ir.cOperation(b);
    if (!plan)
      break;
    std::string l = cexpr(b->left), r = cexpr(b->right);
    return cBinary(*plan, l, r);
  }
  case Kind::UnaryOp: {
    auto *u = as<UnaryOp>(e);
    if (u->op == UnaryOpKind::Not)
      return fmt::format("(!{})", truth(u->operand));
    std::string v = cexpr(u->operand);
    const char *op = u->op == UnaryOpKind::USub ? "-" : u->op == UnaryOpKind::UAdd ? "+" : "~";
    return fmt::format("({}{})", op, v);
  }
  case Kind::Compare: return cCompare(as<Compare>(e));
  case Kind::BoolOp: {
    // The value that decides, converted to the common type, as Python does.
    auto *b = as<BoolOp>(e);
    std::string r = temp(b->op == BoolOpKind::And ? "conjunction" : "disjunction");
    w.line("{} {};", cType(t), r);
    w.open("do {");
    for (size_t i = 0; i < b->values.size(); ++i) {
      w.line("{} = {};", r, cvalue(b->values[i], t));
      if (i + 1 < b->values.size())
        w.line("if ({}{}) break;", b->op == BoolOpKind::And ? "!" : "", r);
    }
    w.close("} while (false);");
    return r;
  }
  case Kind::IfExp: {
    auto *i = as<IfExp>(e);
    if (t->kind == TypeKind::CppClass && cppReference(i->body) && cppReference(i->orelse)) {
      // Two references to C++ objects: a reference to one of them (whose
      // fields an assignment through it changes), as C++'s ?: gives.
      std::string r = temp("chosen");
      w.line("{} *{} = nullptr;", cType(t), r);
      std::string test = truth(i->test);
      w.open(fmt::format("if ({}) {{", test));
      w.line("{} = &({});", r, cexpr(i->body));
      w.middle("} else {");
      w.line("{} = &({});", r, cexpr(i->orelse));
      w.close();
      return "(*" + r + ")";
    }
    std::string r = temp("choice");
    // One of two C functions: a pointer to it (the assignment picks a C++
    // overload, as <cmath>'s floor has them).
    bool function = t->kind == TypeKind::Function;
    w.line("{}{} {};", cType(t), function ? " *" : "", r);
    std::string test = truth(i->test);
    w.open(fmt::format("if ({}) {{", test));
    w.line("{} = {};", r, function ? cexpr(i->body) : cvalue(i->body, t));
    w.middle("} else {");
    w.line("{} = {};", r, function ? cexpr(i->orelse) : cvalue(i->orelse, t));
    w.close();
    return r;
  }
  case Kind::Call: return cCall(as<Call>(e));
  case Kind::Cast: {
    auto *c = as<Cast>(e);
    // <char *>obj converts, as an assignment does (the data of bytes or a
    // bytearray); <void *>obj and <PyObject *>obj are the object's address.
    // An integer literal is a C constant, as in Cython: <void *>1234 is the
    // address 1234, not the int object's.
    // (sema/value_contexts.cpp decides which convert; the lowering planned them.)
    if (t->kind == TypeKind::Pointer && sema::Typing::constantInt(c->operand))
      return fmt::format("(({})({}LL))", cType(t), *sema::Typing::constantInt(c->operand));
    if (m.ir.conversion(c->operand, t))
      return cvalue(c->operand, t);
    if (t->kind == TypeKind::MemoryView && c->type->kind == Kind::CTypeMemoryView) {
      // <double[:n]> p, <double[:n, :m]> array: a view of C memory, the
      // extents written in the cast (an array's own where none is).
      const Type *from = typeOf(c->operand);
      std::vector<long long> arrayExtents; // int[2][3]: 2, 3
      const Type *element = from->kind == TypeKind::Pointer ? from->target : from;
      for (; from->kind == TypeKind::Array && element->kind == TypeKind::Array; element = element->target)
        arrayExtents.push_back(element->length);
      if ((from->kind == TypeKind::Pointer || from->kind == TypeKind::Array) &&
          (element == t->target || element->kind == TypeKind::Void)) {
        std::string extents; // (the lowering checked them: sema::memoryviewCastError)
        List<Expr> dims = as<CTypeMemoryView>(c->type)->dims;
        for (size_t i = 0; i < dims.size(); ++i) {
          const Expr *upper = dims[i]->kind == Kind::Slice ? as<Slice>(dims[i])->upper : nullptr;
          std::string extent = upper ? cvalue(upper, m.typing.types.byName("Py_ssize_t"))
                                     : std::to_string(i < arrayExtents.size() ? arrayExtents[i] : 0);
          extents += (i ? ", " : "") + extent;
        }
        std::string view = temp("view");
        w.line("{} {};", cType(t), view);
        checkInt(fmt::format("{}.ofArray(reinterpret_cast<{} *>({}), {{{}}}, {})", view, cType(t->target),
                             cexpr(c->operand), extents, m.cString(sema::describe(t->target))));
        return view;
      }
    }
    return fmt::format("(({})({}))", cType(t), isC(c->operand) ? cexpr(c->operand) : expr(c->operand));
  }
  case Kind::SizeOf: {
    auto *s = as<SizeOf>(e);
    if (s->operand->kind == Kind::TypeExpr)
      return fmt::format("sizeof({})", cType(m.typing.resolvedType(as<TypeExpr>(s->operand)->type)));
    if (s->operand->kind >= Kind::CTypeName)
      return fmt::format("sizeof({})", cType(m.typing.resolvedType(s->operand)));
    if (const Type *named = m.typing.typeExpression(static_cast<const Expr *>(s->operand)))
      return fmt::format("sizeof({})", cType(named));
    return fmt::format("sizeof({})", cexpr(static_cast<const Expr *>(s->operand)));
  }
  case Kind::AddressOf: return fmt::format("(&{})", cexpr(as<AddressOf>(e)->operand));
  case Kind::Subscript: {
    auto *s = as<Subscript>(e);
    if (typeOf(s->value)->kind == TypeKind::MemoryView || typeOf(s->value)->buffer)
      return memviewElement(s);
    std::string base = cexpr(s->value);
    std::string index = cvalue(s->slice, m.typing.types.byName("Py_ssize_t"));
    return fmt::format("{}[{}]", base, index);
  }
  case Kind::Attribute: {
    // A name from a cimported module (libc.math.M_PI).
    auto *a = as<Attribute>(e);
    if (cythonAttr(a) == "compiled")
      return "1";
    if (cythonAttr(a) == "NULL")
      return "nullptr";
    if ((a->attr == "shape" || a->attr == "strides") && typeOf(a->value)->kind == TypeKind::MemoryView)
      return fmt::format("{}.{}", cexpr(a->value), a->attr);
    const Type *base = typeOf(a->value);
    if (base->kind == TypeKind::Complex && (a->attr == "real" || a->attr == "imag"))
      return fmt::format("pyxc::{}Part({})", a->attr, cexpr(a->value)); // an lvalue where z is one
    if (base->kind == TypeKind::CppClass || (base->kind == TypeKind::Pointer && base->target->kind == TypeKind::CppClass))
      return cppField(a);
    if (base->kind == TypeKind::Struct || (base->kind == TypeKind::Pointer && base->target->kind == TypeKind::Struct))
      return fmt::format("{}{}{}", cexpr(a->value), base->kind == TypeKind::Pointer ? "->" : ".",
                         memberName(base->kind == TypeKind::Pointer ? base->target : base, a->attr));
    if (const sema::CSymbol *sym = m.typing.moduleMember(a)) {
      if (sym->kind == sema::CSymbol::Kind::Function) // `<void>numpy.import_array`
        return cFunctionName(sym);
      return sym->value                ? fmt::format("({})", *sym->value) // an enum's item
             : sym->external ? sym->cname
                             : *m.ir.globalName(a->attr); // the lowering refused others
    }
    if (extensionField(a))
      return fieldLvalue(a); // a C attribute of a cdef class
    if (const sema::CSymbol *getter = m.typing.propertyGetter(a))
      return propertyCall(a, getter);
    break;
  }
  default: break;
  }
  internalError(e, fmt::format("a C value from the '{}' expression", kindName(e->kind)));
  return "0";
}

// C arithmetic as the lowering specialised it (sema/c_operations.def).
std::string FunctionEmitter::cBinary(const ir::COperation &plan, const std::string &l, const std::string &r) {
  using K = ir::COperationKind;
  const Type *t = plan.result, *operand = plan.operand;
  switch (plan.kind) {
  case K::Plain: return fmt::format("({} {} {})", l, symbolOf(plan.op), r);
  case K::CheckedAdd:
  case K::CheckedSubtract:
  case K::CheckedMultiply: {
    // overflowcheck=True: C arithmetic that overflows raises OverflowError.
    const char *builtin = plan.kind == K::CheckedAdd        ? "__builtin_add_overflow"
                          : plan.kind == K::CheckedSubtract ? "__builtin_sub_overflow"
                                                            : "__builtin_mul_overflow";
    std::string result = temp(plan.kind == K::CheckedAdd ? "sum" : plan.kind == K::CheckedSubtract ? "difference" : "product");
    w.line("{} {};", cType(t), result);
    w.line("if (PYXC_UNLIKELY({}(({}){}, ({}){}, &{}))) {{ pyxc::raiseArithmeticOverflow(); goto {}; }}",
           builtin, cType(t), l, cType(t), r, result, targets.back().error);
    return result;
  }
  case K::FloatPower: {
    // As a C value a complex result (a negative base to a fractional
    // exponent) is nan, as Cython's; boxedValue() gives Python's complex.
    std::string result = temp("power");
    w.line("{0} {1} = std::pow(({0}){2}, ({0}){3});", cType(t), result, l, r);
    return result;
  }
  case K::IntegerPower: {
    std::string result = temp("power");
    w.line("{} {} = pyxc::integerPower(({}){}, {});", cType(t), result, cType(t), l, r);
    return result;
  }
  case K::ComplexAdd: return fmt::format("({}({}) + {}({}))", cType(t), l, cType(t), r);
  case K::ComplexSubtract: return fmt::format("({}({}) - {}({}))", cType(t), l, cType(t), r);
  case K::ComplexMultiply: return fmt::format("pyxc::complexMultiply({}({}), {}({}))", cType(t), l, cType(t), r);
  case K::ComplexDivide: return fmt::format("pyxc::complexDivide({}({}), {}({}))", cType(t), l, cType(t), r);
  case K::CheckedComplexDivide: {
    if (!plan.raises) // a constant divisor that is not zero
      return fmt::format("pyxc::complexDivide({}({}), {}({}))", cType(t), l, cType(t), r);
    // Products and quotients as Cython computes them; a zero divisor raises.
    std::string a = temp("dividend"), b = temp("divisor");
    w.line("{} {} = {}({});", cType(t), a, cType(t), l);
    w.line("{} {} = {}({});", cType(t), b, cType(t), r);
    w.line("if (PYXC_UNLIKELY(pyxc::isZero({}))) {{ pyxc::raiseComplexDivisionByZero(); goto {}; }}", b,
           targets.back().error);
    return fmt::format("pyxc::complexDivide({}, {})", a, b);
  }
  case K::CDivide: return fmt::format("(({0}){1} / ({0}){2})", cType(operand), l, r);
  case K::CIntegerDivide: return fmt::format("({} / {})", l, r);
  case K::CModulo: return fmt::format("({} % {})", l, r);
  case K::CFloatFloorDivide: return fmt::format("std::floor({} / {})", l, r);
  case K::CFloatModulo: return fmt::format("std::fmod({}, {})", l, r);
  case K::Divide:
  case K::FloorDivide:
  case K::Modulo: break;
  }
  // Division and modulo with Python's semantics: the divisor is checked
  // for zero (unless it is a constant other than 0 and -1); // and %
  // round towards negative infinity.
  bool floating = operand->kind == TypeKind::Float;
  if (!plan.raises) {
    if (plan.kind == K::Divide)
      return fmt::format("(({0}){1} / ({0}){2})", cType(operand), l, r);
    return fmt::format("pyxc::{}(({}){}, ({}){})", plan.kind == K::Modulo ? "modulo" : "floorDivide", cType(operand), l,
                       cType(operand), r);
  }
  std::string a = temp("dividend"), b = temp("divisor");
  w.line("{} {} = {};", cType(operand), a, l);
  w.line("{} {} = {};", cType(operand), b, r);
  const char *zero = !floating ? "raiseIntegerDivisionByZero"
                     : plan.kind == K::Modulo ? "raiseFloatModuloByZero"
                                              : "raiseFloatDivisionByZero";
  w.line("if (PYXC_UNLIKELY({} == 0)) {{ pyxc::{}(); goto {}; }}", b, zero, targets.back().error);
  if (!floating && operand->isSigned && plan.kind != K::Divide)
    w.line("if ({1} == -1 && {0} == std::numeric_limits<{2}>::min()) {{ pyxc::raiseDivisionOverflow(); goto {3}; }}",
           a, b, cType(operand), targets.back().error);
  if (plan.kind == K::Divide)
    return fmt::format("({} / {})", a, b);
  return fmt::format("pyxc::{}({}, {})", plan.kind == K::Modulo ? "modulo" : "floorDivide", a, b);
}

std::string FunctionEmitter::cCompare(const Compare *c) {
  // is and is not between C values (pointers): identity, == and !=.
  auto cOperator = [](CmpOpKind op) -> std::string_view {
    return op == CmpOpKind::Is ? "==" : op == CmpOpKind::IsNot ? "!=" : symbolOf(op);
  };
  const std::vector<const Type *> *common = m.ir.cComparison(c);
  if (!common) {
    internalError(c, "a C comparison the lowering did not plan");
    return "0";
  }
  std::string result = temp("comparison");
  w.line("int {};", result);
  w.open("do {");
  std::string left = cexpr(c->left);
  for (size_t i = 0; i < c->comparators.size(); ++i) {
    std::string right = cexpr(c->comparators[i]);
    if (i + 1 < c->comparators.size()) {
      std::string kept = temp("operand");
      w.line("auto {} = {};", kept, right);
      right = kept;
    }
    if (const Type *complex = (*common)[i]) // == and != between a complex and a real: both as the complex type
      w.line("{} = {}({}) {} {}({});", result, cType(complex), left, cOperator(c->ops[i]), cType(complex), right);
    else
      w.line("{} = {} {} {};", result, left, cOperator(c->ops[i]), right);
    if (i + 1 < c->comparators.size())
      w.line("if (!{}) break;", result);
    left = right;
  }
  w.close("} while (false);");
  return result;
}

// A C function's exception value as its result's type: `except -1` on a
// complex result is a complex, `except <int *>-1` a pointer.
std::string exceptValueOf(const Type *fn) {
  if (fn->exceptValue == "NULL")
    return "nullptr";
  if (fn->target->kind == TypeKind::Complex)
    return fmt::format("{}({})", cType(fn->target), fn->exceptValue);
  if (fn->target->kind == TypeKind::Pointer)
    return fmt::format("(({})({}))", cType(fn->target), fn->exceptValue);
  return fn->exceptValue;
}

// A number as C spells it (`-1`, `0.5`, `1e300`), not a name.
static bool isNumeral(std::string_view text) {
  return !text.empty() && text.find_first_not_of("+-0123456789.eE") == std::string_view::npos;
}

// Checks a C function's result for the exception it may signal.
void FunctionEmitter::checkCResult(const Type *fn, const std::string &result) {
  // Without the GIL (nogil code) the thread state must be taken to look.
  const char *occurred = nogil ? "pyxc::errorOccurredWithGil()" : "PyErr_Occurred()";
  switch (fn->except) {
  case sema::ExceptStyle::Object: check(result); break;
  case sema::ExceptStyle::Value:
  case sema::ExceptStyle::MaybeValue: {
    // NaN equals nothing: `except nan` is tested with isnan (a header's
    // constant, `except NAN`, may be one too).
    std::string signalled = fn->exceptValue == "Py_NAN" ? fmt::format("std::isnan({})", result)
                            : fn->target->kind == TypeKind::Float && !isNumeral(fn->exceptValue)
                                ? fmt::format("({0} == {1} || (std::isnan({0}) && std::isnan({1})))", result,
                                              fn->exceptValue)
                                : fmt::format("{} == {}", result, exceptValueOf(fn));
    if (fn->except == sema::ExceptStyle::Value)
      w.line("if (PYXC_UNLIKELY({})) goto {};", signalled, targets.back().error);
    else
      w.line("if (PYXC_UNLIKELY({}) && {}) goto {};", signalled, occurred, targets.back().error);
    break;
  }
  case sema::ExceptStyle::Star: w.line("if (PYXC_UNLIKELY({})) goto {};", occurred, targets.back().error); break;
  case sema::ExceptStyle::NoExcept:
  case sema::ExceptStyle::Cpp: break; // (caught around the call: cppResult)
  }
}

// The arguments of a call of a C function as the lowering matched them
// (ir::CCall): the given ones evaluated in source order, then the defaults
// of the parameters none was given for; C values converted to the
// parameters' types, the `...` ones as they are.
std::string FunctionEmitter::cArguments(const Call *c, std::string *receiver) {
  if (!m.ir.cCall(c)) { // a call the lowering did not see: a bug, but never a crash
    internalError(c, "this call of a C function");
    return "";
  }
  const ir::CCall &call = *m.ir.cCall(c);
  const Type *fn = call.signature;
  const sema::CSymbol *called = m.typing.calledFunction(c);
  bool external = called && called->external;
  auto convert = [&](const Expr *e, const Type *pt) {
    if (!pt->isObject())
      return cvalue(e, pt);
    std::string v = expr(e);
    // An object for a parameter of a static type (a cdef class, list, ...)
    // is checked, unless its own static type says it is one.
    bool known = staticallyKnown(typeOf(e), pt);
    if (std::string check = m.staticTypeCheck(pt, v); !check.empty() && !known)
      checkInt(check);
    // The C API takes type objects as PyTypeObject * (Cython casts them too).
    if (pt->name == "type" && external)
      return fmt::format("reinterpret_cast<PyTypeObject *>({})", v);
    // A C library's type is its header's struct there (`PyLongObject *`).
    if (external && pt->extension && !pt->extension->cStruct.empty())
      return fmt::format("reinterpret_cast<{} *>({})", pt->extension->cStruct, v);
    return v;
  };
  std::vector<std::string> byParam(fn->params.size()), varargs;
  for (const ir::CCall::Argument &a : call.given) {
    if (a.param >= 0) {
      byParam[a.param] = convert(a.value, fn->params[a.param].type);
      if (fn->params[a.param].notNone && fn->params[a.param].type->isObject() && !isC(a.value)) {
        w.open(fmt::format("if (PYXC_UNLIKELY({} == Py_None)) {{", byParam[a.param]));
        w.line("PyErr_SetString(PyExc_TypeError, \"cannot pass None into a C function argument that is declared "
               "'not None'\");");
        fail();
        w.close();
      }
    }
    else if (isC(a.value))
      varargs.push_back(cexpr(a.value));
    else if (a.value->kind == Kind::Constant &&
             (as<Constant>(a.value)->ck == ConstKind::Bytes || as<Constant>(a.value)->ck == ConstKind::Str))
      varargs.push_back(m.cString(as<Constant>(a.value)->value));
    else
      varargs.push_back(numericLiteral(a.value)); // the lowering refused other objects
  }
  for (size_t i = 0; i < fn->params.size(); ++i)
    if (call.defaults[i])
      byParam[i] = convert(call.defaults[i], fn->params[i].type);
  if (call.receiver) {
    // A method's receiver: never None (its method table is read).
    if (!knownInstance(call.receiver))
      w.line("if (PYXC_UNLIKELY({} == Py_None)) {{ pyxc::raiseNoneAttribute({}); goto {}; }}", byParam[0],
             m.constants.str(as<Attribute>(c->func)->attr), targets.back().error);
    if (receiver)
      *receiver = byParam[0];
  }
  std::string list;
  for (const std::string &v : byParam)
    if (!v.empty()) // (an extern function's `=*` parameter none was given for: C++'s default)
      list += (list.empty() ? "" : ", ") + v;
  for (const std::string &v : varargs)
    list += (list.empty() ? "" : ", ") + v;
  return list;
}

// A local of a C++ class held in a std::optional (the cpp_locals
// directive): made when first assigned. Parameters are plain values.
bool FunctionEmitter::optionalLocal(std::string_view id) const {
  if (!m.typing.moduleDirectives.cppLocals || isModule || isClass ||
      std::find(scope->params.begin(), scope->params.end(), id) != scope->params.end())
    return false;
  const Type *t = m.typing.localType(scope, id);
  return t && t->kind == TypeKind::CppClass;
}

// A call returning a C++ reference (`Holder& get()`, `v[i]`): the object itself.
bool FunctionEmitter::cppReference(const Expr *e) const {
  const sema::CSymbol *f = e->kind == Kind::Call ? m.typing.calledFunction(as<Call>(e)) : m.typing.cppOperation(e);
  return f && f->type && f->type->kind == TypeKind::Function && f->type->referenceResult;
}

std::string FunctionEmitter::cFunctionName(const sema::CSymbol *f) {
  if (const ir::ImportedFunction *imported = m.ir.importedFunction(f))
    return fmt::format("(*{})", imported->pointer);
  if (f->external)
    return f->cname;
  if (const ir::Function *entry = m.ir.cEntry(f))
    return entry->cName;
  // Another module's cdef method (`Base.f(self)`): its entry in that
  // class's table, imported with the type.
  if (const ir::ExtensionClass *owner = f->owner ? m.ir.extensionClass(f->owner) : nullptr;
      owner && !owner->vtablePointer.empty())
    for (const sema::ExtensionType::Method &method : f->owner->methods)
      if (method.symbol == f)
        if (const ir::ExtensionClass::Method *planned = owner->method(method.name))
          return fmt::format("{}->{}", owner->vtablePointer, planned->slot);
  m.diags.report(DiagId::PrinterInternal, m.file, f->def ? f->def->range.begin : SourceLoc{},
                 "a call of a C function the lowering did not name");
  return "nullptr";
}

std::string FunctionEmitter::calleeOf(const Call *c, const sema::CSymbol *f, const std::string &receiver) {
  if (const ir::CCall *call = m.ir.cCall(c); call && call->receiver)
    return methodCallee(*call, f, receiver);
  // `Base.f(self)` of another module's class: the entry Base's own table
  // holds (Base's override, or what it inherits).
  if (!m.ir.cEntry(f) && c->func->kind == Kind::Attribute && as<Attribute>(c->func)->value->kind == Kind::Name)
    if (const Type *t = m.typing.types.byName(as<Name>(as<Attribute>(c->func)->value)->id); t && t->extension)
      if (const ir::ExtensionClass *cls = m.ir.extensionClass(t->extension); cls && !cls->vtablePointer.empty())
        if (const ir::ExtensionClass::Method *planned = cls->method(as<Attribute>(c->func)->attr))
          return fmt::format("{}->{}", cls->vtablePointer, planned->slot);
  return cFunctionName(f);
}

std::string FunctionEmitter::cCall(const Call *c) {
  if (cythonPath(c->func) == "parallel.threadid" && c->args.empty())
    return m.ir.usesOpenMP ? "pyxc_thread_id()" : "0"; // (the one thread of a serial loop or parallel() block: 0)
  if (std::string path = cythonPath(c->func); path.starts_with("operator."))
    return cythonOperator(c, std::string_view(path).substr(9));
  if (std::string_view fn = cythonAttr(c->func); !fn.empty())
    return cythonCall(c, fn);
  if (const sema::CSymbol *f = m.typing.calledFunction(c);
      f && (f->cpp != sema::CSymbol::Cpp::None || f->type->except == sema::ExceptStyle::Cpp ||
            !f->explicitTemplateArgs.empty() || f->type->referenceResult))
    return cppCall(c, f);
  if (const sema::CSymbol *f = m.typing.calledFunction(c)) {
    if (!f->type->nogil)
      requireGil(c, "Calling gil-requiring function");
    std::string receiver;
    std::string args = cArguments(c, &receiver);
    std::string callee = calleeOf(c, f, receiver);
    const Type *result = f->type->target;
    bool mayRaise = !m.typing.cannotRaise(f);
    if (result->kind == TypeKind::Void) {
      w.line("{}({});", callee, args);
      if (mayRaise)
        checkCResult(f->type, "");
      return "0";
    }
    std::string r = temp("result");
    // pyxc's types drop `const`: a header's `const char *` result is cast.
    if (result->kind == TypeKind::Pointer && f->external)
      w.line("{} = ({})({}({}));", cDeclaration(result, r), cType(result), callee, args);
    else
      w.line("{} = {}({});", cDeclaration(result, r), callee, args);
    if (mayRaise)
      checkCResult(f->type, r);
    return r;
  }
  // A struct literal: Point(1, 2) or Point(x=1, y=2).
  if (const Type *st = typeOf(c); st->kind == TypeKind::Struct && c->func->kind == Kind::Name &&
                                  m.typing.types.byName(as<Name>(c->func)->id) == st) {
    std::vector<std::string> values(st->params.size(), "{}");
    for (size_t i = 0; i < c->args.size() && i < st->params.size(); ++i)
      values[i] = cvalue(c->args[i], st->params[i].type);
    for (const Keyword *k : c->keywords)
      for (size_t i = 0; i < st->params.size(); ++i)
        if (st->params[i].name == k->arg)
          values[i] = cvalue(k->value, st->params[i].type);
    std::string r = temp("literal");
    w.line("{} {{}};", cDeclaration(st, r));
    for (size_t i = 0; i < st->params.size(); ++i)
      if (values[i] != "{}")
        w.line("{}.{} = {};", r, memberName(st, st->params[i].name), values[i]);
    return r;
  }
  // A call through a C function pointer (or a function-typed value).
  if (const Type *ft = typeOf(c->func); (ft->kind == TypeKind::Pointer && ft->target->kind == TypeKind::Function) ||
                                        ft->kind == TypeKind::Function) {
    const Type *fn = ft->kind == TypeKind::Function ? ft : ft->target;
    std::string callee = cexpr(c->func);
    std::string list = cArguments(c);
    if (fn->target->kind == TypeKind::Void) {
      w.line("({})({});", callee, list);
      checkCResult(fn, "");
      return "0";
    }
    std::string r = temp("result");
    w.line("{} = ({})({});", cDeclaration(fn->target, r), callee, list);
    checkCResult(fn, r);
    return r;
  }
  if (c->func->kind == Kind::Attribute && typeOf(as<Attribute>(c->func)->value)->kind == TypeKind::Complex)
    return fmt::format("std::conj({})", cexpr(as<Attribute>(c->func)->value)); // z.conjugate()
  // Builtins the typer gave C results.
  std::string_view fn = c->func->kind == Kind::Name ? as<Name>(c->func)->id : "";
  if (fn == "len") {
    requireGil(c, "Calling gil-requiring function");
    std::string v = expr(c->args[0]);
    std::string r = temp("length");
    w.line("Py_ssize_t {} = PyObject_Length({});", r, v);
    checkInt(r);
    return r;
  }
  if (fn == "abs") {
    std::string v = cexpr(c->args[0]);
    const Type *t = typeOf(c);
    if (typeOf(c->args[0])->kind == TypeKind::Complex)
      return fmt::format("std::abs({})", v); // hypot(re, im), as Python's abs()
    if (t->kind == TypeKind::Float)
      return fmt::format("std::fabs({})", v);
    return fmt::format("(({0}) < 0 ? -({0}) : ({0}))", v);
  }
  internalError(c, "this call as a C value");
  return "0";
}

// `<object>x`, `<list>x`: an object from a C value or another object.
std::string FunctionEmitter::objectCast(const Cast *c) {
  std::string r = temp("cast");
  const Type *from = typeOf(c->operand);
  // A C string converts (to bytes, as Cython's <bytes>s); a void or struct
  // pointer is taken to be the object it points at (the lowering refused
  // other pointers).
  bool cString = from->kind == TypeKind::Pointer && from->target->kind == TypeKind::Int && from->target->rank == 1;
  if (from->kind == TypeKind::Pointer && !cString) {
    w.line("Ref {} = keep(reinterpret_cast<PyObject *>({}));", r, cexpr(c->operand));
    w.line("if (PYXC_UNLIKELY(!{})) {{ PyErr_SetString(PyExc_SystemError, \"NULL pointer cast to object\"); goto {}; }}",
           r, targets.back().error);
    return r;
  }
  const Type *to = m.typing.resolvedType(c->type);
  bool charArray = from->kind == TypeKind::Array && from->target->kind == TypeKind::Int && from->target->rank == 1;
  if ((cString || charArray || cppString(from)) && to->isObject() &&
      (to->name == "bytes" || to->name == "bytearray" || to->name == "str" || to->name == "unicode"))
    return boxString(cexpr(c->operand), from, to->name == "unicode" ? "str" : to->name); // `<bytes>s`: that type
  if (!from->isObject())
    return box(cexpr(c->operand), from, c);
  if (c->checked && to->isObject() && !m.staticTypeObject(to).empty()) {
    // <T?>x: x itself, once it is checked to be a T (or None).
    w.line("Ref {} = keep(pyxc::checkedCast({}, {}, {}));", r, expr(c->operand), m.staticTypeObject(to),
           to->extension ? "false" : "true");
    check(r);
    return r;
  }
  w.line("Ref {} = keep({});", r, expr(c->operand));
  return r;
}

// An object-valued call of a C function (cdef returning object).
std::string FunctionEmitter::cObjectCall(const Call *c, const sema::CSymbol *f) {
  std::string receiver;
  // A C++ method, or a function template given its arguments (`any_cast[str](a)`).
  bool cpp = f->cpp != sema::CSymbol::Cpp::None || !f->explicitTemplateArgs.empty();
  std::string args = cArguments(c, cpp ? nullptr : &receiver);
  std::string r = temp("result");
  std::string callee = cpp ? cppCallee(c, f) : calleeOf(c, f, receiver);
  std::string call = fmt::format("{}({})", callee, args);
  // A C library's function returning one of its types: the header's struct pointer.
  if (const Type *t = f->type->target; f->external && t->extension && !t->extension->cStruct.empty())
    call = fmt::format("reinterpret_cast<PyObject *>({})", call);
  if (f->type->except == sema::ExceptStyle::Cpp) { // `except +`: its C++ exception as Cython maps it
    w.line("Ref {};", r);
    w.open("try {");
    w.line("{} = own({});", r, call);
    w.middle("} catch (...) {");
    cppCatch(f->type);
    fail();
    w.close();
  } else {
    w.line("Ref {} = own({});", r, call);
  }
  check(r);
  return r;
}

// `obj.name` for an extern type's `@property cdef inline` method: a call
// of the module's copy with obj, which may not be None (the method reads
// the instance's struct).
std::string FunctionEmitter::propertyCall(const Attribute *a, const sema::CSymbol *getter) {
  if (!getter->type->nogil)
    requireGil(a, "Calling gil-requiring function");
  std::string self = expr(a->value);
  if (!knownInstance(a->value))
    w.line("if (PYXC_UNLIKELY({} == Py_None)) {{ pyxc::raiseNoneAttribute({}); goto {}; }}", self,
           m.constants.str(a->attr), targets.back().error);
  const Type *result = getter->type->target;
  std::string r = temp(std::string(a->attr.substr(0, 20)));
  std::string call = fmt::format("{}({})", cFunctionName(getter), self);
  if (result->isObject()) {
    w.line("Ref {} = own({});", r, call);
    check(r);
    return r;
  }
  w.line("{} = {};", cDeclaration(result, r), call);
  if (!m.typing.cannotRaise(getter))
    checkCResult(getter->type, r);
  return r;
}

// --- statements ---------------------------------------------------------------------------

// The C type of an assignment target, or null when it stores an object.
const Type *FunctionEmitter::cTargetType(const Expr *target) {
  if (target->kind == Kind::Name)
    return cVariable(as<Name>(target)->id).empty() ? nullptr : typeOf(target);
  if (target->kind == Kind::Attribute) {
    const Type *base = typeOf(as<Attribute>(target)->value);
    if (base->kind == TypeKind::Complex) // z.real = 3
      return typeOf(target)->isObject() ? nullptr : typeOf(target);
    if (base->extension && extensionField(as<Attribute>(target)))
      return typeOf(target)->isObject() ? nullptr : typeOf(target);
    if (base->kind == TypeKind::Pointer)
      base = base->target;
    return base->kind == TypeKind::Struct || base->kind == TypeKind::CppClass ? typeOf(target) : nullptr;
  }
  if (target->kind == Kind::Subscript) {
    const Type *base = typeOf(as<Subscript>(target)->value);
    if (base->kind == TypeKind::CppClass && m.typing.cppOperation(target))
      return typeOf(target); // v[i] = x: the reference operator[] returns
    if ((base->kind == TypeKind::MemoryView || base->buffer) && typeOf(target) == base->target) {
      if (base->readonly)
        internalError(target, "assigning to an element of a read-only memoryview");
      return base->target;
    }
    if ((base->kind == TypeKind::Pointer || base->kind == TypeKind::Array) &&
        as<Subscript>(target)->slice->kind != Kind::Slice)
      return base->target;
    if (base->kind == TypeKind::Pointer || base->kind == TypeKind::Array)
      return typeOf(target); // `arr[a:b] = ...`: the items a to b (sema/typer.cpp)
  }
  return nullptr;
}

std::string FunctionEmitter::cLvalue(const Expr *target) {
  if (target->kind == Kind::Name)
    return cVariable(as<Name>(target)->id);
  if (target->kind == Kind::Attribute)
    return cexpr(target);
  auto *s = as<Subscript>(target);
  if (typeOf(s->value)->kind == TypeKind::MemoryView || typeOf(s->value)->buffer)
    return memviewElement(s);
  if (const sema::CSymbol *op = m.typing.cppOperation(s)) // v[i] = x: the reference operator[] returns
    return fmt::format("{}[{}]", cexpr(s->value), cvalue(s->slice, op->type->params[0].type));
  std::string base = cexpr(s->value);
  std::string index = cvalue(s->slice, m.typing.types.byName("Py_ssize_t"));
  return fmt::format("{}[{}]", base, index);
}

std::string FunctionEmitter::memviewElement(const Subscript *s) {
  const Type *view = typeOf(s->value);
  std::string base = view->buffer ? bufferOf(s->value) : cexpr(s->value);
  std::vector<const Expr *> indices;
  if (s->slice->kind == Kind::Tuple)
    indices.assign(as<Sequence>(s->slice)->elts.begin(), as<Sequence>(s->slice)->elts.end());
  else
    indices.push_back(s->slice);
  const sema::Directives &d = directives();
  const Type *ssize = m.typing.types.byName("Py_ssize_t");
  std::string address = base + ".data";
  for (size_t i = 0; i < indices.size(); ++i) {
    std::string index = temp("index");
    w.line("Py_ssize_t {} = {};", index, cvalue(indices[i], ssize));
    const Type *it = typeOf(indices[i]);
    if (d.wraparound && !(it->kind == TypeKind::Int && !it->isSigned))
      w.line("if ({0} < 0) {0} += {1}.shape[{2}];", index, base, i);
    if (d.boundscheck)
      w.line("if (PYXC_UNLIKELY((size_t){0} >= (size_t){1}.shape[{2}])) {{ pyxc::raiseBufferIndex({2}); goto {3}; }}",
             index, base, i,
             targets.back().error);
    bool unitStride = view->contiguous && i + 1 == indices.size();
    address += unitStride ? fmt::format(" + {} * sizeof({})", index, cType(view->target))
                          : fmt::format(" + {} * {}.strides[{}]", index, base, i);
  }
  return fmt::format("(*reinterpret_cast<{} *>({}))", cType(view->target), address);
}

// The buffer of an object of a buffer type (np.ndarray[double, ndim=2]):
// a local's, acquired whenever it is assigned; else acquired here.
std::string FunctionEmitter::bufferOf(const Expr *e) {
  const Type *t = typeOf(e);
  if (e->kind == Kind::Name)
    if (auto it = bufferShadows.find(var(as<Name>(e)->id)); it != bufferShadows.end())
      return it->second;
  std::string view = temp("buffer");
  w.line("{} {};", fmt::format("pyxc::MemView<{}, {}>", cType(t->target), t->length), view);
  checkInt(fmt::format("{}.acquire({}, {}, true, {})", view, expr(e), m.cString(t->elementName),
                       t->contiguous ? "true" : "false"));
  return view;
}

// After an object is stored in a local of a buffer type: its buffer.
void FunctionEmitter::acquireShadow(std::string_view id) {
  auto it = bufferShadows.find(var(id));
  if (it == bufferShadows.end())
    return;
  const Type *t = m.typing.pyType(scope, id);
  checkInt(fmt::format("{}.acquire({}.get(), {}, true, {})", it->second, var(id), m.cString(t->elementName),
                       t->contiguous ? "true" : "false"));
}

bool FunctionEmitter::assignCValue(const Expr *target, const Expr *value) {
  const Type *t = cTargetType(target);
  if (!t)
    return false;
  if (t->isObject()) { // an object member of a C struct (Py_buffer.obj): it owns a reference
    std::string v = expr(value);
    w.line("Py_XSETREF({}, Py_NewRef({}));", cLvalue(target), v);
    return true;
  }
  std::string v = cvalue(value, t);
  storeC(target, t, v);
  return true;
}

// `i, j = j, i` with C values or targets: each value computed into its
// own temporary (C values stay C), then each target stored, left to right.
bool FunctionEmitter::parallelCAssign(const Assign *a) {
  if (!sema::Typing::parallelAssignment(a))
    return false;
  List<Expr> targets = as<Sequence>(a->targets[0])->elts, values = as<Sequence>(a->value)->elts;
  bool anyC = false;
  for (size_t i = 0; i < targets.size(); ++i) {
    const Type *t = cTargetType(targets[i]);
    if (t && t->kind == TypeKind::Array)
      return false; // arrays: through Python objects, as before
    anyC = anyC || t || isC(values[i]);
  }
  if (!anyC)
    return false;
  std::vector<std::string> held;
  for (size_t i = 0; i < targets.size(); ++i) {
    if (const Type *t = cTargetType(targets[i])) {
      std::string v = cvalue(values[i], t);
      std::string r = temp("item");
      w.line("{} = {};", cDeclaration(t, r), v);
      held.push_back(r);
    } else {
      held.push_back(owned(values[i]));
    }
  }
  for (size_t i = 0; i < targets.size(); ++i) {
    if (const Type *t = cTargetType(targets[i]))
      storeC(targets[i], t, held[i]);
    else
      assignOwned(targets[i], held[i], typeOf(values[i]));
  }
  return true;
}

bool FunctionEmitter::assignCFromObject(const Expr *target, const std::string &object) {
  const Type *t = cTargetType(target);
  if (!t)
    return false;
  std::string v = unbox(object, t, target);
  storeC(target, t, v);
  return true;
}

// `target = value` for a C target; arrays are copied, as C cannot assign them.
void FunctionEmitter::storeC(const Expr *target, const Type *t, const std::string &value) {
  if (target->kind == Kind::Subscript && as<Subscript>(target)->slice->kind == Kind::Slice) {
    storeCSlice(as<Subscript>(target), t, value);
    return;
  }
  std::string lvalue = cLvalue(target);
  if (t->kind == TypeKind::Array)
    w.line("memcpy({}, {}, sizeof({}));", lvalue, value, lvalue);
  else
    w.line("{} = {};", lvalue, value);
}

// `arr[a:b] = value`: the value's items copied over the array's a to b
// (sema typed the target as an array of b - a items, constant bounds).
void FunctionEmitter::storeCSlice(const Subscript *target, const Type *t, const std::string &value) {
  if (t->kind != TypeKind::Array) {
    internalError(target, "assigning to a slice of a C pointer");
    return;
  }
  const Expr *lower = as<Slice>(target->slice)->lower;
  if (lower && lower->kind == Kind::Constant && as<Constant>(lower)->ck == ConstKind::None)
    lower = nullptr;
  std::string start = lower ? cvalue(lower, m.typing.types.byName("Py_ssize_t")) : "0";
  std::string base = cexpr(target->value);
  w.line("memcpy(&{}[{}], {}, {} * sizeof({}[0]));", base, start, value, t->length, base);
}

bool FunctionEmitter::augAssignC(const AugAssign *a) {
  const Type *t = cTargetType(a->target);
  if (!t)
    return false;
  const ir::COperation *plan = m.ir.cOperation(a);
  if (!plan && m.ir.objectOperation(a)) {
    // Updated by an object: computed on objects, converted back (with the
    // conversion's errors: an unsigned char that leaves its range).
    w.open();
    std::string lv = cLvalue(a->target);
    std::string current = box(lv, t, a);
    std::string rhs = expr(a->value);
    std::string result = temp("updated");
    w.line("Ref {} = own({});", result, objectArithmetic(a, current + ".get()", rhs));
    check(result);
    std::string v = unbox(result + ".get()", t, a);
    w.line("{} = {};", lv, v);
    w.close();
    return true;
  }
  if (!plan || (!t->isNumeric() && t->kind != TypeKind::Pointer)) { // (sema refused the others)
    internalError(a, fmt::format("an augmented assignment to a C {}", sema::describe(t)));
    return true;
  }
  w.open();
  std::string lv = cLvalue(a->target);
  // The value as the lowering planned it (an object as the target's type,
  // a pointer's step as Py_ssize_t), else as it is.
  const ir::Conversion *planned = m.ir.conversionOf(a->value);
  std::string v = planned ? cvalue(a->value, planned->to) : cexpr(a->value);
  std::string r = cBinary(*plan, lv, v);
  w.line("{} = ({})({});", lv, cType(t), r);
  w.close();
  return true;
}

void FunctionEmitter::cVarDecl(const CVarDecl *d) {
  for (const CDeclarator *decl : d->declarators) {
    if (!decl->value)
      continue;
    w.open();
    auto *target = m.typing.declaratorTarget(decl);
    if (!assignCValue(target, decl->value))
      assign(target, expr(decl->value), typeOf(decl->value));
    w.close();
  }
}

// `cython.parallel.prange(...)`.
// `for i in range(...)` (or a serial prange) with a C integer i, as the
// lowering planned it (ir::RangeLoop): a C loop with Python's semantics.
// The bounds are evaluated once, i keeps its last value, a zero step
// raises ValueError.
void FunctionEmitter::cRangeLoop(const For *s, const ir::RangeLoop &loop) {
  const Type *t = loop.index;
  std::string brk = label("for_break"), cont = label("for_continue");
  w.open();
  std::string start = "0", step = "1";
  std::string bound = temp("stop");
  if (!loop.start) {
    w.line("{} {} = {};", cType(t), bound, cvalue(loop.stop, t));
  } else {
    start = temp("start");
    w.line("{} {} = {};", cType(t), start, cvalue(loop.start, t));
    w.line("{} {} = {};", cType(t), bound, cvalue(loop.stop, t));
  }
  if (loop.step && loop.stepSign != 0) {
    step = cvalue(loop.step, t);
  } else if (loop.step) {
    step = temp("step");
    w.line("{} {} = {};", cType(t), step, cvalue(loop.step, t));
    w.line("if ({} == 0) {{ pyxc::raiseRangeStepZero(); goto {}; }}", step, targets.back().error);
  }
  if (loop.parallel) {
    parallelLoop(s, loop, start, bound, step);
    return;
  }
  std::string index = temp("index");
  std::string cond = loop.stepSign != 0 ? fmt::format("{} {} {}", index, loop.stepSign > 0 ? "<" : ">", bound)
                                        : fmt::format("({2} > 0 ? {0} < {1} : {0} > {1})", index, bound, step);
  w.open(fmt::format("for ({} {} = {}; {}; {} += {}) {{", cType(t), index, start, cond, index, step));
  w.line("{} = {};", cLvalue(s->target), index);
  loopBody(s->body, s->orelse, brk, cont);
}

// A prange the lowering planned to run in parallel (ir::ParallelLoop): an
// OpenMP loop over the iteration count, with the body's variables
// lastprivate or reductions as Cython makes them. Built without OpenMP,
// the pragma is ignored and the loop runs serially with the same result.
void FunctionEmitter::parallelLoop(const For *s, const ir::RangeLoop &loop, const std::string &start,
                                   const std::string &stop, const std::string &step) {
  const ir::ParallelLoop &plan = *loop.parallel;
  const Type *ssize = m.typing.types.byName("Py_ssize_t");
  std::string clauses;
  if (!plan.schedule.empty()) {
    std::string chunk;
    if (plan.chunksize) {
      chunk = temp("chunksize");
      w.line("Py_ssize_t {} = {};", chunk, cvalue(plan.chunksize, ssize));
    }
    clauses += fmt::format(" schedule({}{})", plan.schedule, chunk.empty() ? "" : ", " + chunk);
  }
  std::string privates;
  for (const std::string &name : plan.lastPrivate)
    privates += (privates.empty() ? "" : ", ") + cVariable(name);
  clauses += fmt::format(" lastprivate({})", privates);
  for (const auto &[name, op] : plan.reductions)
    clauses += fmt::format(" reduction({}:{})", op == BinOpKind::Sub ? "+" : symbolOf(op), cVariable(name));
  // The number of iterations, as range() counts them.
  std::string count = temp("iterations");
  w.line("long long {0} = {3} > 0 ? ({2} > {1} ? ((long long){2} - (long long){1} + {3} - 1) / {3} : 0)", count, start,
         stop, step);
  w.line("    : ({1} > {2} ? ((long long){1} - (long long){2} - {3} - 1) / -(long long){3} : 0);", count, start,
         stop, step);
  w.open(fmt::format("if ({} > 0) {{", count));
  // In a parallel() block, the block's team shares out the iterations and
  // the block keeps the errors; else the loop is a region of its own.
  std::string errors = plan.inBlock ? blockErrors : plan.mayRaise ? temp("parallel_errors") : "";
  if (!plan.inBlock && !errors.empty())
    w.line("pyxc::ParallelErrors {};", errors);
  ParallelRegion region = openParallelRegion(plan.bodyWithGil != nullptr);
  if (!plan.inBlock) {
    w.line("#pragma omp parallel{}", numThreadsClause(plan.numThreads) + " firstprivate(line)");
    w.open();
    if (plan.mayRaise) // (a thread state kept from here keeps its exception for the record)
      w.line("pyxc::ParallelThread python_thread;");
  }
  std::string k = temp("iteration"), cont = label("for_continue");
  w.line("#pragma omp for{}", clauses);
  w.open(fmt::format("for (long long {0} = 0; {0} < {1}; ++{0}) {{", k, count));
  if (!errors.empty())
    w.line("if ({}.stopped()) continue; // another thread failed", errors);
  w.line("{} = ({})({} + {} * {});", cLvalue(s->target), cType(loop.index), start, k, step);
  std::string failed = errors.empty() ? "" : label("parallel_error");
  // (the lowering refused break and return: their labels stay in the loop)
  targets.push_back({failed.empty() ? targets.back().error : failed, cont, cont, cont});
  if (plan.bodyWithGil)
    statement(plan.bodyWithGil);
  else
    statements(s->body);
  targets.pop_back();
  if (!failed.empty()) {
    w.line("goto {};", cont);
    w.label(failed);
    w.label(failed + "_unwind");
    w.line("{}.record(line);", errors);
  }
  w.label(cont);
  w.close();
  if (!plan.inBlock)
    w.close();
  closeParallelRegion(region);
  if (!errors.empty() && plan.inBlock) // every thread leaves the block where one failed
    w.line("if ({}.stopped()) goto {}_unwind;", errors, targets.back().error);
  else if (!errors.empty())
    w.line("if (PYXC_UNLIKELY({0}.stopped())) {{ line = {0}.raiseAgain(); goto {1}; }}", errors, targets.back().error);
  w.close();
  w.close(); // cRangeLoop's block
}

// ` num_threads(N)` for a parallel region, or empty.
std::string FunctionEmitter::numThreadsClause(const Expr *numThreads) {
  if (!numThreads)
    return "";
  std::string threads = temp("threads");
  w.line("int {} = {};", threads, cvalue(numThreads, m.typing.types.byName("int")));
  return fmt::format(" num_threads({})", threads);
}

// Where the GIL is held, a parallel region releases it (its threads take it
// for their bodies, in `with gil:` blocks the lowering made); the region's
// code runs as nogil code.
FunctionEmitter::ParallelRegion FunctionEmitter::openParallelRegion(bool releasesGil) {
  ParallelRegion region{nogil, ""};
  if (releasesGil) {
    region.released = temp("released");
    w.line("PyThreadState *{} = PyEval_SaveThread();", region.released);
  }
  nogil = true;
  return region;
}

void FunctionEmitter::closeParallelRegion(const ParallelRegion &region) {
  nogil = region.outerNogil;
  if (!region.released.empty())
    w.line("PyEval_RestoreThread({});", region.released);
}

// `with parallel():` run by a team of threads: each runs the body, its
// prange loops sharing out their iterations (ir::ParallelBlock).
void FunctionEmitter::parallelBlock(const With *s, const ir::ParallelBlock &plan) {
  w.open();
  std::string errors = plan.mayRaise ? temp("parallel_errors") : "";
  if (!errors.empty())
    w.line("pyxc::ParallelErrors {};", errors);
  std::string clauses = numThreadsClause(plan.numThreads);
  if (!plan.privates.empty()) {
    std::string names;
    for (const std::string &name : plan.privates)
      names += (names.empty() ? "" : ", ") + cVariable(name);
    clauses += fmt::format(" private({})", names);
  }
  ParallelRegion region = openParallelRegion(plan.bodyWithGil != nullptr);
  w.line("#pragma omp parallel{} firstprivate(line)", clauses);
  w.open();
  if (plan.mayRaise)
    w.line("pyxc::ParallelThread python_thread;");
  std::string done = label("parallel_done");
  std::string failed = errors.empty() ? "" : label("parallel_error");
  // (the lowering refused break, continue and return: their labels stay in the region)
  targets.push_back({failed.empty() ? targets.back().error : failed, done, done, done});
  std::string outerErrors = std::exchange(blockErrors, errors);
  w.open();
  if (plan.bodyWithGil)
    statement(plan.bodyWithGil);
  else
    statements(s->body);
  w.close();
  blockErrors = outerErrors;
  targets.pop_back();
  if (!failed.empty()) {
    w.line("goto {};", done);
    w.label(failed);
    w.label(failed + "_unwind");
    w.line("{}.record(line);", errors);
  }
  w.label(done);
  w.close();
  closeParallelRegion(region);
  if (!errors.empty())
    w.line("if (PYXC_UNLIKELY({0}.stopped())) {{ line = {0}.raiseAgain(); goto {1}; }}", errors, targets.back().error);
  w.close();
}

// `for i from a <= i < b [by s]`: Cython's older C loop.
void FunctionEmitter::forFromLoop(const ForFrom *s) {
  const ir::ForFromLoop &loop = *m.ir.forFromLoop(s); // the lowering refused the others
  const Type *t = loop.counter;
  std::string brk = label("for_break"), cont = label("for_continue");
  w.open();
  bool up = s->op1 == ForFromOp::Lt || s->op1 == ForFromOp::LtE;
  std::string lower = temp("from"), upper = temp("to"), step = temp("by");
  w.line("{} {} = {};", cType(t), lower, cvalue(s->lower, t));
  w.line("{} {} = {};", cType(t), upper, cvalue(s->upper, t));
  w.line("{} {} = {};", cType(t), step, s->step ? cvalue(s->step, t) : "1");
  // A C target is the counter; an object target follows a C temporary.
  std::string counter = loop.objectTarget ? temp("counter") : cLvalue(s->target);
  if (loop.objectTarget)
    w.line("{};", cDeclaration(t, counter));
  // a <= i < b starts at a (a < i: at a + 1, whatever the step, as
  // Cython counts) and runs while i < b.
  std::string first = (s->op1 == ForFromOp::Lt || s->op1 == ForFromOp::Gt)
                          ? fmt::format("{} {} 1", lower, up ? "+" : "-")
                          : lower;
  static const CmpOpKind cmp[] = {CmpOpKind::Lt, CmpOpKind::LtE, CmpOpKind::Gt, CmpOpKind::GtE}; // ForFromOp's order
  std::string test = fmt::format("{} {} {}", counter, symbolOf(cmp[int(s->op2)]), upper);
  w.open(fmt::format("for ({} = {}; {}; {} {}= {}) {{", counter, first, test, counter, up ? "+" : "-", step));
  auto storeTarget = [&] { // in a block of its own: `goto` may pass it
    w.open();
    assign(s->target, box(counter, t, s) + ".get()");
    w.close();
  };
  if (loop.objectTarget)
    storeTarget();
  Targets inner = targets.back();
  inner.breakTo = brk;
  inner.continueTo = cont;
  targets.push_back(inner);
  statements(s->body);
  targets.pop_back();
  w.label(cont);
  if (loop.objectTarget) { // the body may have rebound the target: the loop goes on from its value
    w.open();
    w.line("{} = {};", counter, unbox(expr(s->target), t, s));
    w.close();
  }
  w.close();
  if (loop.objectTarget) // ended by its test: the target holds the value that failed it (C's semantics)
    storeTarget();
  statements(s->orelse);
  w.label(brk);
  w.close();
}

void FunctionEmitter::returnC(const std::string &value) {
  if (targets.back().returnTo.empty()) {
    w.line("return {};", value);
  } else {
    w.line("cretval = {};", value);
    w.line("goto {};", targets.back().returnTo);
  }
}

} // namespace pyxc::codegen
