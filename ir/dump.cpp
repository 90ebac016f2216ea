// The IR as text: `pyxc --dump=ir FILE` and the golden tests in
// testsuite/ir/. Stable across runs (source lines, never addresses).
#include "ir/ir.h"

#include "frontend/unparse.h"

#include <fmt/format.h>

#include <algorithm>

namespace pyxc::ir {

namespace {

std::string lineOf(const SourceFile &file, const ast::Node *n) {
  return fmt::format("line {}", file.lineCol(n->range.begin).line);
}

std::string argumentList(const ast::Arguments *a, const SourceFile &file) {
  std::string out;
  size_t firstDefault = a->args.size() - a->defaults.size();
  for (size_t i = 0; i < a->args.size(); ++i) {
    out += (i ? ", " : "") + std::string(a->args[i]->arg);
    if (i >= firstDefault)
      out += "=" + unparse(a->defaults[i - firstDefault], file);
  }
  return out;
}

std::string signature(const sema::Type *fn) {
  std::string out = sema::describe(fn->target) + " (";
  for (size_t i = 0; i < fn->params.size(); ++i)
    out += (i ? ", " : "") + sema::describe(fn->params[i].type);
  return out + ")";
}

// Nodes by where they start, the inner of two that start together first.
bool sourceOrder(const ast::Node *a, const ast::Node *b) {
  if (a->range.begin.offset != b->range.begin.offset)
    return a->range.begin.offset < b->range.begin.offset;
  return a->range.end.offset < b->range.end.offset;
}

bool sameRange(const ast::Node *a, const ast::Node *b) { return !sourceOrder(a, b) && !sourceOrder(b, a); }

// Lines about nodes, in the nodes' source order; lines about one place (the
// copies of a fused function's code) in text order.
// A binary operation as source, or an augmented assignment as `x += ...`.
std::string operationText(const ast::Node *n, ast::BinOpKind op, const SourceFile &file) {
  if (n->kind == ast::Kind::AugAssign)
    return fmt::format("{} {}= ...", unparse(ast::as<ast::AugAssign>(n)->target, file), ast::symbolOf(op));
  return unparse(static_cast<const ast::Expr *>(n), file);
}

std::string inSourceOrder(std::vector<std::pair<const ast::Node *, std::string>> &lines) {
  std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
    if (!sameRange(a.first, b.first))
      return sourceOrder(a.first, b.first);
    return a.second < b.second;
  });
  std::string out;
  for (const auto &line : lines)
    out += line.second;
  return out;
}

} // namespace

