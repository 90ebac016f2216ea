// The module as a whole: constants, the PyModuleDef with its exec slot, and
// the prologue/epilogue of every generated function.
#include "codegen/emitter_impl.h"

#include "frontend/literals.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

namespace pyxc::codegen {

using namespace ast;
using sema::Binding;
using sema::Scope;
using sema::ScopeKind;

// --- constants ----------------------------------------------------------------

std::string identifierHint(std::string_view s) {
  std::string out;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
      out += c;
    else if (!out.empty() && out.back() != '_')
      out += '_';
    if (out.size() >= 24)
      break;
  }
  return out;
}

// A C++ string literal holding these bytes exactly.
static std::string cppBytes(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c >= 0x20 && c < 0x7F && c != '?') {
      out += char(c);
    } else {
      out += fmt::format("\\{:03o}", c);
    }
  }
  return out + "\"";
}

std::string Constants::add(const std::string &key, std::string hint, std::string init, std::string comment) {
  auto it = byKey_.find(key);
  if (it != byKey_.end())
    return it->second;
  std::string name = "k_" + hint;
  if (!names_.insert(name).second) {
    int &n = nextSuffix_.try_emplace(hint, 2).first->second;
    do
      name = "k_" + hint + "_" + std::to_string(n++);
    while (!names_.insert(name).second);
  }
  items_.push_back({name, std::move(init), std::move(comment)});
  byKey_[key] = name;
  return name;
}

std::string Constants::str(std::string_view utf8) {
  std::string hint = identifierHint(utf8);
  return add("s:" + std::string(utf8), "str_" + hint,
             fmt::format("pyxc::internString({}, {})", cppBytes(utf8), utf8.size()),
             literals::reprStr(utf8).substr(0, 60));
}

std::string Constants::bytes(std::string_view data) {
  return add("b:" + std::string(data), "bytes_" + identifierHint(data),
             fmt::format("PyBytes_FromStringAndSize({}, {})", cppBytes(data), data.size()),
             literals::reprBytes(data).substr(0, 60));
}

std::string Constants::integer(std::string_view decimal) {
  std::string init = decimal.size() < 18 ? fmt::format("PyLong_FromLongLong({}LL)", decimal)
                                         : fmt::format("PyLong_FromString(\"{}\", nullptr, 10)", decimal);
  std::string hint = decimal.substr(0, 1) == "-" ? "int_neg" + std::string(decimal.substr(1, 20))
                                                 : "int_" + std::string(decimal.substr(0, 20));
  return add("i:" + std::string(decimal), hint, init, "");
}

std::string Constants::floating(double v) {
  std::string repr = literals::reprFloat(v);
  std::string init = std::isnan(v)   ? "PyFloat_FromDouble(Py_NAN)"
                     : std::isinf(v) ? (v > 0 ? "PyFloat_FromDouble(Py_HUGE_VAL)" : "PyFloat_FromDouble(-Py_HUGE_VAL)")
                                     : fmt::format("PyFloat_FromDouble({:a})", v);
  return add("f:" + repr, "float_" + identifierHint(repr), init, repr);
}

std::string Constants::imaginary(double v) {
  std::string repr = literals::reprImaginary(v);
  std::string init =
      std::isinf(v) ? "PyComplex_FromDoubles(0.0, Py_HUGE_VAL)" : fmt::format("PyComplex_FromDoubles(0.0, {:a})", v);
  return add("j:" + repr, "complex_" + identifierHint(repr), init, repr);
}

std::string Constants::tuple(const std::vector<std::string> &items) {
  std::string key = "t:";
  for (auto &i : items)
    key += i + ",";
  std::string init = fmt::format("PyTuple_Pack({}", items.size());
  for (auto &i : items)
    init += ", " + i;
  init += ")";
  return add(key, "tuple", init, "");
}

void Constants::emitDeclarations(CppWriter &w) const {
  for (const Item &i : items_) {
    if (i.comment.empty())
      w.line("PyObject *{};", i.name);
    else
      w.line("PyObject *{}; // {}", i.name, commentText(i.comment));
  }
}

void Constants::emitInitialisation(CppWriter &w) const {
  for (const Item &i : items_)
    w.line("if (!({} = {})) return -1;", i.name, i.init);
}

// --- functions ----------------------------------------------------------------

FunctionEmitter::FunctionEmitter(ModuleEmitter &m, const Scope *scope, FunctionEmitter *enclosing)
    : m(m), scope(scope), enclosing(enclosing), w(1) {}

