// Conversions between C values and Python objects, as Cython converts them:
// numbers, characters, C strings, structs (dicts), unions, arrays (lists),
// memoryviews, complex numbers, cpdef enum members and C functions (their
// Python wrappers, made by the lowering).
#include "codegen/emitter_impl.h"

#include "sema/cpp_types.h"

#include "frontend/ast_fields.h"
#include "frontend/unicode.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace pyxc::codegen {

using namespace ast;
using sema::Type;
using sema::TypeKind;

// --- conversions ---------------------------------------------------------------------------

std::string FunctionEmitter::box(const std::string &c, const Type *t, const Node *at) {
  requireGil(at, "Converting to Python object");
  std::string r = temp("boxed");
  switch (t->kind) {
  case TypeKind::Bint: w.line("Ref {} = keep(({}) ? Py_True : Py_False);", r, c); return r;
  case TypeKind::MemoryView: w.line("Ref {} = keep({}.object());", r, c); return r;
  case TypeKind::CppClass:
    if (cppString(t) && m.typing.moduleDirectives.cStringType != "bytes")
      return boxString(c, t, m.typing.moduleDirectives.cStringType);
    w.line("Ref {} = own(pyxc::cpp::toPython({}));", r, c); // pyxc/cpp.h
    break;
  case TypeKind::Float: w.line("Ref {} = own(PyFloat_FromDouble({}));", r, c); break;
  case TypeKind::Complex: w.line("Ref {} = own(pyxc::complexToPython({}));", r, c); break;
  case TypeKind::Int: {
    if (t->name == "Py_UCS4" || t->name == "Py_UNICODE") { // a character: a str of one
      w.line("Ref {} = own(PyUnicode_FromOrdinal((int)({})));", r, c);
      break;
    }
    if (!t->pythonEnum.empty()) { // a cpdef enum's value: its class's member
      w.line("Ref {} = own(pyxc::enumMember({}, (long long)({})));", r, m.enumClass(t->pythonEnum), c);
      break;
    }
    const char *fn = t->isSigned ? (t->rank <= 4 ? "PyLong_FromLong" : t->rank == 5 ? "PyLong_FromSsize_t"
                                                                                    : "PyLong_FromLongLong")
                                 : (t->rank <= 4 ? "PyLong_FromUnsignedLong" : t->rank == 5 ? "PyLong_FromSize_t"
                                                                                           : "PyLong_FromUnsignedLongLong");
    if (t->isEnum) // a header's enum (an `enum class` converts only by a cast)
      w.line("Ref {} = own({}(({})({})));", r, fn, t->isSigned ? "long long" : "unsigned long long", c);
    else if (t->headerInt) // by its real size and signedness, which the header decides
      w.line("Ref {} = own(pyxc::integerToPython<{}>({}));", r, cType(t), c);
    else
      w.line("Ref {} = own({}({}));", r, fn, c);
    break;
  }
  case TypeKind::Struct: {
    if (t->isUnion && !sema::unionConvertsToPython(t)) {
      internalError(at, fmt::format("a conversion of '{}' to a Python object", sema::describe(t)));
      w.line("Ref {};", r);
      return r;
    }
    // A struct becomes a dict of its fields, as Cython converts it.
    w.line("Ref {} = own(PyDict_New());", r);
    check(r);
    for (const sema::Param &field : t->params) {
      std::string v = box(fmt::format("({}).{}", c, memberName(t, field.name)), field.type, at);
      checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {}.get())", r, m.constants.str(field.name), v));
    }
    return r;
  }
  case TypeKind::Array:
    if (t->target->kind == TypeKind::Int && t->target->rank == 1) { // char[N] holds a C string
      if (m.typing.moduleDirectives.cStringType != "bytes")
        return boxString(c, t, m.typing.moduleDirectives.cStringType);
      w.line("Ref {} = own(pyxc::bytesFromCString((const char *)({})));", r, c);
      break;
    }
    if (t->target->coercesToObject() || t->target->kind == TypeKind::Struct || t->target->kind == TypeKind::Array) {
      // A C array becomes a list of its elements (lists of lists for
      // arrays of arrays), as Cython converts it.
      w.line("Ref {} = own(PyList_New({}));", r, t->length);
      check(r);
      std::string index = temp("index");
      w.open(fmt::format("for (Py_ssize_t {0} = 0; {0} < {1}; ++{0}) {{", index, t->length));
      std::string item = box(fmt::format("({})[{}]", c, index), t->target, at);
      w.line("PyList_SET_ITEM({}.get(), {}, {}.release());", r, index, item);
      w.close();
      return r;
    }
    [[fallthrough]];
  case TypeKind::Pointer:
    if (t->isCharPointer()) {
      // char * to bytes (up to the NUL), as Cython converts it.
      if (m.typing.moduleDirectives.cStringType != "bytes")
        return boxString(c, t, m.typing.moduleDirectives.cStringType);
      w.line("Ref {} = own(pyxc::bytesFromCString((const char *)({})));", r, c);
      break;
    }
    [[fallthrough]];
  case TypeKind::Function:
    if (t->kind == TypeKind::Function)
      return functionObject(c, t, r);
    [[fallthrough]];
  default:
    internalError(at, fmt::format("a conversion of '{}' to a Python object", sema::describe(t)));
    w.line("Ref {};", r);
    return r;
  }
  check(r);
  return r;
}

