// Statements. Every statement is a C++ block (its temporaries die with it);
// control flow leaves through labels, so RAII releases what is left behind.
#include "codegen/emitter_impl.h"

#include "frontend/ast_fields.h"
#include "sema/value_contexts.h"

#include <algorithm>

namespace pyxc::codegen {

using namespace ast;
using sema::Binding;

void FunctionEmitter::statements(std::span<Stmt *const> body) {
  for (const Stmt *s : body)
    statement(s);
}

void FunctionEmitter::statement(const Stmt *s) {
  lineMark(s);
  switch (s->kind) {
  case Kind::Pass:
    return;
  case Kind::ExprStmt: {
    std::span<Expr *const> items = sema::unusedTupleItems(as<ExprStmt>(s)->value);
    for (const Expr *v : items.empty() ? std::span<Expr *const>(&as<ExprStmt>(s)->value, 1) : items) {
      w.open();
      if (isC(v))
        w.line("(void){};", cexpr(v));
      else
        expr(v);
      w.close();
    }
    return;
  }
  case Kind::Assign: {
    auto *a = as<Assign>(s);
    w.open();
    if (m.typing.cppOperation(a)) { // the target's templated operator=
      templatedAssignment(a);
      w.close();
      return;
    }
    if (a->targets.size() == 1 && (assignCValue(a->targets[0], a->value) || parallelCAssign(a))) {
      w.close();
      return;
    }
    if (a->targets.size() == 1) {
      assignOwned(a->targets[0], owned(a->value), typeOf(a->value));
    } else if (chainedCAssign(a)) {
      // `p = q = NULL`: every target C, the C value computed once
    } else {
      std::string v = expr(a->value);
      for (const Expr *t : a->targets)
        assign(t, v, typeOf(a->value));
    }
    w.close();
    return;
  }
  case Kind::AnnAssign: {
    auto *a = as<AnnAssign>(s);
    w.open();
    if (a->value && !assignCValue(a->target, a->value))
      assign(a->target, expr(a->value), typeOf(a->value));
    if (a->simple && (isModule || isClass)) {
      // Module and class bodies record simple annotations in __annotations__.
      std::string ann = annotation(a->annotation);
      std::string dict = temp("annotations");
      std::string key = m.constants.str("__annotations__");
      if (isModule)
        w.line("Ref {} = own(pyxc::loadGlobal(globals, {}));", dict, key);
      else
        w.line("Ref {} = own(PyObject_GetItem(ns, {}));", dict, key);
      check(dict);
      checkInt(fmt::format("PyObject_SetItem({}.get(), {}, {})", dict, m.constants.str(as<Name>(a->target)->id),
                           ann));
    }
    w.close();
    return;
  }
  case Kind::AugAssign: {
    auto *a = as<AugAssign>(s);
    if (augAssignC(a))
      return;
    w.open();
    std::string current, obj, key;
    if (a->target->kind == Kind::Attribute && extensionField(as<Attribute>(a->target))) {
      current = expr(a->target);
    } else if (a->target->kind == Kind::Attribute) {
      auto *at = as<Attribute>(a->target);
      obj = expr(at->value);
      current = temp("attr");
      w.line("Ref {} = own(pyxc::getAttr({}, {}));", current, obj, m.constants.str(at->attr));
      check(current);
      current += ".get()";
    } else if (a->target->kind == Kind::Subscript) {
      auto *sub = as<Subscript>(a->target);
      obj = expr(sub->value);
      key = expr(sub->slice);
      current = temp("item");
      w.line("Ref {} = own({});", current, getItemCall(sub->value, obj, key));
      check(current);
      current += ".get()";
    } else {
      current = loadName(as<Name>(a->target)->id, as<Name>(a->target));
    }
    std::string rhs = expr(a->value);
    std::string result = temp("updated");
    w.line("Ref {} = own({});", result, objectArithmetic(a, current, rhs));
    check(result);
    if (a->target->kind == Kind::Attribute && extensionField(as<Attribute>(a->target)))
      storeObjectField(as<Attribute>(a->target), result + ".get()");
    else if (a->target->kind == Kind::Attribute)
      checkInt(fmt::format("pyxc::setAttr({}, {}, {}.get())", obj, m.constants.str(as<Attribute>(a->target)->attr),
                           result));
    else if (a->target->kind == Kind::Subscript)
      checkInt(setItemCall(as<Subscript>(a->target)->value, obj, key, result + ".get()"));
    else
      assign(a->target, result + ".get()");
    w.close();
    return;
  }
  case Kind::Return: {
    auto *r = as<Return>(s);
    w.open();
    if (cSignature && !cSignature->target->isObject()) {
      if (cSignature->target->kind == sema::TypeKind::Void && targets.back().returnTo.empty())
        w.line("return;");
      else if (cSignature->target->kind == sema::TypeKind::Void)
        w.line("goto {};", targets.back().returnTo);
      else
        returnC(r->value ? cvalue(r->value, cSignature->target) : "0");
      w.close();
      return;
    }
    std::string v;
    if (r->value) {
      v = owned(r->value);
    } else {
      v = temp("none");
      w.line("Ref {} = keep(Py_None);", v);
    }
    returnValue(v);
    w.close();
    return;
  }
  case Kind::Delete:
    for (const Expr *t : as<Delete>(s)->targets)
      del(t);
    return;
  case Kind::If: ifStatement(as<If>(s)); return;
  case Kind::While: whileStatement(as<While>(s)); return;
  case Kind::For:
    if (const ir::RangeLoop *loop = m.ir.rangeLoop(as<For>(s))) {
      if (loop->withoutGil && !nogil)
        nogilBlock(loop->withoutGil); // comes back here with the GIL released
      else
        cRangeLoop(as<For>(s), *loop);
      return;
    }
    if (const sema::Type *item = m.typing.cppLoopItem(as<For>(s))) {
      cppForLoop(as<For>(s), item);
      return;
    }
    forStatement(as<For>(s));
    return;
  case Kind::ForFrom: forFromLoop(as<ForFrom>(s)); return;
  case Kind::CVarDecl: cVarDecl(as<CVarDecl>(s)); return;
  case Kind::CDeclBlock: statements(as<CDeclBlock>(s)->body); return;
  case Kind::CFunctionDef: cFunctionStatement(as<CFunctionDef>(s)); return;
  case Kind::GilBlock: nogilBlock(as<GilBlock>(s)); return;
  case Kind::CppClassDef: cppMemberFunctions(as<CppClassDef>(s)); return; // (the class: before the functions)
  case Kind::CExternBlock:
    for (const Stmt *st : as<CExternBlock>(s)->body)
      if (st->kind == Kind::CppClassDef) // `cdef extern cppclass C:`, which the module defines
        cppMemberFunctions(as<CppClassDef>(st));
    return;
  case Kind::CImport:
  case Kind::FromCImport:
  case Kind::CompileTimeIf: {
    auto it = m.typing.compileTimeTests.find(s);
    if (it != m.typing.compileTimeTests.end())
      statements(it->second ? as<CompileTimeIf>(s)->body : as<CompileTimeIf>(s)->orelse);
    return;
  }
  case Kind::CompileTimeDef:
  case Kind::CTypedef:
  case Kind::CFusedDef:
  case Kind::CEnumDef:
  case Kind::CStructDef:
    return; // declarations: the typer has read them
  case Kind::Try:
  case Kind::TryStar: tryStatement(as<Try>(s)); return;
  case Kind::With: withStatement(as<With>(s)); return;
  case Kind::Match: matchStatement(as<Match>(s)); return;
  case Kind::Raise:
    holdingGil([&] { raiseStatement(as<Raise>(s)); });
    return;
  case Kind::Import: importStatement(as<Import>(s)); return;
  case Kind::ImportFrom: importFromStatement(as<ImportFrom>(s)); return;
  case Kind::FunctionDef:
  case Kind::AsyncFunctionDef: functionDef(as<FunctionDef>(s)); return;
  case Kind::AsyncWith: withStatement(as<With>(s)); return;
  case Kind::AsyncFor: asyncForStatement(as<For>(s)); return;
  case Kind::ClassDef: classDef(as<ClassDef>(s)); return;
  case Kind::CClassDef: cdefClass(as<CClassDef>(s)); return;
  case Kind::CPropertyDef: propertyBlock(as<CPropertyDef>(s)); return;
  case Kind::Break: w.line("goto {};", targets.back().breakTo); return;
  case Kind::Continue: w.line("goto {};", targets.back().continueTo); return;
  case Kind::Global:
  case Kind::Nonlocal: return;
  case Kind::Assert:
    holdingGil([&] { assertStatement(as<Assert>(s)); });
    return;
  default:
    internalError(s, fmt::format("the '{}' statement", kindName(s->kind)));
  }
}

// Raise and assert in nogil code take the GIL for themselves, as Cython
// compiles them: held from the statement's start to wherever it leaves
// (its end, or the jump to the error path, which releases it on the way).
void FunctionEmitter::holdingGil(const std::function<void()> &emit) {
  if (!nogil) {
    emit();
    return;
  }
  w.open();
  w.line("pyxc::GilGuard gil;");
  nogil = false;
  emit();
  nogil = true;
  w.close();
}

void FunctionEmitter::assertStatement(const Assert *a) {
  w.open();
  std::string t = truth(a->test);
  w.open(fmt::format("if (!{}) {{", t));
  if (a->msg) {
    std::string msg = expr(a->msg);
    w.line("PyErr_SetObject(PyExc_AssertionError, {});", msg);
  } else {
    w.line("PyErr_SetNone(PyExc_AssertionError);");
  }
  fail();
  w.close();
  w.close();
}

// `a = b = <C value>` with C targets only: the value once, converted for each.
bool FunctionEmitter::chainedCAssign(const Assign *a) {
  const sema::Type *vt = typeOf(a->value);
  if (!isC(a->value) || vt->kind == sema::TypeKind::Array)
    return false;
  for (const Expr *t : a->targets)
    if (!cTargetType(t) || cTargetType(t)->kind == sema::TypeKind::Array)
      return false;
  std::string value = temp("value");
  w.line("{} = {};", cDeclaration(vt, value), cexpr(a->value));
  for (const Expr *t : a->targets) {
    const sema::Type *tt = cTargetType(t);
    std::string converted = tt == vt                              ? value
                            : tt->kind == sema::TypeKind::Bint ? fmt::format("(({}) != 0)", value)
                                                               : fmt::format("({})({})", cType(tt), value);
    storeC(t, tt, converted);
  }
  return true;
}

void FunctionEmitter::exitFunnel(const Targets &outer, Targets &inner) {
  inner.returnTo = label("exit_return");
  if (!outer.breakTo.empty()) {
    inner.breakTo = label("exit_break");
    inner.continueTo = label("exit_continue");
  }
}

void FunctionEmitter::emitExitFunnel(const Targets &outer, const Targets &inner, const std::string &why,
                                     const std::string &to) {
  w.label(inner.returnTo);
  w.line("{} = 2;", why);
  w.line("goto {};", to);
  if (!outer.breakTo.empty()) {
    w.label(inner.breakTo);
    w.line("{} = 3;", why);
    w.line("goto {};", to);
    w.label(inner.continueTo);
    w.line("{} = 4;", why);
    w.line("goto {};", to);
  }
}

void FunctionEmitter::resumeExit(const Targets &outer, const std::string &why) {
  if (!outer.returnTo.empty())
    w.line("if ({} == 2) goto {};", why, outer.returnTo);
  else if (!isModule && !isClass)
    w.line("if ({} == 2) {};", why, finalReturn());
  if (!outer.breakTo.empty()) {
    w.line("if ({} == 3) goto {};", why, outer.breakTo);
    w.line("if ({} == 4) goto {};", why, outer.continueTo);
  }
}

void FunctionEmitter::errorEntry(const std::string &name) {
  w.label(name);
  w.line("pyxc::addTraceback(\"{}\", {}, line);", m.tracebackName(scope), m.sourceNameOf(scope->node));
  w.label(name + "_unwind");
}

void FunctionEmitter::returnValue(const std::string &ownedRef) {
  if (targets.back().returnTo.empty()) {
    w.line("{} {}.release();", returnKeyword(), ownedRef);
  } else {
    w.line("retval = std::move({});", ownedRef);
    w.line("goto {};", targets.back().returnTo);
  }
}

// Assigns the new reference held by the Ref temp `ref`, which is not used
// afterwards: a plain local takes it over without a reference count.
void FunctionEmitter::assignOwned(const Expr *target, const std::string &ref, const sema::Type *from) {
  if (target->kind == Kind::Name && !cTargetType(target)) {
    // A comprehension's variable (not a cell): the reference moves in.
    if (std::string cv = comprehensionVar(as<Name>(target)->id); !cv.empty() && !comprehensionCells.count(cv)) {
      w.line("{} = std::move({});", cv, ref);
      return;
    }
  }
  if (target->kind == Kind::Name && !isModule && !isClass && !cTargetType(target)) {
    std::string_view id = as<Name>(target)->id;
    Binding b = binding(id);
    const sema::Type *t = m.typing.pyType(scope, id);
    if (comprehensionVar(id).empty() && (b == Binding::Local || b == Binding::Enclosing)) {
      // A static type (`cdef Shape s`) is checked, then the reference moves in.
      if (t && !m.staticTypeObject(t).empty() && !staticallyKnown(from, t))
        checkInt(m.staticTypeCheck(t, ref + ".get()"));
      w.line("{} = std::move({});", var(id), ref);
      acquireShadow(id);
      return;
    }
  }
  assign(target, ref + ".get()", from);
}

bool FunctionEmitter::staticallyKnown(const sema::Type *from, const sema::Type *to) {
  return from && (from == to || (from->extension && to->extension && from->extension->isSubtypeOf(to->extension)));
}

void FunctionEmitter::assign(const Expr *target, const std::string &value, const sema::Type *from) {
  if (target->kind == Kind::Name) {
    storeName(as<Name>(target)->id, value, from, target);
    return;
  }
  if (assignCFromObject(target, value))
    return;
  switch (target->kind) {
  case Kind::Attribute: {
    auto *a = as<Attribute>(target);
    if (extensionField(a)) {
      storeObjectField(a, value, from);
      return;
    }
    std::string obj = expr(a->value);
    checkInt(fmt::format("pyxc::setAttr({}, {}, {})", obj, m.constants.str(a->attr), value));
    return;
  }
  case Kind::Subscript: {
    auto *sub = as<Subscript>(target);
    std::string obj = expr(sub->value);
    std::string key = expr(sub->slice);
    checkInt(setItemCall(sub->value, obj, key, value));
    return;
  }
  case Kind::Tuple:
  case Kind::List: {
    auto *seq = as<Sequence>(target);
    size_t n = seq->elts.size();
    size_t star = n;
    for (size_t i = 0; i < n; ++i)
      if (seq->elts[i]->kind == Kind::Starred)
        star = i;
    std::string items = temp("unpacked");
    w.line("PyObject *{}[{}];", items, n ? n : 1);
    if (star == n)
      checkInt(fmt::format("pyxc::unpackSequence({}, {}, {}{})", value, n, items,
                           m.options.cythonSemantics ? ", true" : ""));
    else
      checkInt(fmt::format("pyxc::unpackStarred({}, {}, {}, {})", value, star, n - star - 1, items));
    std::string refs = temp("unpacked_refs");
    w.line("Ref {}[{}];", refs, n ? n : 1);
    w.line("for (int i = 0; i < {}; ++i) {}[i] = own({}[i]);", n, refs, items);
    for (size_t i = 0; i < n; ++i) {
      const Expr *t = seq->elts[i];
      if (t->kind == Kind::Starred)
        t = as<Starred>(t)->value;
      assign(t, fmt::format("{}[{}].get()", refs, i));
    }
    return;
  }
  default:
    internalError(target, "this assignment target");
  }
}

void FunctionEmitter::del(const Expr *target) {
  if (const sema::Type *t = typeOf(target);
      t->kind == sema::TypeKind::Pointer && t->target->kind == sema::TypeKind::CppClass) {
    w.line("delete {};", cexpr(target)); // `del p` of a C++ object made by `new`
    return;
  }
  w.open();
  switch (target->kind) {
  case Kind::Name: {
    std::string_view id = as<Name>(target)->id;
    Binding b = isModule ? Binding::Global : binding(id);
    if (b == Binding::Global) {
      checkInt(fmt::format("pyxc::deleteGlobal(globals, {})", m.constants.str(id)));
    } else if (b == Binding::ClassLocal || b == Binding::ClassFree) {
      checkInt(fmt::format("pyxc::deleteClassName(ns, {})", m.constants.str(id)));
    } else if (b == Binding::Local || b == Binding::Enclosing) {
      if (!boundNames.contains(as<Name>(target)) || !compScopes.empty())
        w.line("if (!{0}) {{ pyxc::raiseUnboundLocal({1}); goto {2}; }}", var(id), m.cString(id),
               targets.back().error);
      w.line("{}.reset();", var(id));
    } else {
      std::string cell = b == Binding::Cell ? var(id) + ".get()" : var(id);
      w.line("if (!PyCell_GET({0})) {{ pyxc::raiseUnboundLocal({1}); goto {2}; }}", cell, m.cString(id),
             targets.back().error);
      checkInt(fmt::format("PyCell_Set({}, nullptr)", cell));
    }
    break;
  }
  case Kind::Attribute: {
    auto *a = as<Attribute>(target);
    if (const ir::ExtensionClass::Field *f = extensionField(a); f && f->attribute->type->isObject()) {
      storeObjectField(a, "Py_None"); // Cython: an object attribute deleted is None
      break;
    }
    std::string obj = expr(a->value);
    checkInt(fmt::format("PyObject_DelAttr({}, {})", obj, m.constants.str(a->attr)));
    break;
  }
  case Kind::Subscript: {
    auto *sub = as<Subscript>(target);
    std::string obj = expr(sub->value);
    std::string key = expr(sub->slice);
    checkInt(fmt::format("PyObject_DelItem({}, {})", obj, key));
    break;
  }
  case Kind::Tuple:
  case Kind::List:
    for (const Expr *e : as<Sequence>(target)->elts)
      del(e);
    break;
  default:
    internalError(target, "this del target");
  }
  w.close();
}

void FunctionEmitter::ifStatement(const If *s) {
  w.open();
  std::string t = truth(s->test);
  w.open(fmt::format("if ({}) {{", t));
  statements(s->body);
  if (!s->orelse.empty()) {
    w.middle("} else {");
    statements(s->orelse);
  }
  w.close();
  w.close();
}

void FunctionEmitter::whileStatement(const While *s) {
  std::string brk = label("while_break"), cont = label("while_continue"), done = label("while_else");
  w.open();
  w.open("for (;;) {");
  {
    w.open();
    std::string t = truth(s->test);
    w.line("if (!{}) goto {};", t, done);
    w.close();
  }
  Targets loop = targets.back();
  loop.breakTo = brk;
  loop.continueTo = cont;
  targets.push_back(loop);
  statements(s->body);
  targets.pop_back();
  w.label(cont);
  w.close();
  w.label(done);
  statements(s->orelse);
  w.label(brk);
  w.close();
}

// Opens `for (;;) {` over `iterable` and fetches the next item into a Ref
// temp (whose name it returns), leaving the loop when the iterator ends.
std::string FunctionEmitter::openForLoop(const std::string &iterable, bool knownList) {
  std::string it = temp("loop");
  if (knownList) {
    w.line("pyxc::ListLoop {}({});", it, iterable);
    w.open("for (;;) {");
    std::string item = temp("item");
    w.line("Ref {} = own({}.next());", item, it);
    w.line("if (!{}) break;", item);
    return item;
  }
  w.line("pyxc::ForLoop {};", it);
  checkInt(fmt::format("{}.start({})", it, iterable));
  w.open("for (;;) {");
  std::string item = temp("item");
  w.line("Ref {} = own({}.next());", item, it);
  w.open(fmt::format("if (!{}) {{", item));
  w.line("if (PyErr_Occurred()) goto {};", targets.back().error);
  w.line("break;");
  w.close();
  return item;
}

void FunctionEmitter::forStatement(const For *s) {
  std::string brk = label("for_break"), cont = label("for_continue");
  w.open();
  std::string item = openForLoop(expr(s->iter), containerOf(s->iter) == sema::Container::List);
  assignOwned(s->target, item);
  loopBody(s->body, s->orelse, brk, cont);
}

// `async for`: each item is the awaited __anext__(); StopAsyncIteration
// from it ends the loop.
void FunctionEmitter::asyncForStatement(const For *s) {
  if (!generator) {
    internalError(s, "'async for' here");
    return;
  }
  std::string brk = label("for_break"), cont = label("for_continue");
  w.open();
  std::string item = openAsyncForLoop(expr(s->iter));
  assignOwned(s->target, item);
  loopBody(s->body, s->orelse, brk, cont);
}

// Opens `for (;;) {` over the asynchronous iterable and awaits the next item
// into a Ref temp (whose name it returns); StopAsyncIteration ends the loop.
std::string FunctionEmitter::openAsyncForLoop(const std::string &iterable, bool isIterator) {
  std::string it = temp("async_iterator");
  if (isIterator)
    w.line("Ref {} = keep({});", it, iterable);
  else
    w.line("Ref {} = own(pyxc::asyncIter({}));", it, iterable);
  check(it);
  w.open("for (;;) {");
  std::string awaitable = temp("anext");
  w.line("Ref {} = own(pyxc::asyncNext({}.get()));", awaitable, it);
  check(awaitable);
  std::string stop = label("async_for_stop"), got = label("async_for_item");
  std::string item = awaitRef(awaitable, stop);
  w.line("goto {};", got);
  w.label(stop);
  w.line("if (!PyErr_ExceptionMatches(PyExc_StopAsyncIteration)) goto {};", targets.back().error);
  w.line("PyErr_Clear();");
  w.line("break;");
  w.label(got);
  return item;
}

// `with nogil:` (checked as Cython checks it) releases the GIL for its body,
// `with gil:` in nogil code takes it back. Every way out of the block (its
// end, an error, return, break, continue) passes through a funnel that
// restores the GIL state first. Errors raised in nogil code take the GIL
// for the moment they are set (pyxc::GilGuard in the runtime).
void FunctionEmitter::nogilBlock(const GilBlock *s) {
  if (m.ir.inactiveGilBlocks.count(s)) { // `with nogil(False):`
    statements(s->body);
    return;
  }
  bool outer = nogil;
  if (s->nogil == outer) { // already so: `with gil:` where the GIL is held
    statements(s->body);
    return;
  }
  nogil = s->nogil;
  const char *kind = s->nogil ? "nogil" : "gil";
  std::string state = temp(s->nogil ? "released" : "gil_state");
  std::string restore = s->nogil ? fmt::format("PyEval_RestoreThread({});", state)
                                 : fmt::format("PyGILState_Release({});", state);
  Targets out = targets.back(), exits = out;
  exits.error = label(fmt::format("{}_error", kind));
  exits.returnTo = label(fmt::format("{}_return", kind));
  if (!out.breakTo.empty()) {
    exits.breakTo = label(fmt::format("{}_break", kind));
    exits.continueTo = label(fmt::format("{}_continue", kind));
  }
  w.open();
  if (s->nogil)
    w.line("PyThreadState *{} = PyEval_SaveThread();", state);
  else
    w.line("PyGILState_STATE {} = PyGILState_Ensure();", state);
  targets.push_back(exits);
  w.open();
  statements(s->body);
  w.close();
  targets.pop_back();
  nogil = outer;
  std::string done = label(fmt::format("{}_done", kind));
  w.line("{}", restore);
  w.line("goto {};", done);
  auto funnel = [&](const std::string &from, const std::string &to) {
    if (from.empty())
      return;
    w.label(from);
    w.line("{}", restore);
    w.line("goto {};", to);
  };
  funnel(exits.error, out.error);
  funnel(exits.error + "_unwind", out.error + "_unwind"); // a re-raise: its traceback is there already
  if (!out.returnTo.empty()) {
    funnel(exits.returnTo, out.returnTo);
  } else if (!isModule && !isClass) { // the function returns from here: its value is set
    w.label(exits.returnTo);
    w.line("{}", restore);
    w.line("{};", finalReturn());
  }
  funnel(exits.breakTo, out.breakTo);
  funnel(exits.continueTo, out.continueTo);
  w.label(done);
  w.close();
}

// The rest of a loop whose header is open: the body (break and continue
// jump to `brk` and `cont`), the continue label, then the else clause.
void FunctionEmitter::loopBody(std::span<Stmt *const> body, std::span<Stmt *const> orelse, const std::string &brk,
                               const std::string &cont) {
  Targets loop = targets.back();
  loop.breakTo = brk;
  loop.continueTo = cont;
  targets.push_back(loop);
  statements(body);
  targets.pop_back();
  w.label(cont);
  w.close();
  statements(orelse);
  w.label(brk);
  w.close();
}

void FunctionEmitter::raiseStatement(const Raise *s) {
  w.open();
  if (!s->exc) {
    w.line("pyxc::reraise();");
    w.line("goto {}_unwind;", targets.back().error);
  } else if (s->legacyValue) {
    // Cython's Python 2 form: raise Type, value[, traceback]
    std::string exc = expr(s->exc);
    std::string value = expr(s->legacyValue);
    std::string tb = s->legacyTraceback ? expr(s->legacyTraceback) : "nullptr";
    w.line("pyxc::raiseLegacy({}, {}, {});", exc, value, tb);
    fail();
  } else {
    std::string exc = expr(s->exc);
    std::string cause = s->cause ? expr(s->cause) : "nullptr";
    w.line("pyxc::raise({}, {});", exc, cause);
    fail();
  }
  w.close();
}

// try/except[/else][/finally]. A finally clause (or a with statement) turns
// every way out of its body (fall-through, exception, return, break,
// continue) into a `why` code, runs the clause, then resumes that way out.
void FunctionEmitter::tryStatement(const Try *s) {
  if (s->kind == Kind::TryStar && s->finalbody.empty()) {
    tryStarStatement(s);
    return;
  }
  if (!s->finalbody.empty()) {
    std::string why = temp("why"), saved = temp("saved");
    std::string fin = label("finally"), finErr = label("finally_error");
    w.open();
    w.line("int {} = 0; // 0: fell through, 1: exception, 2: return, 3: break, 4: continue", why);
    w.line("pyxc::SavedException {};", saved);
    Targets outer = targets.back();
    Targets inner = outer;
    inner.error = finErr;
    exitFunnel(outer, inner);
    targets.push_back(inner);
    w.open();
    if (s->handlers.empty()) {
      statements(s->body);
    } else {
      Try withoutFinally = *s;
      withoutFinally.finalbody = {};
      tryStatement(&withoutFinally);
    }
    w.close();
    targets.pop_back();
    w.line("goto {};", fin);
    emitExitFunnel(outer, inner, why, fin);
    // Without the GIL (a try/finally in a nogil block or function), the
    // exception is saved and restored holding it for that moment.
    const char *withGil = nogil ? "pyxc::GilGuard gil; " : "";
    if (nogil) {
      w.label(finErr);
      w.line("{{ pyxc::GilGuard gil; pyxc::addTraceback(\"{}\", {}, line); }}", m.tracebackName(scope),
             m.sourceNameOf(scope->node));
      w.label(finErr + "_unwind");
    } else {
      errorEntry(finErr);
    }
    w.line("{{ {}{}.save(); }}", withGil, saved);
    w.line("{} = 1;", why);
    w.label(fin);
    w.open();
    statements(s->finalbody);
    w.close();
    w.line("if ({} == 1) {{ {{ {}{}.restore(); }} goto {}_unwind; }}", why, withGil, saved, outer.error);
    resumeExit(outer, why);
    w.close();
    return;
  }

  std::string handler = label("except"), end = label("try_end");
  w.open();
  Targets inner = targets.back();
  inner.error = handler;
  targets.push_back(inner);
  w.open();
  statements(s->body);
  w.close();
  targets.pop_back();
  statements(s->orelse);
  w.line("goto {};", end);
  errorEntry(handler);
  w.open();
  std::string caught = temp("caught");
  w.line("pyxc::CaughtException {};", caught);
  for (const ExceptHandler *h : s->handlers) {
    lineMark(h);
    w.open();
    if (h->type) {
      std::string type = expr(h->type);
      std::string matches = temp("matches");
      w.line("int {} = pyxc::exceptionMatchesValue({}.value(), {});", matches, caught, type);
      checkInt(matches);
      w.open(fmt::format("if ({}) {{", matches));
    } else {
      w.open("{");
    }
    if (!h->name.empty()) {
      // `except E as name:` binds the exception and unbinds it afterwards.
      Name target{};
      target.kind = Kind::Name;
      target.id = h->name;
      target.ctx = Ctx::Store;
      target.range = h->range;
      assign(&target, caught + ".value()");
      Targets body = targets.back();
      std::string cleanup = label("except_cleanup");
      body.error = cleanup;
      targets.push_back(body);
      statements(h->body);
      targets.pop_back();
      w.open();
      del(&target);
      w.close();
      w.line("goto {};", end);
      errorEntry(cleanup);
      discardName(h->name);
      w.line("goto {}_unwind;", targets.back().error);
    } else {
      statements(h->body);
      w.line("goto {};", end);
    }
    w.close();
    w.close();
  }
  w.line("{}.restore();", caught);
  w.line("goto {}_unwind;", targets.back().error);
  w.close();
  w.label(end);
  w.close();
}

// Unbinds an except clause's name, bound or not, without disturbing a
// pending exception.
void FunctionEmitter::discardName(std::string_view name) {
  if (isModule || binding(name) == Binding::Global)
    w.line("pyxc::discardGlobal(globals, {});", m.constants.str(name));
  else if (binding(name) == Binding::ClassLocal || binding(name) == Binding::ClassFree)
    w.line("pyxc::discardGlobal(ns, {});", m.constants.str(name));
  else if (binding(name) == Binding::Cell)
    w.line("PyCell_SET({0}.get(), nullptr);", var(name));
  else if (binding(name) == Binding::Free)
    w.line("PyCell_SET({0}, nullptr);", var(name));
  else
    w.line("{}.reset();", var(name));
}

// try/except* (PEP 654): each clause whose type matches part of what is
// still unhandled runs with that part; what the clauses raise and what no
// clause matched are re-raised together at the end (pyxc::ExceptStar).
// Clauses cannot return, break or continue (sema rejects it), so only
// falling through and raising leave them.
void FunctionEmitter::tryStarStatement(const Try *s) {
  std::string handler = label("except_star"), end = label("try_end");
  w.open();
  Targets inner = targets.back();
  inner.error = handler;
  targets.push_back(inner);
  w.open();
  statements(s->body);
  w.close();
  targets.pop_back();
  statements(s->orelse);
  w.line("goto {};", end);
  errorEntry(handler);
  w.open();
  std::string star = temp("except_star");
  w.line("pyxc::ExceptStar {};", star);
  for (const ExceptHandler *h : s->handlers) {
    lineMark(h);
    std::string next = label("except_star_next"), raised = label("except_star_raised");
    w.open();
    std::string type = expr(h->type);
    std::string matches = temp("matches");
    w.line("int {} = {}.match({});", matches, star, type);
    checkInt(matches);
    w.open(fmt::format("if ({}) {{", matches));
    Targets body = targets.back();
    body.error = raised;
    targets.push_back(body);
    w.open();
    if (!h->name.empty()) {
      Name target{};
      target.kind = Kind::Name;
      target.id = h->name;
      target.ctx = Ctx::Store;
      target.range = h->range;
      assign(&target, star + ".matched()");
    }
    statements(h->body);
    w.close();
    targets.pop_back();
    if (!h->name.empty())
      discardName(h->name);
    w.line("goto {};", next);
    errorEntry(raised);
    if (!h->name.empty())
      discardName(h->name);
    w.line("{}.addRaised();", star);
    w.close();
    w.label(next);
    w.close();
  }
  w.line("if ({}.finish() < 0) goto {}_unwind;", star, targets.back().error);
  w.close();
  w.label(end);
  w.close();
}

void FunctionEmitter::withStatement(const With *s) {
  // Pure-Python mode's GIL blocks: `with cython.nogil:`, `with cython.gil:`;
  // and cython.parallel's `with parallel():` (ir::ParallelBlock).
  if (s->items.size() == 1 && !s->items[0]->optionalVars) {
    const Expr *context = s->items[0]->contextExpr;
    std::string path = cythonPath(context);
    if (m.options.cythonSemantics && context->kind == Kind::Name) // `with nogil, parallel():` in a .pyx
      path = as<Name>(context)->id == "nogil" || as<Name>(context)->id == "gil" ? std::string(as<Name>(context)->id) : path;
    if (path == "nogil" || path == "gil") {
      GilBlock block;
      block.kind = Kind::GilBlock;
      block.range = s->range;
      block.nogil = path == "nogil";
      block.body = s->body;
      nogilBlock(&block);
      return;
    }
    if (context->kind == Kind::Call && cythonPath(as<Call>(context)->func) == "parallel.parallel") {
      if (const ir::ParallelBlock *plan = m.ir.parallelBlock(s))
        parallelBlock(s, *plan);
      else // serially, as in a module built without OpenMP
        statements(s->body);
      return;
    }
  }
  // `with cython.boundscheck(False):` changes directives, nothing at run time.
  if (const sema::Directives *d = m.ir.withDirectives(s)) {
    withDirectives.push_back(*d);
    statements(s->body);
    withDirectives.pop_back();
    return;
  }
  // `with a, b:` is `with a: with b:` (the lowering made the two).
  if (const With *outer = m.ir.nestedWith(s)) {
    withStatement(outer);
    return;
  }
  const WithItem *item = s->items[0];
  bool async = s->kind == Kind::AsyncWith;
  if (async && !generator) {
    internalError(s, "'async with' here");
    return;
  }
  std::string why = temp("why"), exitFn = temp("exit");
  std::string done = label("with_exit"), err = label("with_error"), end = label("with_end");
  w.open();
  w.line("int {} = 0;", why);
  std::string mgr = expr(item->contextExpr);
  w.line("Ref {};", exitFn);
  std::string entered = temp("entered");
  w.line("Ref {} = own(pyxc::enterContext({}, &{}, {}));", entered, mgr, exitFn, async ? "true" : "false");
  check(entered);
  if (async)
    entered = awaitRef(entered);
  Targets outer = targets.back();
  Targets inner = outer;
  inner.error = err;
  exitFunnel(outer, inner);
  targets.push_back(inner);
  w.open();
  if (item->optionalVars)
    assign(item->optionalVars, entered + ".get()");
  statements(s->body);
  w.close();
  targets.pop_back();
  w.line("goto {};", done);
  emitExitFunnel(outer, inner, why, done);
  errorEntry(err);
  w.open();
  std::string caught = temp("caught");
  w.line("pyxc::CaughtException {};", caught);
  std::string suppress = temp("suppress");
  if (async) {
    std::string exitAwaitable = temp("exit_awaitable");
    w.line("Ref {} = own(pyxc::callExit({}.get(), {}.value()));", exitAwaitable, exitFn, caught);
    w.line("if (!{}) goto {};", exitAwaitable, outer.error);
    std::string exitResult = awaitRef(exitAwaitable);
    w.line("int {} = pyxc::isTrue({}.get());", suppress, exitResult);
  } else {
    w.line("int {} = pyxc::exitContextWithException({}.get(), {}.value());", suppress, exitFn, caught);
  }
  w.line("if ({} < 0) goto {};", suppress, outer.error);
  w.line("if ({}) goto {};", suppress, end);
  w.line("{}.restore();", caught);
  w.line("goto {}_unwind;", outer.error);
  w.close();
  w.label(done);
  if (async) {
    w.open();
    std::string exitAwaitable = temp("exit_awaitable");
    w.line("Ref {} = own(pyxc::callExit({}.get(), nullptr));", exitAwaitable, exitFn);
    check(exitAwaitable);
    awaitRef(exitAwaitable);
    w.close();
  } else {
    checkInt(fmt::format("pyxc::exitContext({}.get())", exitFn));
  }
  resumeExit(outer, why);
  w.label(end);
  w.close();
}

// `import cython` and `from cython import ...` are read at compile time,
// as Cython reads them: the compiled module never imports Cython.
static bool isCythonModule(std::string_view dotted) {
  return dotted == "cython" || dotted.substr(0, 7) == "cython.";
}

void FunctionEmitter::importStatement(const Import *s) {
  for (const Alias *a : s->names) {
    if (isModule && isCythonModule(a->name))
      continue;
    w.open();
    std::string module = temp("module");
    w.line("Ref {} = own(pyxc::importName({}, globals, Py_None, 0));", module, m.constants.str(a->name));
    check(module);
    if (a->asname.empty()) {
      capture(a->name.substr(0, a->name.find('.')), module + ".get()");
    } else {
      // `import a.b.c as d` binds the submodule: walk the attributes.
      std::string current = module;
      std::string_view rest = a->name;
      while (rest.find('.') != std::string_view::npos) {
        rest = rest.substr(rest.find('.') + 1);
        std::string part(rest.substr(0, rest.find('.')));
        std::string next = temp("submodule");
        w.line("Ref {} = own(pyxc::importFrom({}.get(), {}));", next, current, m.constants.str(part));
        check(next);
        current = next;
      }
      capture(a->asname, current + ".get()");
    }
    w.close();
  }
}

void FunctionEmitter::importFromStatement(const ImportFrom *s) {
  if (s->level == 0 && isModule && isCythonModule(s->module))
    return; // pure-Python mode's cimports and names of the cython module
  w.open();
  std::vector<std::string> names;
  for (const Alias *a : s->names)
    names.push_back(m.constants.str(a->name));
  std::string fromlist = m.constants.tuple(names);
  std::string module = temp("module");
  w.line("Ref {} = own(pyxc::importName({}, globals, {}, {}));", module, m.constants.str(s->module), fromlist,
         s->level);
  check(module);
  for (const Alias *a : s->names) {
    if (a->name == "*") {
      checkInt(fmt::format("pyxc::importStar({}.get(), {})", module, isClass ? "ns" : "globals"));
      continue;
    }
    std::string value = temp("imported");
    w.line("Ref {} = own(pyxc::importFrom({}.get(), {}));", value, module, m.constants.str(a->name));
    check(value);
    capture(a->asname.empty() ? a->name : a->asname, value + ".get()");
  }
  w.close();
}

std::string docstringOf(std::span<Stmt *const> body) {
  if (body.empty() || body[0]->kind != Kind::ExprStmt)
    return {};
  const Expr *v = as<ExprStmt>(body[0])->value;
  if (v->kind != Kind::Constant || as<Constant>(v)->ck != ConstKind::Str)
    return {};
  return std::string(as<Constant>(v)->value);
}

void FunctionEmitter::functionDef(const FunctionDef *f) {
  if (m.ir.function(f, ir::FunctionKind::CFunction)) {
    // Pure-Python mode: @cython.cfunc / @cython.ccall.
    compiledFunction(f, f->name, f->body);
    return;
  }
  const sema::Scope *inner = m.scopes.scopeOf(f);
  std::string cppName = m.functionName(f, ir::FunctionKind::Def);
  {
    FunctionEmitter body(m, inner, this);
    std::vector<const Stmt *> stmts(f->body.begin(), f->body.end());
    body.emitDef(cppName, stmts, nullptr);
  }
  w.open();
  std::vector<std::string> decorators;
  for (const Expr *d : f->decorators)
    if (!isCythonDecorator(d))
      decorators.push_back(owned(d));
  std::string fn = makeFunction(inner, f->args, docstringOf(f->body), cppName, f->returns);
  const ir::Function *def = m.ir.function(f, ir::FunctionKind::Def);
  if (def->fused)
    bindFusedSpecialisation(*def, fn, decorators);
  else
    decorateAndBind(decorators, fn, f->name);
  w.close();
}

// A specialisation of a fused def (or cpdef) function: added to the
// function's fused function object, which the first one makes and binds
// the name to (the decorators apply to it after the last).
void FunctionEmitter::bindFusedSpecialisation(const ir::Function &f, const std::string &fn,
                                              const std::vector<std::string> &decorators) {
  const sema::FusedGroup &g = *f.fusedGroup;
  bool first = f.fused->index == 0, last = size_t(f.fused->index) + 1 == g.specialisations.size();
  std::string fused = first ? newFusedFunction(g) : temp("fused");
  if (!first)
    w.line("Ref {} = keep({});", fused, loadName(g.name));
  checkInt(fmt::format("pyxc::addFusedSpecialisation({}.get(), {}, {}.get())", fused, m.cString(f.fused->signature),
                       fn));
  if (first || (last && !decorators.empty()))
    decorateAndBind(last ? decorators : std::vector<std::string>(), fused, g.name);
}

// The fused function object of a fused def (pyxc::FusedFunction): per fused
// type, the parameter whose argument decides it and its members, tried as
// Cython tries them (numbers widest first, objects by type, any object last).
std::string FunctionEmitter::newFusedFunction(const sema::FusedGroup &g) {
  std::string arguments;
  for (size_t k = 0; k < g.deciding.size(); ++k) {
    const sema::FusedGroup::Deciding &d = g.deciding[k];
    struct Candidate {
      std::string init;
      int order; // numbers by rank (widest first), then objects and buffers, then `object`
    };
    std::vector<Candidate> candidates;
    for (const std::string &member : d.members) {
      // The parameter's type in a specialisation with this member.
      const sema::Type *t = nullptr;
      for (const sema::FusedSpecialisation &spec : g.specialisations) {
        std::vector<std::string_view> parts;
        for (std::string_view rest = spec.signature;;) {
          size_t bar = rest.find('|');
          parts.push_back(rest.substr(0, bar));
          if (bar == std::string_view::npos)
            break;
          rest.remove_prefix(bar + 1);
        }
        if (k < parts.size() && parts[k] == member) {
          const sema::Scope *copy = m.scopes.scopeOf(spec.function);
          t = m.typing.localType(copy, d.name);
          if (!t)
            t = m.typing.pyType(copy, d.name);
          break;
        }
      }
      std::string name = m.cString(member);
      if (!t || (t->isObject() && m.staticTypeObject(t).empty())) {
        candidates.push_back({fmt::format("{{{}, pyxc::FusedMatch::Object, nullptr, 0, 0}}", name), 1000});
      } else if (t->isObject()) {
        candidates.push_back(
            {fmt::format("{{{}, pyxc::FusedMatch::Instance, {}, 0, 0}}", name, m.staticTypeObject(t)), 500});
      } else if (t->kind == sema::TypeKind::MemoryView) {
        candidates.push_back({fmt::format("{{{0}, pyxc::FusedMatch::Buffer, nullptr, pyxc::bufferKind<{1}>(), "
                                          "sizeof({1})}}",
                                          name, cType(t->target)),
                              500});
      } else {
        const char *match = t->kind == sema::TypeKind::Float     ? "Floating"
                            : t->kind == sema::TypeKind::Complex ? "Complex"
                                                                 : "Integer";
        int rank = t->kind == sema::TypeKind::Complex ? t->target->rank : t->rank;
        candidates.push_back({fmt::format("{{{}, pyxc::FusedMatch::{}, nullptr, 0, 0}}", name, match),
                              -2 * rank - (t->isSigned ? 1 : 0)});
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.order < b.order; });
    std::string list;
    for (const Candidate &c : candidates)
      list += (list.empty() ? "" : ", ") + c.init;
    std::string array = temp("fused_members");
    w.line("const pyxc::FusedCandidate {}[] = {{{}}};", array, list);
    arguments += fmt::format("{}{{{}, {}, {}, {}}}", arguments.empty() ? "" : ", ",
                             d.positional ? std::to_string(d.param) : "-1", m.cString(d.name), array,
                             candidates.size());
  }
  std::string args = temp("fused_arguments"), fused = temp("fused");
  w.line("const pyxc::FusedArgument {}[] = {{{}}};", args, arguments);
  w.line("Ref {} = own(pyxc::newFusedFunction({}, {}));", fused, args, g.deciding.size());
  check(fused);
  return fused;
}

void FunctionEmitter::classDef(const ClassDef *c) {
  const sema::Scope *inner = m.scopes.scopeOf(c);
  std::string cppName = m.functionName(c, ir::FunctionKind::Class);
  {
    FunctionEmitter body(m, inner, this);
    body.emitClassBody(cppName, c, c->body);
  }
  w.open();
  std::vector<std::string> decorators;
  for (const Expr *d : c->decorators)
    if (!isCythonDecorator(d))
      decorators.push_back(owned(d));
  // Bases (with *unpacking) and keywords, as a call's arguments.
  std::string baseList = temp("bases_list");
  w.line("Ref {} = own(PyList_New(0));", baseList);
  check(baseList);
  for (const Expr *b : c->bases) {
    if (b->kind == Kind::Starred)
      checkInt(fmt::format("pyxc::extendStarArgs(nullptr, {}.get(), {})", baseList, expr(as<Starred>(b)->value)));
    else
      checkInt(fmt::format("PyList_Append({}.get(), {})", baseList, expr(b)));
  }
  std::string bases = temp("bases");
  w.line("Ref {} = own(PyList_AsTuple({}.get()));", bases, baseList);
  check(bases);
  std::string kwargs = temp("class_kwargs");
  w.line("Ref {} = own(PyDict_New());", kwargs);
  check(kwargs);
  for (const Keyword *k : c->keywords) {
    std::string v = expr(k->value);
    if (k->arg.empty())
      checkInt(fmt::format("pyxc::mergeKwargs(nullptr, {}.get(), {})", kwargs, v));
    else
      checkInt(fmt::format("PyDict_SetItem({}.get(), {}, {})", kwargs, m.constants.str(k->arg), v));
  }
  std::string name = m.constants.str(c->written.empty() ? c->name : c->written); // __name__: as written
  std::string meta = temp("metaclass"), ns = temp("namespace");
  w.line("PyObject *{}_raw = nullptr;", meta);
  w.line("Ref {} = own(pyxc::prepareClass({}, {}.get(), {}.get(), &{}_raw));", ns, name, bases, kwargs, meta);
  w.line("Ref {0} = own({0}_raw);", meta);
  check(ns);
  checkInt(fmt::format("pyxc::initClassNamespace({}.get(), globals, {})", ns, m.constants.str(inner->qualname)));
  std::string cell = classCell(inner);
  std::string closure = closureTuple(inner);
  w.line("if ({}({}.get(), globals, {}, {}) < 0) goto {}_unwind;", cppName, ns, closure, cell,
         targets.back().error);
  if (inner->needsClassCell)
    checkInt(fmt::format("PyObject_SetItem({}.get(), {}, {})", ns, m.constants.str("__classcell__"), cell));
  std::string cls = temp("cls");
  w.line("Ref {} = own(pyxc::buildClass({}.get(), {}, {}.get(), {}.get(), {}.get()));", cls, meta, name, bases, ns,
         kwargs);
  check(cls);
  decorateAndBind(decorators, cls, c->name);
  w.close();
}

// The __class__ cell a class body fills for methods that use super() or
// __class__ (a PyObject * expression), or "nullptr" when none does.
std::string FunctionEmitter::classCell(const sema::Scope *inner) {
  if (!inner->needsClassCell)
    return "nullptr";
  std::string cell = temp("classcell");
  w.line("Ref {} = own(PyCell_New(nullptr));", cell);
  check(cell);
  return cell + ".get()";
}

// match: the subject is evaluated once; each case tests its pattern
// (binding captures as it goes, as CPython may) and its guard.
void FunctionEmitter::matchStatement(const Match *s) {
  std::string end = label("match_end");
  w.open();
  std::string subject = owned(s->subject);
  for (const MatchCase *c : s->cases) {
    lineMark(c);
    std::string next = label("case_next");
    w.open();
    pattern(c->pattern, subject + ".get()", next);
    if (c->guard) {
      std::string t = truth(c->guard);
      w.line("if (!{}) goto {};", t, next);
    }
    statements(c->body);
    w.line("goto {};", end);
    w.close();
    w.label(next);
  }
  w.label(end);
  w.close();
}

// Decorators apply innermost first; the result is bound to the name.
void FunctionEmitter::decorateAndBind(const std::vector<std::string> &decorators, std::string value,
                                      std::string_view name) {
  for (auto it = decorators.rbegin(); it != decorators.rend(); ++it) {
    std::string decorated = temp("decorated");
    w.line("Ref {} = own(PyObject_CallOneArg({}.get(), {}.get()));", decorated, *it, value);
    check(decorated);
    value = decorated;
  }
  capture(name, value + ".get()");
}

void FunctionEmitter::capture(std::string_view name, const std::string &value) {
  storeName(name, value, nullptr, nullptr);
}

// `name = value` (an object): converted for a C variable, checked for a
// static Python type, else stored where the name lives. `at` is the
// assignment's target, or null for a name an import or a pattern binds.
void FunctionEmitter::storeName(std::string_view id, const std::string &value, const sema::Type *from,
                                const Node *at) {
  if (std::string cv = cVariable(id); !cv.empty()) {
    const sema::Type *t = !isModule && !isClass ? m.typing.localType(scope, id) : nullptr;
    if (!t)
      t = m.typing.symbol(id, scope)->type; // a module's C global (cVariable found it)
    w.line("{} = {};", cv, unbox(value, t, at ? at : scope->node));
    return;
  }
  if (!isModule && !isClass)
    if (const sema::Type *t = m.typing.pyType(scope, id); t && !m.staticTypeObject(t).empty() && !staticallyKnown(from, t))
      checkInt(m.staticTypeCheck(t, value));
  if (std::string cv = comprehensionVar(id); !cv.empty()) {
    if (comprehensionCells.count(cv))
      checkInt(fmt::format("PyCell_Set({}.get(), {})", cv, value));
    else
      w.line("{} = keep({});", cv, value);
    return;
  }
  if (isModule && binding(id) != Binding::Local) {
    checkInt(fmt::format("PyDict_SetItem(globals, {}, {})", m.constants.str(id), value));
    return;
  }
  switch (binding(id)) {
  case Binding::Local:
  case Binding::Enclosing:
    w.line("{} = keep({});", var(id), value);
    acquireShadow(id);
    return;
  case Binding::Cell: checkInt(fmt::format("PyCell_Set({}.get(), {})", var(id), value)); return;
  case Binding::Free: checkInt(fmt::format("PyCell_Set({}, {})", var(id), value)); return;
  case Binding::Global: checkInt(fmt::format("PyDict_SetItem(globals, {}, {})", m.constants.str(id), value)); return;
  case Binding::ClassLocal:
  case Binding::ClassFree: checkInt(fmt::format("PyObject_SetItem(ns, {}, {})", m.constants.str(id), value)); return;
  }
}

void FunctionEmitter::pattern(const Pattern *p, const std::string &subject, const std::string &fail) {
  switch (p->kind) {
  case Kind::MatchValue: {
    std::string value = expr(as<MatchValue>(p)->value);
    std::string eq = temp("equal");
    w.line("int {} = pyxc::compareTruth({}, {}, Py_EQ);", eq, subject, value);
    checkInt(eq);
    w.line("if (!{}) goto {};", eq, fail);
    return;
  }
  case Kind::MatchSingleton: {
    ConstKind v = as<MatchSingleton>(p)->value;
    w.line("if ({} != {}) goto {};", subject, v == ConstKind::None ? "Py_None" : v == ConstKind::True ? "Py_True" : "Py_False",
           fail);
    return;
  }
  case Kind::MatchAs: {
    auto *a = as<MatchAs>(p);
    if (a->pattern)
      pattern(a->pattern, subject, fail);
    if (!a->name.empty())
      capture(a->name, subject);
    return;
  }
  case Kind::MatchOr: {
    auto *o = as<MatchSequence>(p);
    std::string matched = label("or_matched");
    for (size_t i = 0; i < o->patterns.size(); ++i) {
      bool last = i + 1 == o->patterns.size();
      std::string next = last ? fail : label("or_next");
      w.open();
      pattern(o->patterns[i], subject, next);
      w.line("goto {};", matched);
      w.close();
      if (!last)
        w.label(next);
    }
    w.label(matched);
    return;
  }
  case Kind::MatchSequence: {
    auto *seq = as<MatchSequence>(p);
    size_t n = seq->patterns.size(), star = n;
    for (size_t i = 0; i < n; ++i)
      if (seq->patterns[i]->kind == Kind::MatchStar)
        star = i;
    w.open();
    w.line("if (!pyxc::isMatchSequence({})) goto {};", subject, fail);
    std::string len = temp("length");
    w.line("Py_ssize_t {} = PyObject_Length({});", len, subject);
    checkInt(len);
    if (star == n)
      w.line("if ({} != {}) goto {};", len, n, fail);
    else
      w.line("if ({} < {}) goto {};", len, n - 1, fail);
    // As CPython's compiler does: a `*_` takes the other items by index,
    // any other pattern unpacks the subject by iterating it (a deque has
    // no slices), and all-wildcard patterns take no items at all.
    auto isWildcard = [](const Pattern *q) {
      return (q->kind == Kind::MatchAs && !as<MatchAs>(q)->pattern && as<MatchAs>(q)->name.empty()) ||
             (q->kind == Kind::MatchStar && as<MatchStar>(q)->name.empty());
    };
    bool onlyWildcards = std::all_of(seq->patterns.begin(), seq->patterns.end(), isWildcard);
    bool starWildcard = star < n && as<MatchStar>(seq->patterns[star])->name.empty();
    if (!onlyWildcards && !starWildcard) {
      std::string items = temp("unpacked");
      w.line("PyObject *{}[{}];", items, n);
      if (star == n)
        checkInt(fmt::format("pyxc::unpackSequence({}, {}, {})", subject, n, items));
      else
        checkInt(fmt::format("pyxc::unpackStarred({}, {}, {}, {})", subject, star, n - star - 1, items));
      std::string refs = temp("unpacked_refs");
      w.line("Ref {}[{}];", refs, n);
      w.line("for (int i = 0; i < {}; ++i) {}[i] = own({}[i]);", n, refs, items);
      for (size_t i = 0; i < n; ++i) {
        const Pattern *sub = seq->patterns[i];
        std::string item = fmt::format("{}[{}].get()", refs, i);
        if (i == star)
          capture(as<MatchStar>(sub)->name, item);
        else if (!isWildcard(sub))
          pattern(sub, item, fail);
      }
    }
    for (size_t i = 0; i < n && starWildcard && !onlyWildcards; ++i) {
      const Pattern *sub = seq->patterns[i];
      if (i == star || isWildcard(sub))
        continue; // an irrefutable wildcard needs no item
      std::string item = temp("element");
      if (i < star) {
        w.line("Ref {} = own(PySequence_GetItem({}, {}));", item, subject, i);
      } else { // CPython takes the length again for each item after the star
        std::string now = temp("length");
        w.line("Py_ssize_t {} = PyObject_Length({});", now, subject);
        checkInt(now);
        w.line("Ref {} = own(PySequence_GetItem({}, {} - {}));", item, subject, now, n - i);
      }
      check(item);
      pattern(sub, item + ".get()", fail);
    }
    w.close();
    return;
  }
  case Kind::MatchMapping: {
    auto *mp = as<MatchMapping>(p);
    size_t n = mp->keys.size();
    w.open();
    w.line("if (!pyxc::isMatchMapping({})) goto {};", subject, fail);
    std::vector<std::string> keys;
    for (const Expr *k : mp->keys)
      keys.push_back(expr(k));
    std::string keyArray = temp("keys");
    std::string list;
    for (size_t i = 0; i < n; ++i)
      list += (i ? ", " : "") + keys[i];
    w.line("PyObject *{}[] = {{{}}};", keyArray, n ? list : "nullptr");
    if (n) {
      std::string len = temp("length");
      w.line("Py_ssize_t {} = PyObject_Length({});", len, subject);
      checkInt(len);
      w.line("if ({} < {}) goto {};", len, n, fail);
      std::string values = temp("values"), found = temp("found");
      w.line("PyObject *{}[{}];", values, n);
      w.line("int {} = pyxc::matchKeys({}, {}, {}, {});", found, subject, keyArray, n, values);
      checkInt(found);
      w.line("if (!{}) goto {};", found, fail);
      std::string refs = temp("value_refs");
      w.line("Ref {}[{}];", refs, n);
      w.line("for (int i = 0; i < {}; ++i) {}[i] = own({}[i]);", n, refs, values);
      for (size_t i = 0; i < n; ++i)
        pattern(mp->patterns[i], fmt::format("{}[{}].get()", refs, i), fail);
    }
    if (!mp->rest.empty()) {
      std::string rest = temp("rest");
      w.line("Ref {} = own(pyxc::mappingRest({}, {}, {}));", rest, subject, keyArray, n);
      check(rest);
      capture(mp->rest, rest + ".get()");
    }
    w.close();
    return;
  }
  case Kind::MatchClass: {
    auto *mc = as<MatchClass>(p);
    w.open();
    std::string cls = expr(mc->cls);
    size_t np = mc->patterns.size(), nk = mc->kwdAttrs.size();
    std::string names = "nullptr";
    if (nk) {
      std::vector<std::string> items;
      for (std::string_view a : mc->kwdAttrs)
        items.push_back(m.constants.str(a));
      names = m.constants.tuple(items);
    }
    std::string values = temp("attributes"), found = temp("is_instance");
    w.line("PyObject *{}[{}];", values, np + nk ? np + nk : 1);
    w.line("int {} = pyxc::matchClass({}, {}, {}, {}, {});", found, subject, cls, np, names, values);
    checkInt(found);
    w.line("if (!{}) goto {};", found, fail);
    if (np + nk) {
      std::string refs = temp("attribute_refs");
      w.line("Ref {}[{}];", refs, np + nk);
      w.line("for (int i = 0; i < {}; ++i) {}[i] = own({}[i]);", np + nk, refs, values);
      for (size_t i = 0; i < np; ++i)
        pattern(mc->patterns[i], fmt::format("{}[{}].get()", refs, i), fail);
      for (size_t i = 0; i < nk; ++i)
        pattern(mc->kwdPatterns[i], fmt::format("{}[{}].get()", refs, np + i), fail);
    }
    w.close();
    return;
  }
  default:
    internalError(p, "this pattern");
  }
}

} // namespace pyxc::codegen