std::string FunctionEmitter::temp(std::string_view hint) { return fmt::format("{}_{}", hint, ++counter); }
std::string FunctionEmitter::label(std::string_view hint) { return fmt::format("{}_{}", hint, ++counter); }

// An included file as tracebacks and comments name it: its file name.
static std::string includedName(const SourceFile &f) { return std::filesystem::path(f.path()).filename().string(); }

std::string ModuleEmitter::tracebackName(const sema::Scope *s) const {
  if (!options.cythonSemantics)
    return s->kind == sema::ScopeKind::Module ? "<module>" : s->name;
  if (s->kind == sema::ScopeKind::Module)
    return options.moduleName;
  std::string name = options.moduleName + "." + s->qualname;
  for (size_t at; (at = name.find(".<locals>")) != std::string::npos;)
    name.erase(at, 9);
  return name;
}

std::string ModuleEmitter::fileNameOf(const Node *n) const {
  const SourceFile &in = file.fileAt(n->range.begin);
  return &in == &file ? options.sourceName : includedName(in);
}

std::string ModuleEmitter::sourceNameOf(const Node *n) const {
  const SourceFile &in = file.fileAt(n->range.begin);
  return &in == &file ? "kSourceName" : cString(includedName(in));
}

void FunctionEmitter::lineMark(const Node *n) {
  LineCol lc = m.file.lineCol(n->range.begin);
  const SourceFile &in = m.file.fileAt(n->range.begin);
  std::string_view text = in.lineText(lc.line);
  size_t first = text.find_first_not_of(" \t");
  text = first == std::string_view::npos ? std::string_view() : text.substr(first);
  if (text.size() > 100)
    text = text.substr(0, 100);
  w.line("// {}:{}: {}", m.fileNameOf(n), lc.line, commentText(text));
  if (int(lc.line) != currentLine) {
    w.line("line = {};", lc.line);
    currentLine = int(lc.line);
  }
}

// What the printer cannot print: sema and the lowering refuse (or lower)
// every such construct first, so reaching this is a bug of pyxc's, said as
// one. The output raises SystemError there (it is not written anyway).
void FunctionEmitter::internalError(const Node *n, std::string_view what) {
  m.diags.report(DiagId::PrinterInternal, m.file, n->range.begin, what);
  w.line("PyErr_SetString(PyExc_SystemError, \"pyxc: internal error\");");
  fail();
}

Binding FunctionEmitter::binding(std::string_view id) const {
  // Inside an inlined comprehension its own scope decides first.
  for (auto it = compScopes.rbegin(); it != compScopes.rend(); ++it) {
    Binding b = (*it)->binding(id);
    if (b == Binding::Global || b == Binding::Local)
      return b;
  }
  return scope->binding(id);
}

std::string FunctionEmitter::var(std::string_view id) {
  for (auto it = comprehensionVars.rbegin(); it != comprehensionVars.rend(); ++it) {
    auto found = it->find(std::string(id));
    if (found != it->end())
      return found->second;
  }
  switch (binding(id)) {
  case Binding::Cell: return names.get("cell_", id);
  case Binding::Free:
  case Binding::ClassFree: return names.get("free_", id);
  default: return names.get("v_", id);
  }
}

static const char *const kPrologueComment = "// Locals, cells and free variables: declared before any jump.";

// Declares a parameter that arrives borrowed as `source`: cells wrap it,
// the body owns it when it rebinds it, and uses it as it is otherwise.
// C-typed parameters are converted in the body (conversion can fail).
// A local of a buffer type gets a pyxc::MemView holding the buffer of the
// object it holds (acquired when it is assigned), which indexing reads.
void FunctionEmitter::declareShadow(CppWriter &head, const std::string &name) {
  const sema::Type *t = m.typing.pyType(scope, name);
  if (!t || !t->buffer || binding(name) != Binding::Local)
    return;
  std::string shadow = var(name) + "_buffer";
  head.line("{} {};", fmt::format("pyxc::MemView<{}, {}>", cType(t->target), t->length), shadow);
  bufferShadows[var(name)] = shadow;
}