// A C function as a Python function: the lowering's wrapper for its
// signature, holding its address (Cython's cfunc.to_py).
std::string FunctionEmitter::functionObject(const std::string &c, const Type *fn, const std::string &r) {
  const ir::Function *wrapper = m.ir.functionObject(fn);
  // (The cast to the function's pointer type picks a C++ overload: <cmath>'s sqrt.)
  w.line("Ref {} = own(pyxc::newCFunctionObject(&spec_{}, globals, (void *)({} *)({})));", r,
         wrapper ? wrapper->cName : "missing_function_object", cType(fn), c); // (missing: a lowering bug, which g++ reports)
  check(r);
  return r;
}

// A C string as a Python object of type `kind` ("bytes", "bytearray" or
// "str", decoded with the module's c_string_encoding): c_string_type, or
// a cast (`<bytes>s`) that names the type.
std::string FunctionEmitter::boxString(const std::string &c, const Type *t, std::string_view kind) {
  std::string r = temp("string");
  std::string data = cppString(t) ? fmt::format("({}).data()", c) : fmt::format("(const char *)({})", c);
  std::string size = cppString(t) ? fmt::format("(Py_ssize_t)({}).size()", c) : "-1";
  const std::string &encoding = m.typing.moduleDirectives.cStringEncoding;
  w.line("Ref {} = own(pyxc::cStringToPython({}, {}, pyxc::CStringType::{}, {}));", r, data, size,
         kind == "str" ? "Str" : kind == "bytearray" ? "ByteArray" : "Bytes",
         encoding.empty() ? "nullptr" : m.cString(encoding));
  check(r);
  return r;
}

// The chars of an object for a char *: a bytes or bytearray's buffer, or
// with c_string_encoding a str's encoded chars.
std::string FunctionEmitter::charBufferOf(const std::string &obj) {
  const std::string &encoding = m.typing.moduleDirectives.cStringEncoding;
  if (encoding.empty())
    return fmt::format("pyxc::charBuffer({})", obj);
  return fmt::format("pyxc::cStringOf({}, {})", obj, m.cString(encoding));
}

bool FunctionEmitter::cppString(const Type *t) {
  std::string_view k = sema::cppStandardClass(t);
  return k == "std::string" || k == "std::string_view";
}

