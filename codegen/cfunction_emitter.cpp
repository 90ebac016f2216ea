// cdef and cpdef functions: a C++ function with the C signature (plain C
// calls from typed code, exceptions signalled through the declared except
// value), and for cpdef a Python function object that converts its
// arguments and calls it.
#include "codegen/emitter_impl.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace pyxc::codegen {

using namespace ast;
using sema::Binding;
using sema::ExceptStyle;
using sema::Type;
using sema::TypeKind;

std::string FunctionEmitter::finalReturn() const {
  if (!cSignature || cSignature->target->isObject())
    return std::string(returnKeyword()) + " retval.release()";
  return cSignature->target->kind == TypeKind::Void ? "return" : "return cretval";
}

// What a C function returns when an exception leaves it.
static std::string errorReturn(const Type *sig) {
  switch (sig->except) {
  case ExceptStyle::Object: return "nullptr";
  case ExceptStyle::Value:
  case ExceptStyle::MaybeValue: return exceptValueOf(sig);
  default:
    return sig->target->kind == TypeKind::Void ? "" : cZero(sig->target); // (aggregates and views: {})
  }
}

void FunctionEmitter::emitCFunction(const sema::CSymbol *sym, std::string_view pyName, std::span<Stmt *const> body,
                                    const Node *f, const std::string &cppName) {
  cSignature = sym->type;
  bool withGil = f->kind == Kind::CFunctionDef && as<CFunctionDef>(f)->type->withGil;
  nogil = cSignature->nogil && !withGil;
  const Type *result = cSignature->target;
  std::string name = cppName.empty() ? cFunctionName(sym) : cppName;
  std::string params;
  CppWriter head(0);
  LineCol lc = m.file.lineCol(f->range.begin);
  targets.push_back({"error", "", "", ""});
  CppWriter prologue(1);
  for (size_t i = 0; i < scope->params.size(); ++i) {
    const std::string &p = scope->params[i];
    const Type *t = cSignature->params[i].type;
    if (!t->isObject()) { // the lowering refused C parameters that inner functions capture
      // A C++ reference parameter (`const runtime_error &e`): the
      // caller's object itself, as Cython declares it.
      const sema::Param &param = cSignature->params[i];
      params += (i ? ", " : "") + std::string(param.constReference ? "const " : "") +
                cDeclaration(t, (param.reference ? "&" : "") + var(p));
      continue;
    }
    std::string arg = fmt::format("arg_{}", i);
    params += (i ? ", " : "") + std::string("PyObject *") + arg;
    declareParam(prologue, p, arg);
  }
  if (cSignature->varargs)
    params += params.empty() ? "..." : ", ...";
  std::string resultType = cType(result) == "PyObject *" ? "PyObject *" : cType(result) + " ";
  std::string proto;
  if (sym->cpp != sema::CSymbol::Cpp::None) {
    // A member function of a C++ class the module defines (declared in
    // the class: ModuleEmitter::emitCppClasses).
    const sema::CppClass *c = sym->cppClass->cpp;
    std::string templateParams;
    for (const std::string &p : c->params)
      templateParams += (templateParams.empty() ? "template <class " : ", class ") + p;
    proto = fmt::format("{}{}{}::{}({})", templateParams.empty() ? "" : templateParams + "> ", resultType,
                        cppClassType(sym->cppClass), sym->cname, params);
  } else {
    proto = fmt::format("static {}{}({})", resultType, name, params);
    m.prototypes.push_back(proto + ";");
  }
  head.line("// {}:{}: {}{}", m.fileNameOf(f), lc.line, customBody ? "cpdef dispatch of " : "cdef ",
            commentText(scope->qualname));
  head.open(proto + " {");
  if (withGil) // held for the whole body (released after everything below is destroyed)
    head.line("pyxc::GilGuard gil; // `with gil`: whoever calls, without the GIL or with it");
  head.line("PyObject *const globals = moduleGlobals;");
  head.line("int line = {};", lc.line);
  head.line("{}", "// Locals, cells and free variables: declared before any jump.");
  head.raw(prologue.str());
  if (!result->isObject() && result->kind != TypeKind::Void)
    head.line("{} = {};", cDeclaration(result, "cretval"), cZero(result));
  CppWriter locals(1);
  std::vector<std::string> refs = declareLocals(locals, "nullptr");
  // A nogil function's object locals are assigned in `with gil:` blocks
  // and released with the GIL, whoever calls (pyxc::GilForLocals); retval
  // alone never holds an object there (nogil functions return C values).
  bool releaseWithGil = nogil && refs.size() > 1;
  if (releaseWithGil)
    head.line("pyxc::GilForLocals gil_for_locals; // outlives the object locals");
  head.raw(locals.str());
  if (releaseWithGil)
    head.line("pyxc::LocalsReleaser release_locals{{gil_for_locals, {}}};", fmt::join(refs, ", "));
  if (customBody)
    customBody();
  for (const Stmt *s : body)
    statement(s);
  if (result->isObject())
    w.line("return Py_NewRef(Py_None);");
  else if (result->kind == TypeKind::Void)
    w.line("return;");
  else if (result->kind == TypeKind::MemoryView) { // Cython's error for a view never returned
    w.line("pyxc::raiseUninitializedMemoryview();");
    w.line("goto {};", targets.back().error);
  } else
    w.line("return {};", cZero(result));
  std::string value = errorReturn(cSignature);
  std::string unwind = cSignature->except == ExceptStyle::NoExcept
                           ? fmt::format("pyxc::writeUnraisable({});",
                                         m.cString(m.options.moduleName + "." + std::string(pyName)))
                           : "";
  finishFunction(head, unwind, value.empty() ? "return;" : "return " + value + ";",
                 cSignature->except != ExceptStyle::NoExcept);
}