void FunctionEmitter::declareParam(CppWriter &head, const std::string &p, const std::string &source) {
  if (const sema::Type *t = m.typing.capturedType(scope, p)) {
    // A C parameter an inner function captures: converted, then kept in
    // a cell of its type (a generator's slot holds the argument until then).
    if (generator)
      head.line("Ref &{} = slots[{}];", var(p), slotCount++);
    else
      head.line("Ref {};", var(p));
    w.open();
    std::string v = unbox(generator ? var(p) + ".get()" : source, t, scope->node);
    std::string value = temp("argument");
    w.line("{} = {};", cDeclaration(t, value), v);
    w.line("{} = own({});", var(p), newCell(p));
    w.line("if (!{}) goto error;", var(p));
    w.line("{} = {};", cCellValue(p), value);
    w.close();
    return;
  }
  if (const sema::Type *t = m.typing.localType(scope, p)) {
    head.line("{} = {};", cDeclaration(t, var(p)), cZero(t));
    w.open();
    std::string v = unbox(source, t, scope->node);
    w.line("{} = {};", var(p), v);
    w.close();
    return;
  }
  bool self = !instanceParam().empty() && p == instanceParam();
  // A C method's self is an instance (its callers made sure); a def
  // method's or a cpdef wrapper's is checked, as the method descriptor
  // would, and is never None.
  const sema::Type *pt = m.typing.pyType(scope, p);
  if (pt && !m.staticTypeObject(pt).empty() && !(self && cSignature)) {
    checkInt(fmt::format("pyxc::checkArgumentType({}, {}, {}, {}, pyxc::{})", source, m.staticTypeObject(pt),
                         m.cString(p), paramNotNone(p) || self ? "false" : "true",
                         pt->extension || pt->exceptionType       ? "TypeMatch::Subclass"
                         : m.typing.annotatedParam(scope, p) ? "TypeMatch::ExactAnnotated"
                                                                : "TypeMatch::Exact"));
  } else if (!m.typing.localType(scope, p) && paramNotNone(p) && scope->node->kind == Kind::FunctionDef &&
             notNoneWritten(p)) { // `def f(o not None)`
    w.line("if (PYXC_UNLIKELY({} == Py_None)) {{ pyxc::raiseNoneArgument({}); goto error; }}", source, m.cString(p));
  }
  // np.ndarray[double, ndim=2] a: its buffer, held while a holds the object
  // (only checked where a is no plain local).
  if (pt && pt->buffer && !generator) {
    declareShadow(head, p);
    if (auto it = bufferShadows.find(var(p)); it != bufferShadows.end())
      checkInt(fmt::format("{}.acquire({}, {}, true, {})", it->second, source, m.cString(pt->elementName),
                           pt->contiguous ? "true" : "false"));
    else
      checkInt(m.bufferCheck(pt, source));
  } else if (pt && pt->buffer) {
    checkInt(m.bufferCheck(pt, source));
  }
  if (generator) {
    // The generator's slot holds the parameter; a cell takes its place.
    head.line("Ref &{} = slots[{}];", var(p), slotCount++);
    if (binding(p) == Binding::Cell) {
      w.line("{} = own(PyCell_New({}.get()));", var(p), var(p));
      w.line("if (!{}) goto error;", var(p));
    }
  } else if (binding(p) == Binding::Cell) {
    head.line("Ref {} = own(PyCell_New({}));", var(p), source);
  } else if (scope->rebound.count(p) || scope->unbound.count(p)) {
    head.line("Ref {} = keep({});", var(p), source);
  } else {
    head.line("const pyxc::Borrowed {}{{{}}};", var(p), source);
  }
}

// Joins the prologue and the body, adds the error exit (a traceback entry,
// then `unwind` extra statements and `ret`) and hands the function to the
// module.
void FunctionEmitter::finishFunction(const CppWriter &head, const std::string &unwind, const std::string &ret,
                                     bool traceback) {
  CppWriter out(1);
  out.raw(head.str());
  for (const std::string &line : hoisted) // (C arrays of list literals: the function's)
    out.line("{}", line);
  out.raw(w.str());
  out.label("error");
  if (traceback)
    out.line("pyxc::addTraceback(\"{}\", {}, line);", m.tracebackName(scope), m.sourceNameOf(scope->node));
  out.label("error_unwind");
  if (!unwind.empty())
    out.line("{}", unwind);
  out.line("{}", ret);
  out.close();
  m.functions.push_back(out.take());
}

// `def f(list xs not None)`; and `def f(xs: list)` (annotation typing),
// where None is refused unless it is the default.
// Whether the parameter is written `p not None`.
bool FunctionEmitter::notNoneWritten(const std::string &p) const {
  const Arguments *a = as<FunctionDef>(scope->node)->args;
  for (auto list : {a->posonlyargs, a->args, a->kwonlyargs})
    for (const Arg *arg : list)
      if (arg->arg == p)
        return arg->notNone;
  return false;
}