std::string FunctionEmitter::unbox(const std::string &obj, const Type *t, const Node *at) {
  requireGil(at, nullptr);
  std::string r = temp("value");
  switch (t->kind) {
  case TypeKind::Bint:
    w.line("int {} = pyxc::isTrue({});", r, obj);
    checkInt(r);
    return r;
  case TypeKind::Float:
    w.line("{} {} = pyxc::asDouble({});", cType(t), r, obj);
    w.line("if (PYXC_UNLIKELY({} == -1.0) && PyErr_Occurred()) goto {};", r, targets.back().error);
    return r;
  case TypeKind::Array: return unboxArray(obj, t, at, r);
  case TypeKind::Struct: {
    if (t->isUnion)
      return unboxUnion(obj, t, at, r);
    // A mapping with a value for every field, as Cython converts it.
    w.line("{} {{}};", cDeclaration(t, r));
    w.open(fmt::format("if (!PyMapping_Check({})) {{", obj));
    w.line("PyErr_Format(PyExc_TypeError, \"Expected a mapping, got %s\", Py_TYPE({})->tp_name);", obj);
    fail();
    w.close();
    for (const sema::Param &field : t->params) {
      w.open();
      std::string item = temp("field");
      w.line("Ref {} = own(PyObject_GetItem({}, {}));", item, obj, m.constants.str(field.name));
      w.open(fmt::format("if (!{}) {{", item));
      w.line("if (PyErr_ExceptionMatches(PyExc_KeyError))");
      w.line("  PyErr_Format(PyExc_ValueError, \"No value specified for struct attribute '%s'\", {});",
             m.cString(field.name));
      fail();
      w.close();
      std::string v = field.type->isObject() ? "" : unbox(item + ".get()", field.type, at);
      if (!v.empty())
        w.line("{}.{} = {};", r, memberName(t, field.name), v);
      w.close();
    }
    return r;
  }
  case TypeKind::CppClass: // a standard container or string (pyxc/cpp.h)
    if (cppString(t) && !m.typing.moduleDirectives.cStringEncoding.empty()) {
      // c_string_encoding: a str converts too, encoded.
      std::string chars = temp("chars"), size = temp("size");
      w.line("Py_ssize_t {} = 0;", size);
      w.line("const char *{} = pyxc::cStringOf({}, {}, &{});", chars, obj,
             m.cString(m.typing.moduleDirectives.cStringEncoding), size);
      check(chars);
      w.line("{}({}, (size_t){});", cDeclaration(t, r), chars, size);
      return r;
    }
    w.line("{} {{}};", cDeclaration(t, r));
    w.line("if (PYXC_UNLIKELY(!pyxc::cpp::fromPython({}, {}))) goto {};", obj, r, targets.back().error);
    return r;
  case TypeKind::MemoryView:
    w.line("{} {};", cType(t), r);
    checkInt(fmt::format("{}.acquire({}, {}, {}, {})", r, obj,
                         m.cString((t->readonly ? "const " : "") + sema::describe(t->target)),
                         t->readonly ? "false" : "true", t->contiguous ? "true" : "false"));
    return r;
  case TypeKind::Complex:
    w.line("{} {};", cType(t), r);
    w.line("if (PYXC_UNLIKELY(!pyxc::complexFromPython({}, {}))) goto {};", obj, r, targets.back().error);
    return r;
  case TypeKind::Pointer:
    if (!t->isCharPointer())
      break;
    // bytes or bytearray lend their buffer for as long as the object lives
    // (a def function's argument: the call's), as Cython converts them.
    w.line("{} = ({}){};", cDeclaration(t, r), cType(t), charBufferOf(obj));
    check(r);
    return r;
  case TypeKind::Int:
    if (t->name == "Py_UCS4" || t->name == "Py_UNICODE") {
      w.line("{} {} = ({})pyxc::asUCS4({});", cType(t), r, cType(t), obj);
      w.line("if (PYXC_UNLIKELY({} == ({})-1) && PyErr_Occurred()) goto {};", r, cType(t), targets.back().error);
      return r;
    }
    if (t->scopedEnum) // a cpdef enum class: the value of the class's member (ValueError for others)
      w.line("{0} {1} = ({0})pyxc::enumValue({2}, {3});", cType(t), r, m.enumClass(t->pythonEnum), obj);
    else if (t->isEnum) // a header's enum: through int, converted by a cast
      w.line("{0} {1} = ({0})pyxc::asInteger<int>({2}, {3});", cType(t), r, obj, m.cString(t->name));
    else
      w.line("{0} {1} = pyxc::asInteger<{0}>({2}, {3});", cType(t), r, obj, m.cString(t->name));
    w.line("if (PYXC_UNLIKELY({} == ({})-1) && PyErr_Occurred()) goto {};", r, cType(t), targets.back().error);
    return r;
  default:
    break;
  }
  {
    internalError(at, fmt::format("a conversion of a Python object to '{}'", sema::describe(t)));
    w.line("{} {} = {{}};", cType(t), r);
    return r;
  }
}