// The statement `cdef f(...)` / `cpdef f(...)` where it stands: the C
// function is emitted; a cpdef also binds a Python function calling it.
void FunctionEmitter::cFunctionStatement(const CFunctionDef *f) {
  if (f->hasBody)
    compiledFunction(f, f->name, f->body);
}

// A C++ class the module defines: the member functions its methods' bodies
// define (it binds no Python name).
void FunctionEmitter::cppMemberFunctions(const CppClassDef *d) {
  for (const Stmt *member : d->body)
    if (member->kind == Kind::CFunctionDef && as<CFunctionDef>(member)->hasBody)
      if (const ir::Function *entry = m.ir.function(member, ir::FunctionKind::CFunction)) {
        auto *f = as<CFunctionDef>(member);
        FunctionEmitter emitter(m, entry->scope, this);
        emitter.emitCFunction(entry->symbol, f->name, f->body, f);
      }
}

// Emits a function the module compiles to C: its C function, and for a
// cpdef (or ccall) the Python function object that converts the arguments.
void FunctionEmitter::compiledFunction(const Node *f, std::string_view name, std::span<Stmt *const> body) {
  const ir::Function *entry = m.ir.function(f, ir::FunctionKind::CFunction);
  {
    FunctionEmitter emitter(m, entry->scope, this);
    emitter.emitCFunction(entry->symbol, name, body, f);
  }
  const ir::Function *wrapperFn = m.ir.function(f, ir::FunctionKind::CpdefWrapper);
  if (!wrapperFn)
    return;
  const sema::CSymbol *sym = entry->symbol;
  if (sym->owner) { // a cpdef method: what typed calls call, through the method table
    const ir::ExtensionClass *cls = m.ir.extensionClass(sym->owner);
    for (const sema::ExtensionType *t = sym->owner; t && !cls; t = t->base)
      cls = m.ir.extensionClass(t);
    const ir::ExtensionClass::Method *method = cls ? cls->method(name) : nullptr;
    if (method && !method->dispatcher.empty()) {
      FunctionEmitter dispatcher(m, entry->scope, this);
      dispatcher.emitDispatcher(sym, name, f, method->dispatcher);
    }
  }
  {
    FunctionEmitter wrapper(m, wrapperFn->scope, this);
    bool mayRaise = entry->canRaise;
    wrapper.customBody = [&wrapper, sym, mayRaise] {
      // The wrapper's parameters are the C function's, converted on entry.
      std::string args;
      for (size_t i = 0; i < wrapper.scope->params.size(); ++i) {
        std::string v = wrapper.var(wrapper.scope->params[i]);
        args += (i ? ", " : "") + (sym->type->params[i].type->isObject() ? v + ".get()" : v);
      }
      const Type *result = sym->type->target;
      std::string call = fmt::format("{}({})", wrapper.cFunctionName(sym), args);
      wrapper.w.open();
      struct Close {
        CppWriter &w;
        ~Close() { w.close(); }
      } close{wrapper.w};
      if (result->isObject()) {
        wrapper.w.line("return {};", call);
        return;
      }
      if (result->kind == TypeKind::Void) {
        wrapper.w.line("{};", call);
        if (mayRaise)
          wrapper.checkCResult(sym->type, "");
        wrapper.w.line("return Py_NewRef(Py_None);");
        return;
      }
      std::string r = wrapper.temp("result");
      wrapper.w.line("{} = {};", cDeclaration(result, r), call);
      if (mayRaise)
        wrapper.checkCResult(sym->type, r);
      std::string boxed = wrapper.box(r, result, wrapper.scope->node);
      wrapper.w.line("return {}.release();", boxed);
    };
    wrapper.emitDef(wrapperFn->cName, {}, nullptr);
  }
  w.open();
  std::string fn = makeFunction(wrapperFn->scope, wrapperFn->arguments, docstringOf(body), wrapperFn->cName, nullptr,
                                sym->type->target);
  if (wrapperFn->fused) // a fused cpdef function's specialisation
    bindFusedSpecialisation(*wrapperFn, fn, {});
  else
    decorateAndBind({}, fn, name);
  w.close();
}