bool FunctionEmitter::paramNotNone(const std::string &p) const {
  auto isNone = [](const Expr *d) { return d && d->kind == Kind::Constant && as<Constant>(d)->ck == ConstKind::None; };
  if (scope->node->kind == Kind::CFunctionDef) { // a cpdef function's Python wrapper
    for (const CArg *arg : as<CFunctionDef>(scope->node)->type->args)
      if (arg->name == p)
        return arg->notNone || (!arg->type && arg->annotation && !isNone(arg->defaultValue) &&
                                !sema::optionalAnnotation(arg->annotation));
    return false;
  }
  if (scope->node->kind != Kind::FunctionDef)
    return false;
  const Arguments *a = as<FunctionDef>(scope->node)->args;
  size_t positional = a->posonlyargs.size() + a->args.size(), firstDefault = positional - a->defaults.size();
  for (size_t i = 0; i < positional; ++i) {
    const Arg *arg = i < a->posonlyargs.size() ? a->posonlyargs[i] : a->args[i - a->posonlyargs.size()];
    if (arg->arg == p) {
      bool noneDefault = i >= firstDefault && isNone(a->defaults[i - firstDefault]);
      return arg->notNone || (!directives().allowNoneForExtensionArgs && !arg->orNone && !noneDefault) ||
             (!arg->ctype && arg->annotation && !noneDefault && !sema::optionalAnnotation(arg->annotation));
    }
  }
  for (size_t i = 0; i < a->kwonlyargs.size(); ++i)
    if (a->kwonlyargs[i]->arg == p)
      return a->kwonlyargs[i]->notNone ||
             (!a->kwonlyargs[i]->ctype && a->kwonlyargs[i]->annotation && !isNone(a->kwDefaults[i]));
  return false;
}

// A new cell for the captured variable `n`: empty, or holding its C type.
std::string FunctionEmitter::newCell(std::string_view n) {
  if (const sema::Type *t = m.typing.capturedType(scope, n))
    return fmt::format("pyxc::newCCell<{}>()", cDeclaration(t, ""));
  return "PyCell_New(nullptr)";
}

// Declares the locals (C-typed ones as C variables), cells and free
// variables of the scope, and the return value's holder.
std::vector<std::string> FunctionEmitter::declareLocals(CppWriter &head, const std::string &closure) {
  std::vector<std::string> refs;
  for (const std::string &n : scope->order) {
    if (std::find(scope->params.begin(), scope->params.end(), n) != scope->params.end())
      continue;
    Binding b = binding(n);
    if (const sema::Type *t = b == Binding::Local ? m.typing.localType(scope, n) : nullptr) {
      if (optionalLocal(n)) // cpp_locals: made when first assigned
        head.line("std::optional<{}> {};", cType(t), var(n));
      else
        head.line("{} = {};", cDeclaration(t, var(n)), cZero(t));
    }
    else if (generator && (b == Binding::Local || b == Binding::Cell))
      head.line("Ref &{} = slots[{}];", var(n), slotCount++);
    else if (b == Binding::Local) {
      head.line("Ref {};", var(n)), refs.push_back(var(n));
      declareShadow(head, n);
    }
    else if (b == Binding::Cell)
      head.line("Ref {} = own({});", var(n), newCell(n)), refs.push_back(var(n));
  }
  for (size_t i = 0; i < scope->frees.size(); ++i)
    head.line("PyObject *const {} = PyTuple_GET_ITEM({}, {});", var(scope->frees[i]), closure, i);
  head.line("Ref retval;");
  refs.push_back("retval");
  for (const std::string &n : scope->order)
    if (binding(n) == Binding::Cell &&
        std::find(scope->params.begin(), scope->params.end(), n) == scope->params.end()) {
      if (generator)
        w.line("{} = own({});", var(n), newCell(n));
      w.line("if (!{}) goto error;", var(n));
    }
  return refs;
}

