#include "frontend/ast_clone.h"

#include <vector>

namespace pyxc::ast {

namespace {

class Cloner {
public:
  Cloner(Arena &arena, const CloneHook &hook) : arena_(arena), hook_(hook) {}

  Node *node(const Node *n) {
    if (!n)
      return nullptr;
    if (hook_)
      if (Node *replacement = hook_(n))
        return replacement;
    return copy(n);
  }

private:
  Arena &arena_;
  const CloneHook &hook_;

  template <class T> T *child(T *n) { return static_cast<T *>(node(n)); }
  template <class T> List<T> list(List<T> items) {
    std::vector<T *> copies;
    copies.reserve(items.size());
    for (T *item : items) {
      T *copy = child(item); // (null entries, such as a dict's `**` keys, stay null)
      if (copy && copy->kind == Kind::Module && item->kind != Kind::Module)
        for (Node *s : static_cast<Module *>(static_cast<Node *>(copy))->body)
          copies.push_back(static_cast<T *>(s));
      else
        copies.push_back(copy);
    }
    return arena_.copy(copies);
  }
  template <class T> std::span<T> values(std::span<T> items) {
    return arena_.copy(std::vector<T>(items.begin(), items.end()));
  }
  // A shallow copy of the struct `T` of `n`, its children filled by `fill`.
  template <class T, class F> Node *make(const Node *n, F &&fill) {
    T *c = arena_.make<T>(*static_cast<const T *>(n));
    fill(c);
    return c;
  }