// A cpdef method's dispatcher (its slot in the method table): when self's
// class is a Python subclass that overrides the method (or self has an
// instance attribute of its name), the override runs, its arguments
// converted to objects and its result back; else the C entry does. The
// Python wrapper calls the entry itself, so `super().f()` in an override
// does not come back here.
void FunctionEmitter::emitDispatcher(const sema::CSymbol *sym, std::string_view pyName, const Node *at,
                                     const std::string &name) {
  const ir::ExtensionClass *cls = m.ir.extensionClass(sym->owner);
  customBody = [this, sym, pyName, cls] {
    const Type *sig = sym->type;
    std::string self = var(scope->params[0]);
    std::string args;
    for (size_t i = 0; i < scope->params.size(); ++i) {
      std::string v = var(scope->params[i]);
      args += (i ? ", " : "") + (sig->params[i].type->isObject() ? v + ".get()" : v);
    }
    std::string found = temp("override");
    w.open(); // after the parameters' checks, which may jump to the error exit
    w.line("PyObject *{}_raw = nullptr;", found);
    w.line("int {} = pyxc::pythonOverride({}.get(), {}, {}, &{}_raw);", found, self, cls->typeObject,
           m.constants.str(pyName), found);
    w.line("if (PYXC_UNLIKELY({} < 0)) goto {};", found, targets.back().error);
    w.line("if ({} == 0)", found);
    w.line("  return {}({});", cFunctionName(sym), args);
    w.open();
    std::string callable = temp("method");
    w.line("Ref {} = own({}_raw);", callable, found);
    std::vector<std::string> boxed;
    for (size_t i = 1; i < scope->params.size(); ++i) {
      std::string v = var(scope->params[i]);
      boxed.push_back(sig->params[i].type->isObject() ? v + ".get()" : box(v, sig->params[i].type, scope->node) + ".get()");
    }
    std::string array = temp("arguments");
    std::string items;
    for (const std::string &b : boxed)
      items += (items.empty() ? "" : ", ") + b;
    w.line("PyObject *{}[] = {{nullptr{}{}}};", array, boxed.empty() ? "" : ", ", items);
    std::string result = temp("result");
    w.line("Ref {} = own(PyObject_Vectorcall({}.get(), {} + 1, {} | PY_VECTORCALL_ARGUMENTS_OFFSET, nullptr));", result,
           callable, array, boxed.size());
    check(result);
    if (sig->target->isObject()) {
      w.line("return {}.release();", result);
    } else if (sig->target->kind == TypeKind::Void) {
      w.line("return;");
    } else {
      std::string v = unbox(result + ".get()", sig->target, scope->node);
      w.line("return {};", v);
    }
    w.close();
    w.close();
  };
  emitCFunction(sym, pyName, {}, at, name);
}