void FunctionEmitter::emitDef(const std::string &cppName, const std::vector<const Stmt *> &body,
                              const Expr *lambdaBody, const Comp *genexp) {
  CppWriter head(0);
  LineCol lc = m.file.lineCol(scope->node->range.begin);
  generator = (scope->isGenerator || scope->isCoroutine) && !customBody;
  head.line("// {}:{}: {}", m.fileNameOf(scope->node), lc.line, commentText(scope->qualname));
  if (generator)
    head.open(fmt::format("static pyxc::GeneratorCode {}_body(pyxc::Function *self, pyxc::Ref *slots) {{", cppName));
  else
    head.open(fmt::format("static PyObject *{}(pyxc::Function *self, PyObject *const *params) {{", cppName));
  head.line("PyObject *const globals = self->globals;");
  head.line("int line = {};", lc.line);
  head.line("{}", kPrologueComment);
  targets.push_back({"error", "", "", ""});
  for (size_t i = 0; i < scope->params.size(); ++i)
    declareParam(head, scope->params[i], fmt::format(fmt::runtime(generator ? "slots[{}].get()" : "params[{}]"), i));
  if (customBody) {
    customBody();
  } else {
    declareLocals(head, "self->closure");
    if (genexp) {
      genexpLoops(genexp);
      w.line("co_return Py_NewRef(Py_None);");
    } else if (lambdaBody) {
      lineMark(lambdaBody);
      w.open();
      std::string v = owned(lambdaBody);
      w.line("{} {}.release();", returnKeyword(), v);
      w.close();
    } else {
      boundNames = sema::definitelyBound(*scope, body);
      for (const Stmt *s : body)
        statement(s);
      w.line("{} Py_NewRef(Py_None);", returnKeyword());
    }
  }
  finishFunction(head, "", fmt::format("{} nullptr;", returnKeyword()));
  if (generator) {
    // Calling the function makes the generator; the body runs on next().
    CppWriter call(0);
    call.open(fmt::format("static PyObject *{}(pyxc::Function *self, PyObject *const *params) {{", cppName));
    const char *make = scope->isCoroutine && scope->isGenerator ? "newAsyncGenerator"
                       : scope->isCoroutine                     ? "newCoroutine"
                                                                : "newGenerator";
    call.line("return pyxc::{}(self, params, {}, {}, {}_body);", make,
              scope->params.size(), slotCount, cppName);
    call.close();
    m.functions.push_back(call.take());
  }
}

// Whether a module or class body annotates a simple name somewhere outside
// nested functions and classes (CPython's SETUP_ANNOTATIONS condition).
static bool annotatesNames(std::span<Stmt *const> body) {
  for (const Stmt *s : body) {
    switch (s->kind) {
    case Kind::AnnAssign:
      if (as<AnnAssign>(s)->simple)
        return true;
      break;
    case Kind::If:
      if (annotatesNames(as<If>(s)->body) || annotatesNames(as<If>(s)->orelse))
        return true;
      break;
    case Kind::While:
      if (annotatesNames(as<While>(s)->body) || annotatesNames(as<While>(s)->orelse))
        return true;
      break;
    case Kind::For:
      if (annotatesNames(as<For>(s)->body) || annotatesNames(as<For>(s)->orelse))
        return true;
      break;
    case Kind::With:
      if (annotatesNames(as<With>(s)->body))
        return true;
      break;
    case Kind::Try:
    case Kind::TryStar: {
      auto *t = as<Try>(s);
      if (annotatesNames(t->body) || annotatesNames(t->orelse) || annotatesNames(t->finalbody))
        return true;
      for (const ExceptHandler *h : t->handlers)
        if (annotatesNames(h->body))
          return true;
      break;
    }
    default:
      break;
    }
  }
  return false;
}

const Constant *docstringConstant(std::span<Stmt *const> body) {
  if (body.empty() || body[0]->kind != Kind::ExprStmt)
    return nullptr;
  const Expr *v = as<ExprStmt>(body[0])->value;
  if (v->kind != Kind::Constant || as<Constant>(v)->ck != ConstKind::Str)
    return nullptr;
  return as<Constant>(v);
}