  Node *copy(const Node *n);
};

Node *Cloner::copy(const Node *n) {
  switch (n->kind) {
  case Kind::Module: return make<Module>(n, [&](Module *c) { c->body = list(c->body); });
  case Kind::FunctionDef:
  case Kind::AsyncFunctionDef:
    return make<FunctionDef>(n, [&](FunctionDef *c) {
      c->args = child(c->args);
      c->body = list(c->body);
      c->decorators = list(c->decorators);
      c->returns = child(c->returns);
    });
  case Kind::ClassDef:
    return make<ClassDef>(n, [&](ClassDef *c) {
      c->bases = list(c->bases);
      c->keywords = list(c->keywords);
      c->body = list(c->body);
      c->decorators = list(c->decorators);
    });
  case Kind::Return: return make<Return>(n, [&](Return *c) { c->value = child(c->value); });
  case Kind::Delete: return make<Delete>(n, [&](Delete *c) { c->targets = list(c->targets); });
  case Kind::Assign:
    return make<Assign>(n, [&](Assign *c) {
      c->targets = list(c->targets);
      c->value = child(c->value);
    });
  case Kind::AugAssign:
    return make<AugAssign>(n, [&](AugAssign *c) {
      c->target = child(c->target);
      c->value = child(c->value);
    });
  case Kind::AnnAssign:
    return make<AnnAssign>(n, [&](AnnAssign *c) {
      c->target = child(c->target);
      c->annotation = child(c->annotation);
      c->value = child(c->value);
    });
  case Kind::For:
  case Kind::AsyncFor:
    return make<For>(n, [&](For *c) {
      c->target = child(c->target);
      c->iter = child(c->iter);
      c->body = list(c->body);
      c->orelse = list(c->orelse);
    });
  case Kind::While:
    return make<While>(n, [&](While *c) {
      c->test = child(c->test);
      c->body = list(c->body);
      c->orelse = list(c->orelse);
    });
  case Kind::If:
    return make<If>(n, [&](If *c) {
      c->test = child(c->test);
      c->body = list(c->body);
      c->orelse = list(c->orelse);
    });
  case Kind::With:
  case Kind::AsyncWith:
    return make<With>(n, [&](With *c) {
      c->items = list(c->items);
      c->body = list(c->body);
    });
  case Kind::Match:
    return make<Match>(n, [&](Match *c) {
      c->subject = child(c->subject);
      c->cases = list(c->cases);
    });
  case Kind::Raise:
    return make<Raise>(n, [&](Raise *c) {
      c->exc = child(c->exc);
      c->cause = child(c->cause);
      c->legacyValue = child(c->legacyValue);
      c->legacyTraceback = child(c->legacyTraceback);
    });
  case Kind::Try:
  case Kind::TryStar:
    return make<Try>(n, [&](Try *c) {
      c->body = list(c->body);
      c->handlers = list(c->handlers);
      c->orelse = list(c->orelse);
      c->finalbody = list(c->finalbody);
    });
  case Kind::Assert:
    return make<Assert>(n, [&](Assert *c) {
      c->test = child(c->test);
      c->msg = child(c->msg);
    });
  case Kind::Import: return make<Import>(n, [&](Import *c) { c->names = list(c->names); });
  case Kind::ImportFrom: return make<ImportFrom>(n, [&](ImportFrom *c) { c->names = list(c->names); });
  case Kind::Global:
  case Kind::Nonlocal: return make<Global>(n, [&](Global *c) { c->names = values(c->names); });
  case Kind::ExprStmt: return make<ExprStmt>(n, [&](ExprStmt *c) { c->value = child(c->value); });
  case Kind::Pass:
  case Kind::Break:
  case Kind::Continue: return make<Node>(n, [](Node *) {});
  case Kind::BoolOp: return make<BoolOp>(n, [&](BoolOp *c) { c->values = list(c->values); });
  case Kind::NamedExpr:
    return make<NamedExpr>(n, [&](NamedExpr *c) {
      c->target = child(c->target);
      c->value = child(c->value);
    });
  case Kind::BinOp:
    return make<BinOp>(n, [&](BinOp *c) {
      c->left = child(c->left);
      c->right = child(c->right);
    });
  case Kind::UnaryOp: return make<UnaryOp>(n, [&](UnaryOp *c) { c->operand = child(c->operand); });
  case Kind::Lambda:
    return make<Lambda>(n, [&](Lambda *c) {
      c->args = child(c->args);
      c->body = child(c->body);
    });
  case Kind::IfExp:
    return make<IfExp>(n, [&](IfExp *c) {
      c->test = child(c->test);
      c->body = child(c->body);
      c->orelse = child(c->orelse);
    });
  case Kind::Dict:
    return make<Dict>(n, [&](Dict *c) {
      c->keys = list(c->keys);
      c->values = list(c->values);
    });
  case Kind::Set: return make<Set>(n, [&](Set *c) { c->elts = list(c->elts); });
  case Kind::ListComp:
  case Kind::SetComp:
  case Kind::DictComp:
  case Kind::GeneratorExp:
    return make<Comp>(n, [&](Comp *c) {
      c->elt = child(c->elt);
      c->value = child(c->value);
      c->generators = list(c->generators);
    });
  case Kind::Await: return make<Await>(n, [&](Await *c) { c->value = child(c->value); });
  case Kind::Yield:
  case Kind::YieldFrom: return make<Yield>(n, [&](Yield *c) { c->value = child(c->value); });
  case Kind::Compare:
    return make<Compare>(n, [&](Compare *c) {
      c->left = child(c->left);
      c->ops = values(c->ops);
      c->comparators = list(c->comparators);
    });
  case Kind::Call:
    return make<Call>(n, [&](Call *c) {
      c->func = child(c->func);
      c->args = list(c->args);
      c->keywords = list(c->keywords);
    });
  case Kind::FormattedValue:
    return make<FormattedValue>(n, [&](FormattedValue *c) {
      c->value = child(c->value);
      c->formatSpec = child(c->formatSpec);
    });
  case Kind::JoinedStr: return make<JoinedStr>(n, [&](JoinedStr *c) { c->values = list(c->values); });
  case Kind::Constant: return make<Constant>(n, [](Constant *) {});
  case Kind::Attribute: return make<Attribute>(n, [&](Attribute *c) { c->value = child(c->value); });
  case Kind::Subscript:
    return make<Subscript>(n, [&](Subscript *c) {
      c->value = child(c->value);
      c->slice = child(c->slice);
    });
  case Kind::Starred: return make<Starred>(n, [&](Starred *c) { c->value = child(c->value); });
  case Kind::Name: return make<Name>(n, [](Name *) {});
  case Kind::List:
  case Kind::Tuple: return make<Sequence>(n, [&](Sequence *c) { c->elts = list(c->elts); });
  case Kind::Slice:
    return make<Slice>(n, [&](Slice *c) {
      c->lower = child(c->lower);
      c->upper = child(c->upper);
      c->step = child(c->step);
    });
  case Kind::Comprehension:
    return make<Comprehension>(n, [&](Comprehension *c) {
      c->target = child(c->target);
      c->iter = child(c->iter);
      c->ifs = list(c->ifs);
    });
  case Kind::ExceptHandler:
    return make<ExceptHandler>(n, [&](ExceptHandler *c) {
      c->type = child(c->type);
      c->body = list(c->body);
      c->legacyTarget = child(c->legacyTarget);
    });
  case Kind::Arguments:
    return make<Arguments>(n, [&](Arguments *c) {
      c->posonlyargs = list(c->posonlyargs);
      c->args = list(c->args);
      c->vararg = child(c->vararg);
      c->kwonlyargs = list(c->kwonlyargs);
      c->kwDefaults = list(c->kwDefaults);
      c->kwarg = child(c->kwarg);
      c->defaults = list(c->defaults);
    });
  case Kind::Arg:
    return make<Arg>(n, [&](Arg *c) {
      c->annotation = child(c->annotation);
      c->ctype = child(c->ctype);
    });
  case Kind::Keyword: return make<Keyword>(n, [&](Keyword *c) { c->value = child(c->value); });
  case Kind::Alias: return make<Alias>(n, [](Alias *) {});
  case Kind::WithItem:
    return make<WithItem>(n, [&](WithItem *c) {
      c->contextExpr = child(c->contextExpr);
      c->optionalVars = child(c->optionalVars);
    });
  case Kind::MatchCase:
    return make<MatchCase>(n, [&](MatchCase *c) {
      c->pattern = child(c->pattern);
      c->guard = child(c->guard);
      c->body = list(c->body);
    });
  case Kind::MatchValue: return make<MatchValue>(n, [&](MatchValue *c) { c->value = child(c->value); });
  case Kind::MatchSingleton: return make<MatchSingleton>(n, [](MatchSingleton *) {});
  case Kind::MatchSequence:
  case Kind::MatchOr: return make<MatchSequence>(n, [&](MatchSequence *c) { c->patterns = list(c->patterns); });
  case Kind::MatchMapping:
    return make<MatchMapping>(n, [&](MatchMapping *c) {
      c->keys = list(c->keys);
      c->patterns = list(c->patterns);
    });
  case Kind::MatchClass:
    return make<MatchClass>(n, [&](MatchClass *c) {
      c->cls = child(c->cls);
      c->patterns = list(c->patterns);
      c->kwdAttrs = values(c->kwdAttrs);
      c->kwdPatterns = list(c->kwdPatterns);
    });
  case Kind::MatchStar: return make<MatchStar>(n, [](MatchStar *) {});
  case Kind::MatchAs: return make<MatchAs>(n, [&](MatchAs *c) { c->pattern = child(c->pattern); });
  // --- Cython ---
  case Kind::CVarDecl: return make<CVarDecl>(n, [&](CVarDecl *c) { c->declarators = list(c->declarators); });
  case Kind::CDeclarator:
    return make<CDeclarator>(n, [&](CDeclarator *c) {
      c->type = child(c->type);
      c->value = child(c->value);
    });
  case Kind::CFunctionDef:
    return make<CFunctionDef>(n, [&](CFunctionDef *c) {
      c->type = child(c->type);
      c->body = list(c->body);
      c->decorators = list(c->decorators);
      c->templateParams = list(c->templateParams);
    });
  case Kind::CClassDef:
    return make<CClassDef>(n, [&](CClassDef *c) {
      c->bases = list(c->bases);
      c->keywords = list(c->keywords);
      c->body = list(c->body);
      c->decorators = list(c->decorators);
    });
  case Kind::CStructDef: return make<CStructDef>(n, [&](CStructDef *c) { c->fields = list(c->fields); });
  case Kind::CEnumItem: return make<CEnumItem>(n, [&](CEnumItem *c) { c->value = child(c->value); });
  case Kind::CEnumDef:
    return make<CEnumDef>(n, [&](CEnumDef *c) {
      c->underlying = child(c->underlying);
      c->items = list(c->items);
    });
  case Kind::CTypedef: return make<CTypedef>(n, [&](CTypedef *c) { c->type = child(c->type); });
  case Kind::CFusedDef: return make<CFusedDef>(n, [&](CFusedDef *c) { c->types = list(c->types); });
  case Kind::CppClassDef:
    return make<CppClassDef>(n, [&](CppClassDef *c) {
      c->templateParams = list(c->templateParams);
      c->bases = list(c->bases);
      c->body = list(c->body);
    });
  case Kind::CExternBlock: return make<CExternBlock>(n, [&](CExternBlock *c) { c->body = list(c->body); });
  case Kind::CImport: return make<CImport>(n, [&](CImport *c) { c->names = list(c->names); });
  case Kind::FromCImport: return make<FromCImport>(n, [&](FromCImport *c) { c->names = list(c->names); });
  case Kind::Include: return make<Include>(n, [](Include *) {});
  case Kind::CompileTimeDef: return make<CompileTimeDef>(n, [&](CompileTimeDef *c) { c->value = child(c->value); });
  case Kind::CompileTimeIf:
    return make<CompileTimeIf>(n, [&](CompileTimeIf *c) {
      c->test = child(c->test);
      c->body = list(c->body);
      c->orelse = list(c->orelse);
    });
  case Kind::ForFrom:
    return make<ForFrom>(n, [&](ForFrom *c) {
      c->target = child(c->target);
      c->lower = child(c->lower);
      c->upper = child(c->upper);
      c->step = child(c->step);
      c->body = list(c->body);
      c->orelse = list(c->orelse);
    });
  case Kind::GilBlock:
    return make<GilBlock>(n, [&](GilBlock *c) {
      c->condition = child(c->condition);
      c->body = list(c->body);
    });
  case Kind::CPropertyDef: return make<CPropertyDef>(n, [&](CPropertyDef *c) { c->body = list(c->body); });
  case Kind::CDeclBlock: return make<CDeclBlock>(n, [&](CDeclBlock *c) { c->body = list(c->body); });
  case Kind::Cast:
    return make<Cast>(n, [&](Cast *c) {
      c->type = child(c->type);
      c->operand = child(c->operand);
    });
  case Kind::AddressOf: return make<AddressOf>(n, [&](AddressOf *c) { c->operand = child(c->operand); });
  case Kind::SizeOf: return make<SizeOf>(n, [&](SizeOf *c) { c->operand = child(c->operand); });
  case Kind::New:
    return make<New>(n, [&](New *c) {
      c->type = child(c->type);
      c->args = list(c->args);
      c->keywords = list(c->keywords);
    });
  case Kind::TypeExpr: return make<TypeExpr>(n, [&](TypeExpr *c) { c->type = child(c->type); });
  case Kind::CTypeName: return make<CTypeName>(n, [&](CTypeName *c) { c->scope = child(c->scope); });
  case Kind::CTypePointer:
  case Kind::CTypeReference:
  case Kind::CTypeConst: return make<CTypeWrap>(n, [&](CTypeWrap *c) { c->base = child(c->base); });
  case Kind::CTypeArray:
    return make<CTypeArray>(n, [&](CTypeArray *c) {
      c->base = child(c->base);
      c->size = child(c->size);
    });
  case Kind::CTypeFunction:
    return make<CTypeFunction>(n, [&](CTypeFunction *c) {
      c->returns = child(c->returns);
      c->args = list(c->args);
      c->except.value = child(c->except.value);
    });
  case Kind::CTypeTemplate:
    return make<CTypeTemplate>(n, [&](CTypeTemplate *c) {
      c->base = child(c->base);
      c->args = list(c->args);
    });
  case Kind::CTypeMemoryView:
    return make<CTypeMemoryView>(n, [&](CTypeMemoryView *c) {
      c->base = child(c->base);
      c->dims = list(c->dims);
    });
  case Kind::CTypeBuffer:
    return make<CTypeBuffer>(n, [&](CTypeBuffer *c) {
      c->base = child(c->base);
      c->args = list(c->args);
      c->keywords = list(c->keywords);
    });
  case Kind::CArg:
    return make<CArg>(n, [&](CArg *c) {
      c->type = child(c->type);
      c->annotation = child(c->annotation);
      c->defaultValue = child(c->defaultValue);
    });
  }
  return nullptr;
}

} // namespace

Node *cloneTree(const Node *n, Arena &arena, const CloneHook &hook) { return Cloner(arena, hook).node(n); }

} // namespace pyxc::ast
