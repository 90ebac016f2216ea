#include "sema/types.h"

#include <set>

#include <fmt/format.h>

#include <algorithm>

namespace pyxc::sema {

namespace {

struct IntSpec {
  const char *name;
  int rank;
  bool isSigned;
};

// The C integer types by Cython's names; `int` in a C declaration is C's int.
constexpr IntSpec kInts[] = {
    {"char", 1, true},           {"signed char", 1, true},       {"unsigned char", 1, false},
    {"short", 2, true},          {"signed short", 2, true},      {"unsigned short", 2, false},
    {"int", 3, true},            {"signed int", 3, true},        {"unsigned int", 3, false},
    {"unsigned", 3, false},      {"long", 4, true},              {"signed long", 4, true},
    {"unsigned long", 4, false}, {"Py_ssize_t", 5, true},        {"ssize_t", 5, true},
    {"size_t", 5, false},        {"ptrdiff_t", 5, true},        {"Py_hash_t", 5, true},         {"long long", 6, true},
    {"signed long long", 6, true}, {"unsigned long long", 6, false}, {"Py_UCS4", 3, false},
    {"Py_UNICODE", 3, false},
};

// Python builtin types usable as static types (`cdef list x`).
constexpr const char *kBuiltinTypes[] = {"object", "list",  "dict",      "tuple", "set",  "frozenset", "str",
                                         "bytes",  "bytearray", "unicode", "bool",  "type", "complex",   "slice",
                                         "memoryview"};

// Python's exception types that every supported CPython has (PyExc_<name>).
constexpr const char *kExceptionTypes[] = {
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BlockingIOError", "BrokenPipeError",
    "BufferError", "BytesWarning", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
    "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError", "Exception",
    "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit", "ImportError",
    "ImportWarning", "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError",
    "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError",
    "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
    "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
    "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError"};

Type basic(TypeKind kind, std::string name) {
  Type t;
  t.kind = kind;
  t.name = std::move(name);
  return t;
}

} // namespace

TypeTable::TypeTable() {
  object_ = add(basic(TypeKind::Object, "object"));
  void_ = add(basic(TypeKind::Void, "void"));
  bint_ = add(basic(TypeKind::Bint, "bint"));
  error_ = add(basic(TypeKind::Error, "<error>"));
  pythonInt_ = add(basic(TypeKind::Object, "int"));
  named_["object"] = object_;
  named_["void"] = void_;
  named_["bint"] = bint_;
  for (const IntSpec &s : kInts) {
    Type t = basic(TypeKind::Int, s.name);
    t.rank = s.rank;
    t.isSigned = s.isSigned;
    named_[s.name] = add(std::move(t));
  }
  const char *floats[] = {"float", "double", "long double"};
  for (int i = 0; i < 3; ++i) {
    Type t = basic(TypeKind::Float, floats[i]);
    t.rank = i + 1;
    const Type *part = named_[floats[i]] = add(std::move(t));
    std::string name = std::string(floats[i]) + " complex";
    Type c = basic(TypeKind::Complex, name);
    c.rank = i + 1;
    c.target = part;
    named_[name] = add(std::move(c));
  }
  for (const char *b : kBuiltinTypes)
    if (!named_.count(b))
      named_[b] = add(basic(TypeKind::Object, b));
  named_["basestring"] = named_.at("str"); // Python 2's; str in Cython 3
  // The builtin exception types are static types too, as in Cython: their
  // instances (any subclass's) are checked where one is stored.
  for (const char *e : kExceptionTypes) {
    Type t = basic(TypeKind::Object, e);
    t.exceptionType = true;
    named_[e] = add(std::move(t));
  }
  // Cython 3.3 types Python 3.15's frozendict as dict on the Pythons before it.
  named_["frozendict"] = named_["dict"];
  declareBufferStruct();
  for (const auto &[name, t] : named_)
    if (t->kind != TypeKind::Object && t->kind != TypeKind::Struct)
      primitiveNames_.insert(name);
}

bool TypeTable::isPrimitiveName(std::string_view name) const { return primitiveNames_.count(std::string(name)) != 0; }

// Py_buffer, the buffer protocol's view of an object's memory: a builtin
// struct in Cython (Python.h declares it), with `obj` the exporter.
void TypeTable::declareBufferStruct() {
  Type *view = structType("Py_buffer", false, true);
  view->fromHeader = true;
  const Type *ssize = named_.at("Py_ssize_t");
  const Type *voidPtr = pointer(void_);
  view->params = {{"buf", voidPtr},           {"obj", object_},
                  {"len", ssize},             {"itemsize", ssize},
                  {"readonly", bint_},        {"ndim", named_.at("int")},
                  {"format", pointer(named_.at("char"))}, {"shape", pointer(ssize)},
                  {"strides", pointer(ssize)}, {"suboffsets", pointer(ssize)},
                  {"internal", voidPtr}};
  named_["Py_buffer"] = view;
}

const Type *TypeTable::add(Type t) {
  types_.push_back(std::move(t));
  return &types_.back();
}

ExtensionType *TypeTable::extensionType(std::string_view name, std::string_view module) {
  ExtensionType &e = extensions_.emplace_back();
  e.name = std::string(name);
  e.module = std::string(module);
  Type t = basic(TypeKind::Object, e.name);
  t.extension = &e;
  e.type = add(std::move(t));
  named_[e.name] = e.type;
  return &e;
}

const Type *TypeTable::byName(std::string_view name) const {
  auto it = named_.find(std::string(name));
  return it == named_.end() ? nullptr : it->second;
}

const Type *TypeTable::cpdefEnum(std::string_view name, bool scoped) {
  Type t = *named_.at("int");
  t.pythonEnum = std::string(name);
  t.scopedEnum = scoped;
  return add(std::move(t));
}

const Type *TypeTable::externInt(std::string_view cname, const Type *like) {
  Type t = *like;
  t.name = std::string(cname);
  t.headerInt = true;
  return add(std::move(t));
}

const Type *TypeTable::externEnum(std::string_view cname, bool scoped) {
  Type t = *named_.at("int");
  t.name = std::string(cname);
  t.isEnum = true;
  t.scopedEnum = scoped;
  return add(std::move(t));
}

Type *TypeTable::structType(std::string_view cname, bool isUnion, bool typedefName) {
  Type t = basic(TypeKind::Struct, std::string(cname));
  t.isUnion = isUnion;
  t.typedefName = typedefName;
  types_.push_back(std::move(t));
  return &types_.back();
}

const Type *TypeTable::memoryView(const Type *of, int ndim, bool contiguous, bool readonly) {
  auto &slot = derived_[{of, -100 - ndim * 4 - contiguous * 2 - readonly}];
  if (!slot) {
    Type t = basic(TypeKind::MemoryView, "");
    t.target = of;
    t.length = ndim;
    t.contiguous = contiguous;
    t.readonly = readonly;
    slot = add(std::move(t));
  }
  return slot;
}

const Type *TypeTable::bufferObject(const Type *base, const Type *dtype, std::string_view dtypeName, int ndim,
                                    bool contiguous) {
  for (const Type &t : types_)
    if (t.buffer && t.extension == base->extension && t.name == base->name && t.target == dtype &&
        t.length == ndim && t.contiguous == contiguous && t.elementName == dtypeName)
      return &t;
  Type t = *base;
  t.buffer = true;
  t.elementName = std::string(dtypeName);
  t.target = dtype;
  t.length = ndim;
  t.contiguous = contiguous;
  return add(std::move(t));
}

const Type *TypeTable::pointer(const Type *to) {
  auto &slot = derived_[{to, -1}];
  if (!slot) {
    Type t = basic(TypeKind::Pointer, "");
    t.target = to;
    slot = add(std::move(t));
  }
  return slot;
}

const Type *TypeTable::array(const Type *of, long long length) {
  auto &slot = derived_[{of, length}];
  if (!slot) {
    Type t = basic(TypeKind::Array, "");
    t.target = of;
    t.length = length;
    slot = add(std::move(t));
  }
  return slot;
}

const Type *TypeTable::function(const Type *result, std::vector<Param> params, ExceptStyle except,
                                std::string exceptValue, bool nogil) {
  Type t = basic(TypeKind::Function, "");
  t.target = result;
  t.params = std::move(params);
  t.except = except;
  t.exceptValue = std::move(exceptValue);
  t.nogil = nogil;
  return add(std::move(t));
}

const Type *TypeTable::widest(const Type *a, const Type *b) const {
  if (a->kind == TypeKind::Bint)
    a = named_.at("int"); // arithmetic on bint is arithmetic on int
  if (b->kind == TypeKind::Bint)
    b = named_.at("int");
  if (a->isEnum) // enum + 1 is an int, as in C
    a = named_.at("int");
  if (b->isEnum)
    b = named_.at("int");
  if (a->kind == TypeKind::Complex || b->kind == TypeKind::Complex) {
    // The complex type of the wider floating part: int * float complex is float complex.
    int rank = std::max(a->kind == TypeKind::Int ? 0 : a->rank, b->kind == TypeKind::Int ? 0 : b->rank);
    static const char *parts[] = {"float", "float", "double", "long double"};
    return named_.at(std::string(parts[rank]) + " complex");
  }
  if (a->kind != b->kind)
    return a->kind == TypeKind::Float ? a : b;
  if (a->rank != b->rank)
    return a->rank > b->rank ? a : b;
  return a->isSigned && !b->isSigned ? b : a;
}

std::string_view sizedTruthTest(const Type *t) {
  static const std::pair<std::string_view, std::string_view> kTests[] = {
      {"list", "pyxc::isTrueList"},   {"tuple", "pyxc::isTrueTuple"},         {"set", "pyxc::isTrueSet"},
      {"frozenset", "pyxc::isTrueSet"}, {"bytes", "pyxc::isTrueBytes"},     {"bytearray", "pyxc::isTrueByteArray"},
      {"str", "pyxc::isTrueStr"},     {"unicode", "pyxc::isTrueStr"},
  };
  if (t->kind != TypeKind::Object)
    return {};
  for (auto [name, test] : kTests)
    if (t->name == name)
      return test;
  return {};
}

bool unionConvertsToPython(const Type *t) {
  std::set<const Type *> unsafe, safe;
  for (const Param &member : t->params)
    (member.type->kind == TypeKind::Pointer ? unsafe : safe).insert(member.type);
  return unsafe.empty() || (safe.empty() && unsafe.size() == 1);
}

// A function type as Cython displays it, declaring `entity` ("" or "(*)"):
// "int (*)(int) except? -1 nogil"; a function returning an object shows no
// exception clause.
static std::string describeFunction(const Type *f, std::string_view entity) {
  std::string params;
  for (size_t i = 0; i < f->params.size(); ++i)
    params += (i ? ", " : "") + describe(f->params[i].type);
  if (f->varargs)
    params += params.empty() ? "..." : ", ...";
  std::string trailer;
  if (!f->target->isObject()) {
    switch (f->except) {
    case ExceptStyle::NoExcept: trailer = " noexcept"; break;
    case ExceptStyle::Value: trailer = " except " + f->exceptValue; break;
    case ExceptStyle::MaybeValue: trailer = " except? " + f->exceptValue; break;
    case ExceptStyle::Star: trailer = " except *"; break;
    case ExceptStyle::Cpp: trailer = " except +" + f->exceptValue; break;
    case ExceptStyle::Object: break;
    }
    if (f->nogil)
      trailer += " nogil";
  }
  std::string result = describe(f->target); // `int *(int)`, `int (int)`, as Cython spells them
  return fmt::format("{}{}{}({}){}", result, result.back() == '*' ? "" : " ", entity, params.empty() ? "void" : params,
                     trailer);
}

std::string describe(const Type *t) {
  if (t->kind == TypeKind::Int && !t->pythonEnum.empty())
    return t->pythonEnum; // a cpdef enum, by its name
  switch (t->kind) {
  case TypeKind::Pointer: {
    std::string stars = "*";
    const Type *pointee = t->target;
    for (; pointee->kind == TypeKind::Pointer; pointee = pointee->target)
      stars += "*";
    if (pointee->kind == TypeKind::Function)
      return describeFunction(pointee, "(" + stars + ")");
    std::string inner = describe(t->target);
    return inner + (inner.back() == '*' ? "*" : " *");
  }
  case TypeKind::Array: {
    // int[3][4]: the outer length first, as C declares it.
    std::string dims;
    const Type *e = t;
    for (; e->kind == TypeKind::Array; e = e->target)
      dims += fmt::format("[{}]", e->length);
    return describe(e) + dims;
  }
  case TypeKind::Function: return describeFunction(t, "");
  case TypeKind::Object:
    if (t->buffer)
      return fmt::format("{}[{}, ndim={}{}]", t->name, describe(t->target), t->length, t->contiguous ? ", mode='c'" : "");
    return t->name == "object" ? "Python object" : t->name;
  case TypeKind::CppClass: return t->name; // vector[int], as TypeTable::cppInstance spells it
  case TypeKind::MemoryView: {
    std::string s = (t->readonly ? "const " : "") + describe(t->target) + "[";
    for (long long i = 0; i < t->length; ++i)
      s += (i ? ", " : "") + std::string(i + 1 == t->length && t->contiguous ? "::1" : ":");
    return s + "]";
  }
  default: return t->name;
  }
}

} // namespace pyxc::sema