// An iterable of exactly the array's length, item by item, as Cython
// converts it (arrays of arrays from iterables of iterables).
std::string FunctionEmitter::unboxArray(const std::string &obj, const Type *t, const Node *at, const std::string &r) {
  w.line("{};", cDeclaration(t, r));
  w.open();
  std::string length = temp("length"), iterator = temp("iterator"), index = temp("index");
  // len() when the object has one (a wrong length fails before any item is converted).
  w.line("Py_ssize_t {} = PyObject_Length({});", length, obj);
  w.open(fmt::format("if ({} < 0) {{", length));
  w.line("if (!PyErr_ExceptionMatches(PyExc_TypeError) && !PyErr_ExceptionMatches(PyExc_OverflowError)) goto {};",
         targets.back().error);
  w.line("PyErr_Clear();");
  w.line("{} = {};", length, t->length);
  w.close();
  w.line("if ({} != {}) {{ pyxc::raiseArrayAssignmentSize({}, {}); goto {}; }}", length, t->length, t->length, length,
         targets.back().error);
  w.line("Ref {} = own(PyObject_GetIter({}));", iterator, obj);
  check(iterator);
  w.line("Py_ssize_t {} = 0;", index);
  w.open(fmt::format("for (;; ++{}) {{", index));
  std::string item = temp("item");
  w.line("Ref {} = own(PyIter_Next({}.get()));", item, iterator);
  w.open(fmt::format("if (!{}) {{", item));
  w.line("if (PyErr_Occurred()) goto {};", targets.back().error);
  w.line("break;");
  w.close();
  w.line("if ({} >= {}) {{ pyxc::raiseArrayAssignmentSize({}, {}); goto {}; }}", index, t->length, t->length, index,
         targets.back().error);
  std::string v = unbox(item + ".get()", t->target, at);
  if (t->target->kind == TypeKind::Array)
    w.line("memcpy({}[{}], {}, sizeof({}));", r, index, v, v);
  else
    w.line("{}[{}] = {};", r, index, v);
  w.close();
  w.line("if ({} != {}) {{ pyxc::raiseArrayAssignmentSize({}, {}); goto {}; }}", index, t->length, t->length, index,
         targets.back().error);
  w.close();
  return r;
}

// A mapping naming exactly one member of a union, as Cython converts it.
std::string FunctionEmitter::unboxUnion(const std::string &obj, const Type *t, const Node *at, const std::string &r) {
  w.line("{} {{}};", cDeclaration(t, r));
  std::string names;
  for (const sema::Param &field : t->params)
    names += m.cString(field.name) + ", ";
  w.open();
  w.line("static const char *const names[] = {{{}nullptr}};", names);
  std::string value = temp("member_value"), member = temp("member");
  w.line("PyObject *{}_raw;", value);
  w.line("int {} = pyxc::unionMember({}, names, {}, &{}_raw);", member, obj, t->params.size(), value);
  w.line("Ref {0} = own({0}_raw);", value);
  w.line("if ({} < 0) goto {};", member, targets.back().error);
  for (size_t i = 0; i < t->params.size(); ++i) {
    const sema::Param &field = t->params[i];
    if (field.type->isObject())
      continue;
    w.open(fmt::format("if ({} == {}) {{", member, i));
    std::string v = unbox(value + ".get()", field.type, at);
    w.line("{}.{} = {};", r, memberName(t, field.name), v);
    w.close();
  }
  w.close();
  return r;
}

// A numeric literal as C source, when `e` is one that fits C's types.
std::string numericLiteral(const Expr *e) {
  std::string sign;
  if (e->kind == Kind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::USub) {
    sign = "-";
    e = as<UnaryOp>(e)->operand;
  }
  if (e->kind != Kind::Constant)
    return {};
  auto *c = as<Constant>(e);
  if (c->ck == ConstKind::Int && c->value.size() <= 18)
    return "(" + sign + std::string(c->value) + "LL)";
  if (c->ck == ConstKind::Float && std::isfinite(c->number)) {
    std::string text = fmt::format("{:.17g}", c->number);
    return "(" + sign + text + (text.find_first_of(".e") == std::string::npos ? ".0)" : ")");
  }
  if (sign.empty() && (c->ck == ConstKind::True || c->ck == ConstKind::False))
    return c->ck == ConstKind::True ? "1" : "0";
  return {};
}