void FunctionEmitter::emitModuleBody(const Module *module) {
  isModule = true;
  targets.push_back({"error", "", "", ""});
  if (const Constant *doc = docstringConstant(module->body))
    checkInt(fmt::format("PyDict_SetItem(globals, {}, {})", m.constants.str("__doc__"), m.constants.str(doc->value)));
  if (annotatesNames(module->body))
    w.line("if (pyxc::setupAnnotations(globals) < 0) goto error;");
  if (m.ir.importsNumpyArray)
    w.line("if (_import_array() < 0) goto error; // numpy.import_array(), added as Cython adds it");
  externCpdefWrappers();
  functionObjectWrappers();
  // The cimported .pxd files' inline functions the module calls (its own copies).
  for (const ir::Function *f : m.ir.inlined)
    compiledFunction(f->node, as<CFunctionDef>(f->node)->name, as<CFunctionDef>(f->node)->body);
  for (const auto &e : m.typing.pythonEnums) {
    // cpdef enums: IntEnum classes in the module's dict.
    w.open();
    std::string names, values;
    for (const auto &[item, value] : e.items) {
      names += m.cString(item) + ", ";
      values += "(long long)(" + value + "), ";
    }
    w.line("static const char *const items[] = {{{}nullptr}};", names);
    w.line("static const long long values[] = {{{}0}};", values);
    w.line("Py_XSETREF({}, pyxc::makeCpdefEnum(globals, {}, items, values, {}, {}, {}));", m.enumClass(e.name),
           m.cString(e.name), e.items.size(), e.scoped ? "false" : "true",
           e.doc.empty() ? "nullptr" : m.constants.str(e.doc));
    w.line("if (!{}) goto error;", m.enumClass(e.name));
    w.close();
  }
  for (const std::string &item : m.typing.pythonEnumItems) {
    // cpdef and public enums: their items are ints of the module too.
    w.open();
    const sema::CSymbol *sym = m.typing.symbol(item);
    std::string v = box(sym->value ? std::to_string(*sym->value) : sym->cname, sym->type, module);
    checkInt(fmt::format("PyDict_SetItem(globals, {}, {}.get())", m.constants.str(item), v));
    w.close();
  }
  statements(module->body);
  // `__pyx_unpickle_<Class>` of the auto-pickled classes, after the body,
  // as Cython defines them.
  for (const auto &c : m.ir.classes) {
    if (!c->pickling.enabled || !c->pickling.refusal.empty() || c->imported)
      continue;
    w.open();
    w.line("static PyMethodDef unpickle = {{{}, pickle_{}_unpickle, METH_VARARGS, nullptr}};",
           m.cString(c->pickling.unpickleName), c->objectStruct);
    std::string function = temp("unpickle");
    w.line("Ref {} = own(PyCFunction_NewEx(&unpickle, nullptr, {}));", function, m.constants.str(m.options.moduleName));
    check(function);
    checkInt(fmt::format("PyDict_SetItem(globals, {}, {}.get())", m.constants.str(c->pickling.unpickleName), function));
    w.close();
  }
  if (m.ir.testDict) {
    // autotestdict: __test__ after the body, as Cython adds it.
    w.open();
    std::string tests = temp("tests");
    w.line("Ref {} = own(PyDict_New());", tests);
    check(tests);
    for (const auto &[key, doc] : *m.ir.testDict)
      checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {})", tests, m.constants.str(key), m.constants.str(doc)));
    checkInt(fmt::format("PyDict_SetItem(globals, {}, {}.get())", m.constants.str("__test__"), tests));
    w.close();
  }
  CppWriter out(0);
  out.line("// The module's top-level code.");
  // Module, class bodies and constants run once per import: cold tells the
  // C++ compiler to spend no optimisation on them (and keeps them out of the
  // hot text).
  out.open("[[gnu::cold]] static int module_body(PyObject *module) {");
  out.line("PyObject *const globals = PyModule_GetDict(module);");
  out.line("moduleGlobals = globals;");
  out.line("int line = 1;");
  out.line("Ref retval;");
  out.raw(w.str());
  out.line("return 0;");
  out.label("error");
  out.line("pyxc::addTraceback(\"{}\", kSourceName, line);", m.tracebackName(scope));
  out.label("error_unwind");
  out.line("return -1;");
  out.close();
  m.functions.push_back(out.take());
}

void FunctionEmitter::emitClassBody(const std::string &cppName, const Node *def, std::span<Stmt *const> body) {
  isClass = true;
  targets.push_back({"error", "", "", ""});
  if (const Constant *doc = docstringConstant(body))
    checkInt(fmt::format("PyObject_SetItem(ns, {}, {})", m.constants.str("__doc__"), m.constants.str(doc->value)));
  if (annotatesNames(body))
    w.line("if (pyxc::setupAnnotations(ns) < 0) goto error;");
  if (def->kind == Kind::CClassDef) {
    // A cdef class's attribute declarations are its struct's fields.
    std::function<void(std::span<Stmt *const>)> run = [&](std::span<Stmt *const> stmts) {
      for (const Stmt *s : stmts) {
        if (s->kind == Kind::CDeclBlock)
          run(as<CDeclBlock>(s)->body);
        else if (s->kind != Kind::CVarDecl)
          statement(s);
      }
    };
    run(body);
  } else {
    statements(body);
  }
  CppWriter out(0);
  LineCol lc = m.file.lineCol(def->range.begin);
  out.line("// {}:{}: class {}", m.fileNameOf(scope->node), lc.line, scope->qualname);
  out.open(fmt::format("[[gnu::cold]] static int {}(PyObject *ns, PyObject *globals, PyObject *closure, PyObject *classcell) {{",
                       cppName));
  out.line("int line = {};", lc.line);
  out.line("(void)closure;");
  out.line("(void)classcell;");
  out.line("Ref retval;");
  for (size_t i = 0; i < scope->frees.size(); ++i)
    out.line("PyObject *const {} = PyTuple_GET_ITEM(closure, {});", var(scope->frees[i]), i);
  out.raw(w.str());
  out.line("return 0;");
  out.label("error");
  out.line("pyxc::addTraceback(\"{}\", {}, line);", m.tracebackName(scope), m.sourceNameOf(scope->node));
  out.label("error_unwind");
  out.line("return -1;");
  out.close();
  m.functions.push_back(out.take());
}