std::string dump(const Module &m, const SourceFile &file) {
  std::string out = fmt::format("module {}{}\n", m.name, m.importsNumpyArray ? " (calls numpy's import_array)" : "");
  for (const auto &f : m.functions) {
    out += fmt::format("  {} {} '{}'", wordOf(f->kind), f->cName,
                       f->kind == FunctionKind::Module ? m.name : f->scope->qualname);
    if (f->kind != FunctionKind::ExternWrapper)
      out += " " + lineOf(file, f->node);
    if (f->kind == FunctionKind::CFunction)
      out += fmt::format(": {}{}", signature(f->symbol->type), f->canRaise ? "" : ", cannot raise");
    if (f->kind == FunctionKind::ExternWrapper)
      out += fmt::format(": calls {} {}", f->symbol->cname, signature(f->symbol->type));
    if (f->kind == FunctionKind::FunctionObject)
      out += fmt::format(": calls a {} it holds", signature(f->signature));
    if (f->arguments)
      out += fmt::format(" ({})", argumentList(f->arguments, file));
    if (f->fused)
      out += fmt::format(": specialisation {} of {} (fused '{}')", f->fused->index + 1,
                         f->fusedGroup->specialisations.size(), f->fused->signature);
    out += "\n";
  }
  for (const auto &c : m.classes) {
    out += fmt::format("  cdef-class {} '{}' {}: struct {}{}{}{}{}\n", c->typeObject, c->type->name,
                       c->imported ? "imported from " + c->type->module : lineOf(file, c->def),
                       c->objectStruct, c->base ? " : " + c->base->objectStruct : "",
                       c->vtableStruct.empty() ? "" : ", methods " + c->vtableStruct + (c->holdsVtablePointer ? " (holds the pointer)" : ""),
                       c->gc ? ", gc" : "", c->type->final ? ", final" : "");
    for (const ExtensionClass::Field &f : c->fields)
      out += fmt::format("    field {} '{}': {}{}\n", f.cName, f.attribute->name, sema::describe(f.attribute->type),
                         f.attribute->writable ? ", public" : f.attribute->pythonVisible ? ", readonly" : "");
    for (const ExtensionClass::Method &meth : c->methods)
      out += fmt::format("    method {} '{}': {}{}{}{}\n", meth.slot, meth.method->name, signature(meth.method->signature),
                         meth.introduces ? ", new" : ", override", meth.entry ? ", entry " + meth.entry->cName : "",
                         meth.dispatcher.empty() ? "" : ", dispatch " + meth.dispatcher);
  }
  for (const auto &[name, id] : m.globals)
    out += fmt::format("  global {} '{}'\n", id, name);
  for (const auto &[name, id] : m.enumClasses)
    out += fmt::format("  enum-class {} '{}'\n", id, name);
  // Calls of C functions, each argument with its parameter.
  std::vector<std::pair<const ast::Node *, std::string>> calls;
  for (const auto &[c, call] : m.cCalls) {
    LineCol lc = file.lineCol(c->range.begin);
    std::string line = fmt::format("  c-call line {} col {}: {}", lc.line, lc.col, unparse(c->func, file));
    std::string args;
    for (const CCall::Argument &a : call.given) {
      std::string name = a.param >= 0 ? call.signature->params[a.param].name : "...";
      args += (args.empty() ? "" : ", ") + name + "=" + unparse(a.value, file);
    }
    for (size_t i = 0; i < call.defaults.size(); ++i)
      if (call.defaults[i])
        args += (args.empty() ? "" : ", ") + call.signature->params[i].name + "=" + unparse(call.defaults[i], file) +
                " (default)";
    line += "(" + args + ")";
    if (call.specialisation)
      line += " -> " + std::string(call.function->def->name);
    calls.emplace_back(c, line + "\n");
  }
  out += inSourceOrder(calls);
  // Conversions to C types.
  std::vector<std::pair<const ast::Node *, std::string>> conversions;
  for (const auto &[key, c] : m.conversions) {
    const ast::Expr *e = key.first;
    LineCol lc = file.lineCol(e->range.begin);
    conversions.emplace_back(e, fmt::format("  convert line {} col {}: {}: {} -> {}, {}\n", lc.line, lc.col,
                                            unparse(e, file), sema::describe(c.from), sema::describe(c.to),
                                            wordOf(c.kind)));
  }
  out += inSourceOrder(conversions);
  // C arithmetic.
  std::vector<std::pair<const ast::Node *, std::string>> operations;
  for (const auto &[n, op] : m.cOperations) {
    LineCol lc = file.lineCol(n->range.begin);
    std::string what = operationText(n, op.op, file);
    std::string_view errors = op.raises ? errorsOf(op.kind) : "";
    operations.emplace_back(n, fmt::format("  c-op line {} col {}: {}: {} in {} -> {}{}\n", lc.line, lc.col, what,
                                           wordOf(op.kind), sema::describe(op.operand), sema::describe(op.result),
                                           errors.empty() ? "" : fmt::format(" (raises {})", errors)));
  }
  out += inSourceOrder(operations);
  // Operations on objects.
  std::vector<std::pair<const ast::Node *, std::string>> objectOperations;
  for (const auto &[n, op] : m.objectOperations) {
    LineCol lc = file.lineCol(n->range.begin);
    std::string what = operationText(n, op.op, file);
    objectOperations.emplace_back(n, fmt::format("  object-op line {} col {}: {}: {}{}{}\n", lc.line, lc.col, what,
                                                 wordOf(op.kind), op.smallInt.empty() ? "" : " " + std::string(op.smallInt),
                                                 op.inplace ? ", in place" : ""));
  }
  for (const auto &[c, plans] : m.objectComparisons) {
    LineCol lc = file.lineCol(c->range.begin);
    std::string words;
    for (const ObjectOperation &op : plans)
      words += (words.empty() ? "" : ", ") + std::string(wordOf(op.kind)) +
               (op.smallInt.empty() ? "" : " " + std::string(op.smallInt));
    objectOperations.emplace_back(c, fmt::format("  object-compare line {} col {}: {}: {}\n", lc.line, lc.col,
                                                 unparse(c, file), words));
  }
  for (const auto &[c, call] : m.objectCalls) {
    LineCol lc = file.lineCol(c->range.begin);
    std::string detail = !call.builtin.empty()  ? " " + std::string(call.builtin)
                         : !call.method.empty() ? " ." + call.method + (call.characterCode ? ", character codes" : "")
                         : !call.typeName.empty() ? " '" + call.typeName + "'"
                         : call.constructed       ? " " + std::string(call.constructed->type->name)
                                                  : "";
    objectOperations.emplace_back(c, fmt::format("  object-call line {} col {}: {}: {}{}\n", lc.line, lc.col,
                                                 unparse(c->func, file), wordOf(call.kind), detail));
  }
  out += inSourceOrder(objectOperations);
  // Loops over ranges.
  std::vector<std::pair<const ast::Node *, std::string>> loops;
  for (const auto &[f, loop] : m.rangeLoops) {
    const RangeLoop *l = &loop;
    std::string text = fmt::format("  c-loop {}: {} from {} to {} by {}{}{}{}\n", lineOf(file, l->call),
                                   sema::describe(l->index), l->start ? unparse(l->start, file) : "0",
                                   unparse(l->stop, file), l->step ? unparse(l->step, file) : "1",
                                   l->stepSign == 0 ? " (sign tested at run time)" : l->stepSign < 0 ? " (down)" : "",
                                   l->prange ? ", prange" : "", l->withoutGil ? ", without the GIL" : "");
    if (const ParallelLoop *p = l->parallel ? &*l->parallel : nullptr) {
      std::string clauses = "lastprivate";
      for (const std::string &name : p->lastPrivate)
        clauses += " " + name;
      for (const auto &[name, op] : p->reductions)
        clauses += fmt::format(", reduction {} {}", ast::symbolOf(op), name);
      if (!p->schedule.empty())
        clauses += ", schedule " + p->schedule + (p->chunksize ? " " + unparse(p->chunksize, file) : "");
      if (p->numThreads)
        clauses += ", num_threads " + unparse(p->numThreads, file);
      text += fmt::format("    parallel (OpenMP): {}{}{}{}\n", clauses, p->inBlock ? ", in its parallel block" : "",
                          p->mayRaise ? ", may raise" : "", p->bodyWithGil ? ", each iteration takes the GIL" : "");
    }
    loops.emplace_back(l->call, text);
  }
  out += inSourceOrder(loops);
  // parallel() blocks that run in parallel, in source order.
  std::vector<std::pair<const ast::With *, const ParallelBlock *>> blocks;
  for (const auto &[w, b] : m.parallelBlocks)
    blocks.emplace_back(w, &b);
  std::sort(blocks.begin(), blocks.end(), [](const auto &a, const auto &b) { return sourceOrder(a.first, b.first); });
  for (const auto &[w, b] : blocks) {
    std::string privates;
    for (const std::string &name : b->privates)
      privates += " " + name;
    out += fmt::format("  parallel-block {} (OpenMP): private{}{}{}{}\n", lineOf(file, w),
                       privates.empty() ? " (none)" : privates,
                       b->numThreads ? ", num_threads " + unparse(b->numThreads, file) : "",
                       b->mayRaise ? ", may raise" : "", b->bodyWithGil ? ", each thread takes the GIL" : "");
  }
  return out;
}

} // namespace pyxc::ir