// A one-character str or bytes literal as C has it: a char ('\xFF' is -1
// where char is signed), as Cython writes `c == 'a'`.
std::string charLiteral(long code) { return fmt::format("((char){})", code); }

// The value of `e` as the C type its context wants, as the lowering
// planned the conversion (ir/conversions.h).
std::string FunctionEmitter::cvalue(const Expr *e, const Type *want) {
  const ir::Conversion *plan = m.ir.conversion(e, want);
  if (!plan) {
    internalError(e, fmt::format("a conversion to '{}' the lowering did not plan", sema::describe(want)));
    return "0";
  }
  using K = ir::ConversionKind;
  switch (plan->kind) {
  case K::CharLiteral: return fmt::format("({})({})", cType(want), charLiteral(plan->code));
  case K::NumberLiteral: return fmt::format("({})({})", cType(want), numericLiteral(e));
  case K::StringToArray: {
    std::string r = temp("chars"), list;
    for (long v : plan->items)
      list += (list.empty() ? "" : ", ") + std::to_string(v);
    w.line("{} = {{{}}};", cDeclaration(want, r), list);
    return r;
  }
  case K::BytesToVoidPointer: return fmt::format("(void *){}", m.cString(as<Constant>(e)->value));
  case K::CStringLiteral:
    if (want->kind == TypeKind::CppClass) // std::string / std::string_view: all of its bytes
      return fmt::format("{}({}, {})", cType(want), m.cString(as<Constant>(e)->value), as<Constant>(e)->value.size());
    return fmt::format("({}){}", cType(want), m.cString(as<Constant>(e)->value));
  case K::CharBuffer: {
    std::string r = temp("chars");
    w.line("{} = ({}){};", cDeclaration(want, r), cType(want), charBufferOf(expr(e)));
    check(r);
    return r;
  }
  case K::ListToPointer: {
    // The items in a C array that lives as long as the function (module
    // and class bodies run once: a static one), as Cython's temporary.
    List<Expr> items = as<Sequence>(e)->elts;
    std::string array = temp("array_literal");
    std::string declaration = cDeclaration(want->target, fmt::format("{}[{}]", array, items.size()));
    if (isModule || isClass)
      w.line("static {};", declaration);
    else
      hoisted.push_back(declaration + ";");
    for (size_t i = 0; i < items.size(); ++i)
      w.line("{}[{}] = {};", array, i, cvalue(items[i], want->target));
    return array;
  }
  case K::DictToStruct: {
    auto *d = as<Dict>(e);
    std::string r = temp("literal");
    w.line("{} {{}};", cDeclaration(want, r));
    for (size_t i = 0; i < plan->fields.size(); ++i)
      w.line("{}.{} = {};", r, memberName(want, plan->fields[i]->name), cvalue(d->values[i], plan->fields[i]->type));
    return r;
  }
  case K::Unbox: return unbox(expr(e), want, e);
  case K::Same: return cexpr(e);
  case K::ToBint: return fmt::format("(({}) != 0)", cexpr(e));
  case K::PointerCast:
  case K::NumericCast: return fmt::format("({})({})", cType(want), cexpr(e));
  case K::FunctionAddress: return fmt::format("({})(&{})", cType(want), cexpr(e));
  case K::ArrayView: {
    std::string c = cexpr(e);
    std::string dims;
    const Type *item = plan->from;
    for (; item->kind == TypeKind::Array; item = item->target)
      dims += (dims.empty() ? "" : ", ") + std::to_string(item->length);
    std::string shape = temp("shape"), r = temp("view");
    w.line("const Py_ssize_t {}[] = {{{}}};", shape, dims);
    w.line("{} {};", cType(want), r);
    checkInt(fmt::format("{}.ofArray(({} *)({}), {}, {})", r, cType(want->target), c, shape,
                         m.cString(sema::describe(want->target))));
    return r;
  }
  case K::ViewCopy: return fmt::format("{}{{{}}}", cType(want), cexpr(e));
  case K::Invalid: break;
  }
  internalError(e, fmt::format("an assignment of '{}' to '{}'", sema::describe(plan->from), sema::describe(want)));
  return "0";
}

} // namespace pyxc::codegen