// --- the module -----------------------------------------------------------------


std::string ModuleEmitter::cString(std::string_view s) const { return cppBytes(s); }

static bool futureAnnotations(const Module *module) {
  for (const Stmt *s : module->body)
    if (s->kind == Kind::ImportFrom && as<ImportFrom>(s)->module == "__future__")
      for (const Alias *a : as<ImportFrom>(s)->names)
        if (a->name == "annotations")
          return true;
  return false;
}

std::string ModuleEmitter::run(const Module *module) {
  stringAnnotations = options.cythonSemantics || !typing.cythonName.empty() || futureAnnotations(module);
  futureFlags = !options.cythonSemantics && futureAnnotations(module) ? "CO_FUTURE_ANNOTATIONS" : "0";
  FunctionEmitter top(*this, scopes.module(), nullptr);
  top.emitModuleBody(module);

  std::string shortName = options.moduleName.substr(options.moduleName.rfind('.') + 1);
  CppWriter w;
  w.line("// Generated by pyxc {} from {}. Do not edit.", PYXC_VERSION, options.sourceName);
  if (!options.runtimeText.empty()) {
    w.raw(options.runtimeText);
  } else {
    w.line("#include <pyxc/runtime.h>");
    if (ir.usesGenerators) // C++20 coroutines: only modules with generators need them
      w.line("#include <pyxc/generator.h>");
    if (ir.usesComplex) // complex arithmetic: only modules that use it pay for its header
      w.line("#include <pyxc/complex.h>");
    if (ir.usesCpp) // C++ classes: their exceptions and conversions, with the standard library's headers
      w.line("#include <pyxc/cpp.h>");
  }
  if (ir.usesOpenMP) {
    // cython.parallel.threadid(): the OpenMP thread's number, 0 in a module
    // built without OpenMP (where its loops run serially).
    w.line("#ifdef _OPENMP");
    w.line("#include <omp.h>");
    w.line("static inline int pyxc_thread_id() {{ return omp_get_thread_num(); }}");
    w.line("#else");
    w.line("static inline int pyxc_thread_id() {{ return 0; }}");
    w.line("#endif");
  }
  for (const sema::Typing::Include &include : typing.includes) {
    // A C header and C code: C linkage, as Cython's C output has.
    // (A header that declares C++ classes is C++'s, whatever the module says.)
    bool cLinkage = !typing.cplusplus && !typing.cppClassesDeclared &&
                    (include.header.empty() || include.header.front() == '"');
    if (cLinkage)
      w.line("extern \"C\" {{");
    if (!include.header.empty())
      w.line("#include {}", include.header);
    for (const std::string &code : include.verbatim)
      w.raw(code.back() == '\n' ? code : code + "\n");
    if (cLinkage)
      w.line("}}");
  }
  w.blank(); // (the warnings generated code would give are silenced by pyxc/runtime.h)
  w.line("using pyxc::keep;");
  w.line("using pyxc::own;");
  w.line("using pyxc::Ref;");
  w.blank();
  w.open("namespace {");
  w.blank();
  w.line("const char kSourceName[] = {};", cString(options.sourceName));
  w.line("const char kModuleName[] = {};", cString(options.moduleName));
  w.blank();
  w.line("// Constants: made when the module executes; they live as long as the process.");
  constants.emitDeclarations(w);
  w.blank();
  w.open("[[gnu::cold]] int initConstants() {");
  w.line("static bool done = false; // once per process: the module may be executed again");
  w.line("if (done)");
  w.line("  return 0;");
  constants.emitInitialisation(w);
  w.line("done = true;");
  w.line("return 0;");
  w.close();
  w.blank();
  for (const sema::Type *st : typing.structs)
    w.line("{} {};", st->isUnion ? "union" : "struct", st->name); // fields may point to later ones
  for (const sema::Type *st : typing.structs) {
    w.open(fmt::format("{} {}{} {{", st->isUnion ? "union" : "struct", st->packed ? "__attribute__((packed)) " : "",
                       st->name));
    for (const sema::Param &field : st->params)
      w.line("{};", cDeclaration(field.type, memberName(st, field.name)));
    w.close("};");
  }
  emitCppClasses(w);
  emitClassDeclarations(w);
  w.line("// The module's dict, for cdef functions (which have no function object).");
  w.line("PyObject *moduleGlobals = nullptr;");
  for (const auto &e : typing.pythonEnums)
    w.line("PyObject *{} = nullptr; // the cpdef enum {}'s class", enumClass(e.name), e.name);
  bool first = true;
  for (const auto &[name, sym] : typing.module.symbols) {
    if (sym.kind != sema::CSymbol::Kind::Variable || sym.external || !sym.decl || sym.type->isObject())
      continue;
    if (first)
      w.line("// cdef variables of the module.");
    first = false;
    if (sym.type->kind == sema::TypeKind::MemoryView) // holds a reference: never destroyed after Python finalizes
      w.line("{0} &{1} = *new {0}();", cType(sym.type), *ir.globalName(name));
    else
      w.line("{} = {};", cDeclaration(sym.type, *ir.globalName(name)), cZero(sym.type));
  }
  if (!prototypes.empty())
    w.line("// cdef functions call each other directly.");
  for (const std::string &p : prototypes)
    w.line("{}", p);
  for (const ir::ImportedFunction &f : ir.importedFunctions) {
    const sema::Type *sig = f.symbol->type;
    std::string params;
    for (const sema::Param &p : sig->params)
      params += (params.empty() ? "" : ", ") + cType(p.type);
    if (sig->varargs)
      params += params.empty() ? "..." : ", ...";
    w.line("{} (*{})({}) = nullptr; // {}.{}, imported", cType(sig->target), f.pointer, params, f.module, f.name);
  }
  w.blank();
  // Functions refer to each other only through objects; declare them all first.
  for (const std::string &f : functions) {
    w.raw(f);
    w.blank();
  }
  if (!ir.classes.empty())
    emitClassTypes(w);
  w.open("int moduleExec(PyObject *module) {");
  w.line("if (pyxc::checkRuntime(PYXC_RUNTIME_ABI) < 0 || {}initConstants() < 0 || "
         "pyxc::initModuleGlobals(module) < 0)",
         ir.usesGenerators ? "pyxc::initGeneratorType() < 0 || " : "");
  w.line("  return -1;");
  if (!ir.classes.empty()) {
    w.line("if (initExtensionTypes(module) < 0) // cdef classes exist before the module body runs");
    w.line("  return -1;");
  }
  // The C API: this module's cdef functions its .pxd declares, and the
  // other modules' it calls.
  for (const ir::Function *f : ir.exports)
    w.line("if (pyxc::exportFunction(module, {}, reinterpret_cast<void *>(&{}), {}) < 0) return -1;",
           cString(f->scope->name), f->cName, cString(sema::describe(f->symbol->type)));
  for (const ir::ImportedFunction &f : ir.importedFunctions)
    w.line("if (pyxc::importFunction({}, {}, {}, reinterpret_cast<void **>(&{})) < 0) return -1;", cString(f.module),
           cString(f.name), cString(sema::describe(f.symbol->type)), f.pointer);
  w.line("return pyxc::runModuleBody(module, module_body, kSourceName);");
  w.close();
  w.blank();
  w.open("PyModuleDef_Slot moduleSlots[] = {");
  w.line("{{Py_mod_exec, reinterpret_cast<void *>(moduleExec)}},");
  w.line("PYXC_ONE_INTERPRETER_SLOT");
  w.line("{{0, nullptr}},");
  w.close("};");
  w.blank();
  w.open("PyModuleDef moduleDef = {");
  w.line("PyModuleDef_HEAD_INIT, kModuleName, nullptr, 0, nullptr, moduleSlots, nullptr, nullptr, nullptr,");
  w.close("};");
  w.blank();
  w.close("} // namespace");
  w.blank();
  w.line("PyMODINIT_FUNC PyInit_{}(void) {{ return PyModuleDef_Init(&moduleDef); }}", shortName);
  if (options.embed) {
    w.blank();
    w.line("// pyxc --embed: a program that runs this module as __main__.");
    w.line("int main(int argc, char **argv) {{ return pyxc::runEmbedded(argc, argv, PyInit_{}); }}", shortName);
  }
  return w.take();
}

std::string emitModule(const Module *module, const SourceFile &file, const sema::ScopeTable &scopes,
                       const sema::Typing &typing, const ir::Module &ir, const EmitOptions &options,
                       DiagnosticEngine &diags) {
  ModuleEmitter m(file, scopes, typing, ir, options, diags);
  return m.run(module);
}

} // namespace pyxc::codegen