// cpdef functions of extern blocks (`cpdef double csqrt "sqrt"(double)`):
// Python functions of the module that convert their arguments and call C.
// Their scopes and arguments come from the lowering.
void FunctionEmitter::externCpdefWrappers() {
  for (const ir::Function *fn : m.ir.externWrappers()) {
    const sema::CSymbol *f = fn->symbol;
    {
      FunctionEmitter wrapper(m, fn->scope, this);
      wrapper.customBody = [&wrapper, f] {
        wrapper.w.open();
        std::string args;
        for (size_t i = 0; i < f->type->params.size(); ++i) {
          const Type *pt = f->type->params[i].type;
          std::string v = wrapper.var(wrapper.scope->params[i]) + ".get()";
          args += (i ? ", " : "") + (pt->isObject() ? v : wrapper.unbox(v, pt, wrapper.scope->node));
        }
        std::string call = fmt::format("{}({})", f->cname, args);
        const Type *result = f->type->target;
        if (result->isObject()) {
          wrapper.w.line("return {};", call);
        } else if (result->kind == TypeKind::Void) {
          wrapper.w.line("{};", call);
          wrapper.checkCResult(f->type, "");
          wrapper.w.line("return Py_NewRef(Py_None);");
        } else {
          std::string r = wrapper.temp("result");
          wrapper.w.line("{} = {};", cDeclaration(result, r), call);
          wrapper.checkCResult(f->type, r);
          wrapper.w.line("return {}.release();", wrapper.box(r, result, wrapper.scope->node));
        }
        wrapper.w.close();
      };
      wrapper.emitDef(fn->cName, {}, nullptr);
    }
    w.open();
    std::string pyFunction = makeFunction(fn->scope, fn->arguments, "", fn->cName, nullptr);
    decorateAndBind({}, pyFunction, fn->scope->name);
    w.close();
  }
}

// C function values given as Python objects (Cython's cfunc.to_py): per
// signature, the body of the Python function `wrap`, whose closure holds
// the C function's address (pyxc::newCFunctionObject), and its spec. The
// body checks and converts the arguments, calls, converts the result.
void FunctionEmitter::functionObjectWrappers() {
  for (const auto &fn : m.ir.functions) {
    if (fn->kind != ir::FunctionKind::FunctionObject)
      continue;
    const Type *sig = fn->signature;
    FunctionEmitter wrapper(m, fn->scope, this);
    wrapper.customBody = [this, &wrapper, sig] {
      wrapper.w.open();
      std::string args;
      for (size_t i = 0; i < sig->params.size(); ++i) {
        const Type *pt = sig->params[i].type;
        const std::string &name = wrapper.scope->params[i];
        std::string v = wrapper.var(name) + ".get()";
        if (std::string type = pt->isObject() ? m.staticTypeObject(pt) : ""; !type.empty())
          wrapper.checkInt(fmt::format("pyxc::checkArgumentType({}, {}, {}, true, pyxc::{})", v, type, m.cString(name),
                                       pt->extension ? "TypeMatch::Subclass" : "TypeMatch::Exact"));
        args += (i ? ", " : "") + (pt->isObject() ? v : wrapper.unbox(v, pt, wrapper.scope->node));
      }
      std::string call = fmt::format("(({} *)pyxc::cFunctionAddress(self))({})", cType(sig), args);
      const Type *result = sig->target;
      if (result->isObject()) {
        wrapper.w.line("return {};", call); // a new reference, or null with the exception set
      } else if (result->kind == TypeKind::Void) {
        wrapper.w.line("{};", call);
        wrapper.checkCResult(sig, "");
        wrapper.w.line("return Py_NewRef(Py_None);");
      } else {
        std::string r = wrapper.temp("result");
        wrapper.w.line("{} = {};", cDeclaration(result, r), call);
        wrapper.checkCResult(sig, r);
        wrapper.w.line("return {}.release();", wrapper.box(r, result, wrapper.scope->node));
      }
      wrapper.w.close();
    };
    wrapper.emitDef(fn->cName, {}, nullptr);
    functionSpec(fn->scope, fn->arguments, fn->doc, fn->cName, nullptr);
  }
}

} // namespace pyxc::codegen
