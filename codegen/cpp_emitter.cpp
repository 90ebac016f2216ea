// C++ classes in generated code: their types as C++ spells them, calls of
// their constructors and methods, their operators and `new`; a call whose
// declaration says `except +` runs in a try block whose handler sets the
// Python exception (Cython's mapping, a given type, or a handler function).
#include "codegen/emitter_impl.h"

#include "sema/cpp_types.h"

#include <fmt/format.h>

namespace pyxc::codegen {

using namespace ast;
using sema::Type;
using sema::TypeKind;

namespace {

// The class (and its outer classes) with the template arguments it is
// given: the outer class's arguments come first in `args`.
std::string spell(const sema::CppClass *c, std::span<const Type *const> args) {
  size_t outer = c->params.size() - c->ownParams;
  std::string s;
  if (c->outer)
    s = spell(c->outer->cpp, args.subspan(0, std::min(outer, args.size()))) + "::" + c->cname;
  else
    s = c->cname;
  if (c->ownParams && args.size() > outer) {
    std::string list;
    for (size_t i = outer; i < args.size(); ++i) {
      // A defaulted parameter not given stays the parameter: C++'s default.
      bool defaulted = i >= c->params.size() - c->optionalParams && args[i]->kind == TypeKind::TemplateParam &&
                       args[i]->name == c->params[i];
      if (!defaulted)
        list += (list.empty() ? "" : ", ") + cType(args[i]);
    }
    s += "<" + list + (!list.empty() && list.back() == '>' ? " >" : ">");
  }
  return s;
}

} // namespace

std::string cppClassType(const Type *t) { return spell(t->cpp, t->templateArgs); }

// Sets the Python exception for the C++ one being handled, as the
// function's `except +` says.
void FunctionEmitter::cppCatch(const Type *fn) {
  const std::string &handler = fn->exceptValue;
  if (handler.empty() || handler == "*") {
    w.line("pyxc::cpp::raiseCurrentException();");
  } else if (fn->cppHandlerFunction) {
    // A cdef function of the module (or a header's) that raises the Python exception.
    const sema::CSymbol *f = m.typing.symbol(handler);
    std::string callee = f ? cFunctionName(f) : handler;
    if (nogil)
      w.line("{{ PyGILState_STATE gil = PyGILState_Ensure(); {}(); PyGILState_Release(gil); }}", callee);
    else
      w.line("{}();", callee);
    w.line("pyxc::cpp::requireHandledException();");
  } else {
    w.line("pyxc::cpp::raiseCurrentExceptionAs(PyExc_{});", handler);
  }
}

// The value of `call` (a C++ expression calling a function of type `fn`)
// in a temporary named after `name`; "0" for a void one.
std::string FunctionEmitter::cppResult(const Type *fn, const std::string &text, std::string_view name) {
  const Type *result = fn->target;
  // pyxc's types drop `const`: a `const char *` result is cast.
  std::string call = result->kind == TypeKind::Pointer ? fmt::format("({})({})", cType(result), text) : text;
  bool isVoid = result->kind == TypeKind::Void;
  std::string r = isVoid ? "0" : temp(name);
  // A reference result (`T& operator[]`, `T& front()`) is the element
  // itself: its address, and a method called on it, reach the original.
  bool reference = fn->referenceResult && !isVoid && result->kind != TypeKind::Array && result->kind != TypeKind::Pointer;
  // An rvalue reference (`T&& move(T&)`): the call itself, where it is used
  // (a temporary would make it an lvalue again); evaluated there once.
  if (fn->rvalueResult && fn->except != sema::ExceptStyle::Cpp && !isVoid)
    return "(" + call + ")";
  if (fn->except != sema::ExceptStyle::Cpp) {
    if (isVoid)
      w.line("{};", call);
    else if (reference)
      w.line("auto &{} = {};", r, call);
    else
      w.line("{} = {};", cDeclaration(result, r), call);
    checkCResult(fn, r);
    return r;
  }
  if (reference) {
    w.line("std::remove_reference_t<decltype({})> *{} = nullptr;", call, r);
    w.open("try {");
    w.line("{} = &({});", r, call);
    w.middle("} catch (...) {");
    cppCatch(fn);
    fail();
    w.close();
    return "(*" + r + ")";
  }
  // A class result lives in a std::optional until the call returns it: C++
  // classes need not be default-constructible (back_insert_iterator).
  bool cls = result->kind == TypeKind::CppClass;
  if (cls)
    w.line("std::optional<{}> {};", cType(result), r);
  else if (!isVoid)
    w.line("{}{{}};", cDeclaration(result, r));
  w.open("try {");
  if (isVoid)
    w.line("{};", call);
  else if (cls)
    w.line("{}.emplace({});", r, call);
  else
    w.line("{} = {};", r, call);
  if (fn->exceptValue == "*") // `except +*`: a Python exception the function set
    w.line("if (PYXC_UNLIKELY({})) goto {};", nogil ? "pyxc::errorOccurredWithGil()" : "PyErr_Occurred()",
           targets.back().error);
  w.middle("} catch (...) {");
  cppCatch(fn);
  fail();
  w.close();
  return cls ? "(*" + r + ")" : r;
}

// `<int, double>`: the template arguments a call gives explicitly (`f[int](...)`), or nothing.
static std::string templateArguments(const sema::CSymbol *f) {
  if (f->explicitTemplateArgs.empty())
    return "";
  std::string list;
  for (const Type *t : f->explicitTemplateArgs)
    list += (list.empty() ? "" : ", ") + cType(t);
  return "<" + list + (list.back() == '>' ? " >" : ">");
}

std::string FunctionEmitter::cppCall(const Call *c, const sema::CSymbol *f) {
  if (!f->type->nogil)
    requireGil(c, "Calling gil-requiring function");
  std::string args = cArguments(c);
  std::string callee = cppCallee(c, f);
  return cppResult(f->type, fmt::format("{}({})", callee, args), f->cpp == sema::CSymbol::Cpp::Constructor ? "instance" : "result");
}

// What a call of a C++ member (or function template, or `except +`
// function) calls: `Class`, `Class::f`, `obj.f`, `ptr->f`, `this->f`, with
// the template arguments it gives.
std::string FunctionEmitter::cppCallee(const Call *c, const sema::CSymbol *f) {
  switch (f->cpp) {
  case sema::CSymbol::Cpp::Constructor: return cType(f->cppClass);
  case sema::CSymbol::Cpp::StaticMethod: return cType(f->cppClass) + "::" + f->cname;
  case sema::CSymbol::Cpp::Method: {
    if (c->func->kind == Kind::Name) // in a member function: a method of its class
      return "this->" + f->cname;
    const Expr *method = c->func->kind == Kind::Subscript ? as<Subscript>(c->func)->value : c->func; // (`a.f[T](...)`)
    const Expr *receiver = as<Attribute>(method)->value;
    bool pointer = typeOf(receiver)->kind == TypeKind::Pointer;
    return fmt::format("{}{}{}{}", cppReceiver(receiver), pointer ? "->" : ".", f->cname, templateArguments(f));
  }
  default: // a function declared `except +`, a function template given its arguments
    return cFunctionName(f) + templateArguments(f);
  }
}

// The object a method is called on: the element itself where the
// receiver is `v[i]` or `deref(it)` (the reference the operator returns,
// not a copy of it), else the value.
std::string FunctionEmitter::cppReceiver(const Expr *receiver) {
  const sema::CSymbol *op = m.typing.cppOperation(receiver);
  if (op && op->type->except != sema::ExceptStyle::Cpp) {
    if (receiver->kind == Kind::Subscript)
      return fmt::format("{}[{}]", cppReceiver(as<Subscript>(receiver)->value),
                         cvalue(as<Subscript>(receiver)->slice, op->type->params[0].type));
    if (receiver->kind == Kind::Call && cythonPath(as<Call>(receiver)->func).ends_with("dereference"))
      return fmt::format("(*{})", cexpr(as<Call>(receiver)->args[0]));
  }
  if (receiver->kind == Kind::Call && !op && cythonPath(as<Call>(receiver)->func).ends_with("dereference"))
    return fmt::format("(*{})", cexpr(as<Call>(receiver)->args[0])); // deref(p) of a pointer
  return cexpr(receiver);
}

std::string FunctionEmitter::cppNew(const New *n, const sema::CSymbol *ctor) {
  const Type *fn = ctor->type;
  std::string args;
  for (size_t i = 0; i < n->args.size() && i < fn->params.size(); ++i)
    args += (i ? ", " : "") + cvalue(n->args[i], fn->params[i].type);
  // `new` returns the pointer: the constructor's exceptions are its.
  Type allocation = *fn;
  allocation.target = typeOf(n);
  return cppResult(&allocation, fmt::format("new {}({})", cType(ctor->cppClass), args), "allocated");
}

std::string FunctionEmitter::cppOperation(const Expr *e, const sema::CSymbol *op) {
  const Type *fn = op->type;
  auto operand = [&](const Expr *x) { return cvalue(x, fn->params[0].type); };
  std::string text;
  switch (e->kind) {
  case Kind::Subscript: {
    auto *s = as<Subscript>(e);
    std::string base = cexpr(s->value);
    text = fmt::format("{}[{}]", base, operand(s->slice));
    break;
  }
  case Kind::BinOp: {
    auto *b = as<BinOp>(e);
    if (typeOf(b->left)->kind != TypeKind::CppClass) { // `2.0 * z`: the class on the right
      std::string left = operand(b->left);
      text = fmt::format("({} {} {})", left, symbolOf(b->op), cexpr(b->right));
      break;
    }
    std::string left = cexpr(b->left);
    text = fmt::format("({} {} {})", left, symbolOf(b->op), operand(b->right));
    break;
  }
  case Kind::Compare: {
    auto *c = as<Compare>(e);
    std::string left = cexpr(c->left);
    text = fmt::format("({} {} {})", left, symbolOf(c->ops[0]), operand(c->comparators[0]));
    break;
  }
  case Kind::UnaryOp: {
    auto *u = as<UnaryOp>(e);
    const char *sign = u->op == UnaryOpKind::USub ? "-" : u->op == UnaryOpKind::UAdd ? "+" : "~";
    text = fmt::format("({}{})", sign, cexpr(u->operand));
    break;
  }
  case Kind::Call: { // cython.operator's dereference, preincrement, ...
    auto *c = as<Call>(e);
    if (op->cname == "operator()") { // `gen()`, `dist(gen)`: the object called
      std::string args;
      for (size_t i = 0; i < c->args.size() && i < fn->params.size(); ++i)
        args += (i ? ", " : "") + cvalue(c->args[i], fn->params[i].type);
      text = fmt::format("{}({})", cppReceiver(c->func), args);
      break;
    }
    std::string path = cythonPath(c->func);
    std::string_view name = std::string_view(path).substr(path.rfind('.') + 1);
    std::string target = cppReceiver(c->args[0]); // (the object itself: `++it` moves it)
    text = name == "dereference"     ? fmt::format("(*{})", target)
           : name == "preincrement"  ? fmt::format("(++{})", target)
           : name == "predecrement"  ? fmt::format("(--{})", target)
           : name == "postincrement" ? fmt::format("({}++)", target)
                                     : fmt::format("({}--)", target);
    break;
  }
  default: internalError(e, "this C++ operator"); return "0";
  }
  return cppResult(fn, text, "value");
}

// Opens `for (...; it != c.end(); ++it) {` over a C++ container (or a
// pointer to one); the iterator's name. A container that is a variable is
// looped over in place, another value is copied first.
std::string FunctionEmitter::openCppLoop(const Expr *iter) {
  const Type *container = typeOf(iter);
  bool pointer = container->kind == TypeKind::Pointer;
  bool variable = iter->kind == Kind::Name || iter->kind == Kind::Attribute;
  std::string c = temp("container");
  if (pointer)
    w.line("auto *{} = {};", c, cexpr(iter));
  else if (variable)
    w.line("auto &{} = {};", c, cppReceiver(iter));
  else
    w.line("auto {} = {};", c, cexpr(iter));
  return openCppLoopOver(c, pointer);
}

// The loop over the container `c` (a pointer to one: `pointer`) names.
std::string FunctionEmitter::openCppLoopOver(const std::string &c, bool pointer) {
  std::string it = temp("iterator");
  std::string_view access = pointer ? "->" : ".";
  w.line("auto {} = {}{}begin();", it, c, access);
  w.open(fmt::format("for (; {0} != {1}{2}end(); ++{0}) {{", it, c, access));
  return it;
}

// `for x in c` over a C++ container (or a pointer to one), as Cython
// loops: its begin() iterator, dereferenced and incremented until end().
void FunctionEmitter::cppForLoop(const For *s, const Type *item) {
  std::string brk = label("for_break"), cont = label("for_continue");
  w.open();
  std::string it = openCppLoop(s->iter), value = temp("item");
  w.line("{} = *{};", cDeclaration(item, value), it);
  if (const Type *t = cTargetType(s->target); t && !t->isObject())
    storeC(s->target, t, t == item || !t->isNumeric() ? value : fmt::format("({})({})", cType(t), value));
  else
    assignOwned(s->target, box(value, item, s));
  loopBody(s->body, s->orelse, brk, cont);
}

std::string FunctionEmitter::cppField(const Attribute *a) {
  const Type *base = typeOf(a->value);
  const Type *cls = base->kind == TypeKind::Pointer ? base->target : base;
  const sema::CppClass::Member *field = sema::cppMember(cls, a->attr);
  return fmt::format("{}{}{}", cppReceiver(a->value), base->kind == TypeKind::Pointer ? "->" : ".",
                     field ? field->cname : std::string(a->attr));
}

// The C++ classes the module defines (`cdef cppclass Ints(MyList[int])`):
// a struct (a template for one with parameters) with its bases, whose
// constructors it inherits, and its fields. (Methods with bodies: the
// lowering refuses them for now.)
void ModuleEmitter::emitCppClasses(CppWriter &w) const {
  for (const Type *generic : typing.cppClassesDefined) {
    const sema::CppClass *c = generic->cpp;
    if (c->ownParams) {
      std::string params;
      for (const std::string &p : c->params)
        params += (params.empty() ? "class " : ", class ") + p;
      w.line("template <{}>", params);
    }
    std::string bases;
    for (const Type *b : c->bases)
      bases += (bases.empty() ? " : public " : ", public ") + cType(b);
    w.open(fmt::format("struct {}{} {{", c->cname, bases));
    for (const Type *b : c->bases) { // its bases' constructors (`using std::list<T>::list;`)
      std::string base = cType(b);
      std::string_view plain = std::string_view(base).substr(0, base.find('<'));
      size_t colon = plain.rfind(':');
      w.line("using {}::{};", base, plain.substr(colon == std::string_view::npos ? 0 : colon + 1));
    }
    bool virtualMethods = false, dealloc = false;
    for (const sema::CppClass::Member &m : c->members) {
      if (!m.method) {
        if (m.type->isObject()) // None until assigned, counted (pyxc/cpp.h)
          w.line("pyxc::cpp::ObjectField {};", m.cname);
        else
          w.line("{};", cDeclaration(m.type, m.cname));
        continue;
      }
      if (!m.templateParams.empty())
        continue; // (a member template: the module cannot define one)
      std::string params, args;
      for (size_t i = 0; i < m.type->params.size(); ++i) {
        params += fmt::format("{}{}", i ? ", " : "", cDeclaration(m.type->params[i].type, fmt::format("a{}", i)));
        args += fmt::format("{}a{}", i ? ", " : "", i);
      }
      if (m.name == "__init__") { // Cython's constructor: runs the method
        w.line("{}({}) {{ __init__({}); }}", c->cname, params, args);
        w.line("void __init__({});", params);
        continue;
      }
      if (m.name == "__dealloc__") {
        w.line("void __dealloc__();");
        dealloc = true;
        continue;
      }
      // Methods are virtual, as Cython makes them: a subclass defined in
      // Cython overrides them.
      w.line("{}{};", m.isStatic ? "static " : "virtual ", cDeclaration(m.type->target, m.cname + "(" + params + ")"));
      virtualMethods = virtualMethods || !m.isStatic;
    }
    if (virtualMethods || dealloc)
      w.line("{}~{}() {{{}}}", virtualMethods ? "virtual " : "", c->cname, dealloc ? " __dealloc__(); " : "");
    w.close("};");
  }
}

// `x = v` through the class's templated operator= (std::any's): v as it
// is, an object as its PyObject *, an int literal without a suffix so that
// C++ deduces int for it (a negative one long), as from Cython's C.
void FunctionEmitter::templatedAssignment(const Assign *a) {
  std::string target = cLvalue(a->targets[0]);
  const Expr *v = a->value;
  const Expr *literal = v->kind == Kind::UnaryOp && as<UnaryOp>(v)->op == UnaryOpKind::USub ? as<UnaryOp>(v)->operand : v;
  std::string value;
  if (literal->kind == Kind::Constant && as<Constant>(literal)->ck == ConstKind::Int && as<Constant>(literal)->value.size() <= 9)
    value = literal == v ? std::string(as<Constant>(literal)->value) // `-3` is a folded constant: Cython's `-3L`
                         : "-" + std::string(as<Constant>(literal)->value) + "L";
  else if (literal->kind == Kind::Constant && as<Constant>(literal)->ck == ConstKind::Float && !numericLiteral(v).empty())
    value = numericLiteral(v); // a double
  else
    value = isC(v) ? cexpr(v) : expr(v);
  w.line("{} = {};", target, value);
}

} // namespace pyxc::codegen
