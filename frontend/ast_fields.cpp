#include "frontend/ast_fields.h"

#include "frontend/literals.h"

namespace pyxc::ast {

const char *kindName(Kind k) {
  switch (k) {
#define K(N)                                                                                                           \
  case Kind::N: return #N;
    K(Module)
    K(FunctionDef) K(AsyncFunctionDef) K(ClassDef) K(Return) K(Delete) K(Assign) K(AugAssign) K(AnnAssign) K(For)
        K(AsyncFor) K(While) K(If) K(With) K(AsyncWith) K(Match) K(Raise) K(Try) K(TryStar) K(Assert) K(Import)
            K(ImportFrom) K(Global) K(Nonlocal) K(Pass) K(Break) K(Continue) K(BoolOp) K(NamedExpr) K(BinOp) K(UnaryOp)
                K(Lambda) K(IfExp) K(Dict) K(Set) K(ListComp) K(SetComp) K(DictComp) K(GeneratorExp) K(Await) K(Yield)
                    K(YieldFrom) K(Compare) K(Call) K(FormattedValue) K(JoinedStr) K(Constant) K(Attribute) K(Subscript)
                        K(Starred) K(Name) K(List) K(Tuple) K(Slice) K(ExceptHandler) K(MatchValue) K(MatchSingleton)
                            K(MatchSequence) K(MatchMapping) K(MatchClass) K(MatchStar) K(MatchAs) K(MatchOr)
                                K(CVarDecl) K(CFunctionDef) K(CClassDef) K(CStructDef) K(CEnumDef) K(CTypedef)
                                    K(CFusedDef) K(CppClassDef) K(CExternBlock) K(CImport) K(FromCImport) K(Include)
                                        K(CompileTimeDef) K(CompileTimeIf) K(ForFrom) K(GilBlock) K(CPropertyDef)
                                            K(CDeclBlock) K(Cast) K(AddressOf) K(SizeOf) K(New) K(TypeExpr)
                                                K(CTypeName) K(CTypePointer) K(CTypeReference) K(CTypeConst)
                                                    K(CTypeArray) K(CTypeFunction) K(CTypeTemplate) K(CTypeMemoryView)
                                                        K(CTypeBuffer) K(CArg) K(CDeclarator) K(CEnumItem)
#undef K
        // CPython spells these differently from pyxc's struct names.
        case Kind::ExprStmt : return "Expr";
  case Kind::Comprehension: return "comprehension";
  case Kind::Arguments: return "arguments";
  case Kind::Arg: return "arg";
  case Kind::Keyword: return "keyword";
  case Kind::Alias: return "alias";
  case Kind::WithItem: return "withitem";
  case Kind::MatchCase: return "match_case";
  }
  return "?";
}

static const char *opName(BinOpKind op) {
  switch (op) {
#define BINARY_OPERATOR(Name, Symbol, Precedence, AugmentedToken)                                                     \
  case BinOpKind::Name: return #Name;
#include "frontend/operators.def"
#undef BINARY_OPERATOR
  }
  return "?";
}

static const char *opName(CmpOpKind op) {
  switch (op) {
#define COMPARISON_OPERATOR(Name, Symbol, RichCompare)                                                                \
  case CmpOpKind::Name: return #Name;
#include "frontend/operators.def"
#undef COMPARISON_OPERATOR
  }
  return "?";
}

std::string_view symbolOf(BinOpKind op) {
  switch (op) {
#define BINARY_OPERATOR(Name, Symbol, Precedence, AugmentedToken)                                                     \
  case BinOpKind::Name: return Symbol;
#include "frontend/operators.def"
#undef BINARY_OPERATOR
  }
  return "?";
}

std::string_view symbolOf(CmpOpKind op) {
  switch (op) {
#define COMPARISON_OPERATOR(Name, Symbol, RichCompare)                                                                \
  case CmpOpKind::Name: return Symbol;
#include "frontend/operators.def"
#undef COMPARISON_OPERATOR
  }
  return "?";
}

static const char *ctxName(Ctx c) { return c == Ctx::Load ? "Load" : c == Ctx::Store ? "Store" : "Del"; }

static const char *visibilityName(Visibility v) {
  switch (v) {
  case Visibility::Private: return "private";
  case Visibility::Public: return "public";
  case Visibility::Readonly: return "readonly";
  case Visibility::Extern: return "extern";
  }
  return "";
}

static std::string constantRepr(const Constant *c) {
  switch (c->ck) {
  case ConstKind::None: return "None";
  case ConstKind::True: return "True";
  case ConstKind::False: return "False";
  case ConstKind::Ellipsis: return "Ellipsis";
  case ConstKind::Int: return std::string(c->value);
  case ConstKind::Float: return literals::reprFloat(c->number);
  case ConstKind::Complex: return literals::reprImaginary(c->number);
  case ConstKind::Str: return literals::reprStr(c->value);
  case ConstKind::Bytes: return literals::reprBytes(c->value);
  case ConstKind::Char: return "c" + literals::reprBytes(c->value).substr(1);
  }
  return "";
}

template <class T> static std::span<Node *const> nodes(std::span<T *> s) {
  return {reinterpret_cast<Node *const *>(s.data()), s.size()};
}

static void visitExcept(const ExceptSpec &e, FieldVisitor &v) {
  static const char *names[] = {"", "noexcept", "value", "maybe-value", "star", "c++"};
  if (e.kind != ExceptKind::Default)
    v.value("except", names[int(e.kind)]);
  v.child("except_value", e.value, true);
}

void visitFields(const Node *n, FieldVisitor &v) {
  switch (n->kind) {
  case Kind::Module:
    v.children("body", nodes(as<Module>(n)->body));
    v.children("type_ignores", {});
    return;
  case Kind::FunctionDef:
  case Kind::AsyncFunctionDef: {
    auto *f = as<FunctionDef>(n);
    v.identifier("name", f->name, false);
    v.child("args", f->args, false);
    v.children("body", nodes(f->body));
    v.children("decorator_list", nodes(f->decorators));
    v.child("returns", f->returns, true);
    return;
  }
  case Kind::ClassDef: {
    auto *c = as<ClassDef>(n);
    v.identifier("name", c->name, false);
    v.children("bases", nodes(c->bases));
    v.children("keywords", nodes(c->keywords));
    v.children("body", nodes(c->body));
    v.children("decorator_list", nodes(c->decorators));
    return;
  }
  case Kind::Return: v.child("value", as<Return>(n)->value, true); return;
  case Kind::Delete: v.children("targets", nodes(as<Delete>(n)->targets)); return;
  case Kind::Assign:
    v.children("targets", nodes(as<Assign>(n)->targets));
    v.child("value", as<Assign>(n)->value, false);
    return;
  case Kind::AugAssign:
    v.child("target", as<AugAssign>(n)->target, false);
    v.tag("op", opName(as<AugAssign>(n)->op));
    v.child("value", as<AugAssign>(n)->value, false);
    return;
  case Kind::AnnAssign: {
    auto *a = as<AnnAssign>(n);
    v.child("target", a->target, false);
    v.child("annotation", a->annotation, false);
    v.child("value", a->value, true);
    v.value("simple", a->simple ? "1" : "0");
    return;
  }
  case Kind::For:
  case Kind::AsyncFor: {
    auto *f = as<For>(n);
    v.child("target", f->target, false);
    v.child("iter", f->iter, false);
    v.children("body", nodes(f->body));
    v.children("orelse", nodes(f->orelse));
    return;
  }
  case Kind::While:
    v.child("test", as<While>(n)->test, false);
    v.children("body", nodes(as<While>(n)->body));
    v.children("orelse", nodes(as<While>(n)->orelse));
    return;
  case Kind::If:
    v.child("test", as<If>(n)->test, false);
    v.children("body", nodes(as<If>(n)->body));
    v.children("orelse", nodes(as<If>(n)->orelse));
    return;
  case Kind::With:
  case Kind::AsyncWith:
    v.children("items", nodes(as<With>(n)->items));
    v.children("body", nodes(as<With>(n)->body));
    return;
  case Kind::Match:
    v.child("subject", as<Match>(n)->subject, false);
    v.children("cases", nodes(as<Match>(n)->cases));
    return;
  case Kind::Raise:
    v.child("exc", as<Raise>(n)->exc, true);
    v.child("cause", as<Raise>(n)->cause, true);
    v.child("legacy_value", as<Raise>(n)->legacyValue, true);
    v.child("legacy_traceback", as<Raise>(n)->legacyTraceback, true);
    return;
  case Kind::Try:
  case Kind::TryStar: {
    auto *t = as<Try>(n);
    v.children("body", nodes(t->body));
    v.children("handlers", nodes(t->handlers));
    v.children("orelse", nodes(t->orelse));
    v.children("finalbody", nodes(t->finalbody));
    return;
  }
  case Kind::Assert:
    v.child("test", as<Assert>(n)->test, false);
    v.child("msg", as<Assert>(n)->msg, true);
    return;
  case Kind::Import: v.children("names", nodes(as<Import>(n)->names)); return;
  case Kind::ImportFrom:
    v.identifier("module", as<ImportFrom>(n)->module, true);
    v.children("names", nodes(as<ImportFrom>(n)->names));
    v.value("level", std::to_string(as<ImportFrom>(n)->level));
    return;
  case Kind::Global:
  case Kind::Nonlocal: v.identifiers("names", as<Global>(n)->names); return;
  case Kind::ExprStmt: v.child("value", as<ExprStmt>(n)->value, false); return;
  case Kind::Pass:
  case Kind::Break:
  case Kind::Continue: return;
  case Kind::BoolOp:
    v.tag("op", as<BoolOp>(n)->op == BoolOpKind::And ? "And" : "Or");
    v.children("values", nodes(as<BoolOp>(n)->values));
    return;
  case Kind::NamedExpr:
    v.child("target", as<NamedExpr>(n)->target, false);
    v.child("value", as<NamedExpr>(n)->value, false);
    return;
  case Kind::BinOp:
    v.child("left", as<BinOp>(n)->left, false);
    v.tag("op", opName(as<BinOp>(n)->op));
    v.child("right", as<BinOp>(n)->right, false);
    return;
  case Kind::UnaryOp: {
    static const char *names[] = {"Invert", "Not", "UAdd", "USub"};
    v.tag("op", names[int(as<UnaryOp>(n)->op)]);
    v.child("operand", as<UnaryOp>(n)->operand, false);
    return;
  }
  case Kind::Lambda:
    v.child("args", as<Lambda>(n)->args, false);
    v.child("body", as<Lambda>(n)->body, false);
    return;
  case Kind::IfExp:
    v.child("test", as<IfExp>(n)->test, false);
    v.child("body", as<IfExp>(n)->body, false);
    v.child("orelse", as<IfExp>(n)->orelse, false);
    return;
  case Kind::Dict:
    v.children("keys", nodes(as<Dict>(n)->keys));
    v.children("values", nodes(as<Dict>(n)->values));
    return;
  case Kind::Set: v.children("elts", nodes(as<Set>(n)->elts)); return;
  case Kind::ListComp:
  case Kind::SetComp:
  case Kind::GeneratorExp:
    v.child("elt", as<Comp>(n)->elt, false);
    v.children("generators", nodes(as<Comp>(n)->generators));
    return;
  case Kind::DictComp:
    v.child("key", as<Comp>(n)->elt, false);
    v.child("value", as<Comp>(n)->value, false);
    v.children("generators", nodes(as<Comp>(n)->generators));
    return;
  case Kind::Await: v.child("value", as<Await>(n)->value, false); return;
  case Kind::Yield: v.child("value", as<Yield>(n)->value, true); return;
  case Kind::YieldFrom: v.child("value", as<Yield>(n)->value, false); return;
  case Kind::Compare: {
    auto *c = as<Compare>(n);
    v.child("left", c->left, false);
    std::string ops = "[";
    for (size_t i = 0; i < c->ops.size(); ++i)
      ops += std::string(i ? ", " : "") + opName(c->ops[i]) + "()";
    v.value("ops", ops + "]");
    v.children("comparators", nodes(c->comparators));
    return;
  }
  case Kind::Call:
    v.child("func", as<Call>(n)->func, false);
    v.children("args", nodes(as<Call>(n)->args));
    v.children("keywords", nodes(as<Call>(n)->keywords));
    return;
  case Kind::FormattedValue:
    v.child("value", as<FormattedValue>(n)->value, false);
    v.value("conversion", std::to_string(as<FormattedValue>(n)->conversion));
    v.child("format_spec", as<FormattedValue>(n)->formatSpec, true);
    return;
  case Kind::JoinedStr: v.children("values", nodes(as<JoinedStr>(n)->values)); return;
  case Kind::Constant:
    v.value("value", constantRepr(as<Constant>(n)));
    if (as<Constant>(n)->uPrefix)
      v.identifier("kind", "u", true);
    v.identifier("c_suffix", as<Constant>(n)->suffix, true);
    return;
  case Kind::Attribute:
    v.child("value", as<Attribute>(n)->value, false);
    v.identifier("attr", as<Attribute>(n)->attr, false);
    v.tag("ctx", ctxName(as<Attribute>(n)->ctx));
    return;
  case Kind::Subscript:
    v.child("value", as<Subscript>(n)->value, false);
    v.child("slice", as<Subscript>(n)->slice, false);
    v.tag("ctx", ctxName(as<Subscript>(n)->ctx));
    return;
  case Kind::Starred:
    v.child("value", as<Starred>(n)->value, false);
    v.tag("ctx", ctxName(as<Starred>(n)->ctx));
    return;
  case Kind::Name:
    v.identifier("id", as<Name>(n)->id, false);
    v.tag("ctx", ctxName(as<Name>(n)->ctx));
    return;
  case Kind::List:
  case Kind::Tuple:
    v.children("elts", nodes(as<Sequence>(n)->elts));
    v.tag("ctx", ctxName(as<Sequence>(n)->ctx));
    return;
  case Kind::Slice:
    v.child("lower", as<Slice>(n)->lower, true);
    v.child("upper", as<Slice>(n)->upper, true);
    v.child("step", as<Slice>(n)->step, true);
    return;
  case Kind::Comprehension: {
    auto *c = as<Comprehension>(n);
    v.child("target", c->target, false);
    v.child("iter", c->iter, false);
    v.children("ifs", nodes(c->ifs));
    v.value("is_async", c->isAsync ? "1" : "0");
    return;
  }
  case Kind::ExceptHandler:
    v.child("type", as<ExceptHandler>(n)->type, true);
    v.identifier("name", as<ExceptHandler>(n)->name, true);
    v.children("body", nodes(as<ExceptHandler>(n)->body));
    v.child("legacy_target", as<ExceptHandler>(n)->legacyTarget, true);
    return;
  case Kind::Arguments: {
    auto *a = as<Arguments>(n);
    v.children("posonlyargs", nodes(a->posonlyargs));
    v.children("args", nodes(a->args));
    v.child("vararg", a->vararg, true);
    v.children("kwonlyargs", nodes(a->kwonlyargs));
    v.children("kw_defaults", nodes(a->kwDefaults));
    v.child("kwarg", a->kwarg, true);
    v.children("defaults", nodes(a->defaults));
    return;
  }
  case Kind::Arg: {
    auto *a = as<Arg>(n);
    v.identifier("arg", a->arg, false);
    v.child("annotation", a->annotation, true);
    v.child("ctype", a->ctype, true);
    v.flag("not_none", a->notNone);
    v.flag("or_none", a->orNone);
    return;
  }
  case Kind::Keyword:
    v.identifier("arg", as<Keyword>(n)->arg, true);
    v.child("value", as<Keyword>(n)->value, false);
    return;
  case Kind::Alias:
    v.identifier("name", as<Alias>(n)->name, false);
    v.identifier("asname", as<Alias>(n)->asname, true);
    return;
  case Kind::WithItem:
    v.child("context_expr", as<WithItem>(n)->contextExpr, false);
    v.child("optional_vars", as<WithItem>(n)->optionalVars, true);
    return;
  case Kind::MatchCase:
    v.child("pattern", as<MatchCase>(n)->pattern, false);
    v.child("guard", as<MatchCase>(n)->guard, true);
    v.children("body", nodes(as<MatchCase>(n)->body));
    return;
  case Kind::MatchValue: v.child("value", as<MatchValue>(n)->value, false); return;
  case Kind::MatchSingleton: {
    ConstKind ck = as<MatchSingleton>(n)->value;
    v.value("value", ck == ConstKind::None ? "None" : ck == ConstKind::True ? "True" : "False");
    return;
  }
  case Kind::MatchSequence:
  case Kind::MatchOr: v.children("patterns", nodes(as<MatchSequence>(n)->patterns)); return;
  case Kind::MatchMapping:
    v.children("keys", nodes(as<MatchMapping>(n)->keys));
    v.children("patterns", nodes(as<MatchMapping>(n)->patterns));
    v.identifier("rest", as<MatchMapping>(n)->rest, true);
    return;
  case Kind::MatchClass: {
    auto *c = as<MatchClass>(n);
    v.child("cls", c->cls, false);
    v.children("patterns", nodes(c->patterns));
    v.identifiers("kwd_attrs", c->kwdAttrs);
    v.children("kwd_patterns", nodes(c->kwdPatterns));
    return;
  }
  case Kind::MatchStar: v.identifier("name", as<MatchStar>(n)->name, true); return;
  case Kind::MatchAs:
    v.child("pattern", as<MatchAs>(n)->pattern, true);
    v.identifier("name", as<MatchAs>(n)->name, true);
    return;

  // --- Cython ---
  case Kind::CVarDecl: {
    auto *d = as<CVarDecl>(n);
    if (d->visibility != Visibility::Private)
      v.value("visibility", visibilityName(d->visibility));
    v.flag("api", d->api);
    v.flag("cpdef", d->isCpdef);
    v.children("declarators", nodes(d->declarators));
    return;
  }
  case Kind::CDeclarator: {
    auto *d = as<CDeclarator>(n);
    v.identifier("name", d->name, true);
    v.identifier("cname", d->cname, true);
    v.child("type", d->type, false);
    v.child("value", d->value, true);
    return;
  }
  case Kind::CFunctionDef: {
    auto *f = as<CFunctionDef>(n);
    v.identifier("name", f->name, false);
    v.identifier("cname", f->cname, true);
    if (f->visibility != Visibility::Private)
      v.value("visibility", visibilityName(f->visibility));
    v.flag("cpdef", f->isCpdef);
    v.flag("inline", f->isInline);
    v.flag("api", f->api);
    v.flag("static", f->isStatic);
    v.flag("declaration", !f->hasBody);
    v.children("template_params", nodes(f->templateParams));
    v.children("decorator_list", nodes(f->decorators));
    v.child("type", f->type, false);
    v.children("body", nodes(f->body));
    return;
  }
  case Kind::CClassDef: {
    auto *c = as<CClassDef>(n);
    v.identifier("name", c->name, false);
    v.identifier("module", c->module, true);
    if (c->visibility != Visibility::Private)
      v.value("visibility", visibilityName(c->visibility));
    v.flag("api", c->api);
    v.flag("extern_typedef", c->isExternTypedef);
    v.flag("declaration", !c->hasBody);
    v.identifier("object_struct", c->objectStruct, true);
    v.identifier("type_object", c->typeObject, true);
    v.identifier("check_size", c->checkSizeValue, true);
    v.children("decorator_list", nodes(c->decorators));
    v.children("bases", nodes(c->bases));
    v.children("keywords", nodes(c->keywords));
    v.children("body", nodes(c->body));
    return;
  }
  case Kind::CStructDef: {
    auto *s = as<CStructDef>(n);
    v.identifier("name", s->name, true);
    v.identifier("cname", s->cname, true);
    v.flag("union", s->isUnion);
    v.flag("packed", s->packed);
    v.flag("ctypedef", s->isTypedef);
    v.flag("declaration", !s->hasBody);
    if (s->visibility != Visibility::Private)
      v.value("visibility", visibilityName(s->visibility));
    v.children("fields", nodes(s->fields));
    return;
  }
  case Kind::CEnumDef: {
    auto *e = as<CEnumDef>(n);
    v.identifier("name", e->name, true);
    v.identifier("cname", e->cname, true);
    v.flag("cpdef", e->isCpdef);
    v.flag("ctypedef", e->isTypedef);
    v.flag("scoped", e->isScoped);
    v.flag("declaration", !e->hasBody);
    if (e->visibility != Visibility::Private)
      v.value("visibility", visibilityName(e->visibility));
    v.child("underlying", e->underlying, true);
    v.children("items", nodes(e->items));
    return;
  }
  case Kind::CEnumItem:
    v.identifier("name", as<CEnumItem>(n)->name, false);
    v.identifier("cname", as<CEnumItem>(n)->cname, true);
    v.child("value", as<CEnumItem>(n)->value, true);
    return;
  case Kind::CTypedef:
    v.identifier("name", as<CTypedef>(n)->name, false);
    v.identifier("cname", as<CTypedef>(n)->cname, true);
    if (as<CTypedef>(n)->visibility != Visibility::Private)
      v.value("visibility", visibilityName(as<CTypedef>(n)->visibility));
    v.child("type", as<CTypedef>(n)->type, false);
    return;
  case Kind::CFusedDef:
    v.identifier("name", as<CFusedDef>(n)->name, false);
    v.children("types", nodes(as<CFusedDef>(n)->types));
    return;
  case Kind::CppClassDef: {
    auto *c = as<CppClassDef>(n);
    v.identifier("name", c->name, false);
    v.identifier("cname", c->cname, true);
    v.flag("nogil", c->nogil);
    v.flag("declaration", !c->hasBody);
    v.children("template_params", nodes(c->templateParams));
    v.children("bases", nodes(c->bases));
    v.children("body", nodes(c->body));
    return;
  }
  case Kind::CExternBlock: {
    auto *e = as<CExternBlock>(n);
    if (e->star)
      v.value("header", "*");
    else
      v.identifier("header", e->header, true);
    v.identifier("namespace", e->ns, true);
    v.flag("nogil", e->nogil);
    if (!e->verbatim.empty())
      v.value("verbatim", literals::reprStr(e->verbatim));
    v.children("body", nodes(e->body));
    return;
  }
  case Kind::CImport: v.children("names", nodes(as<CImport>(n)->names)); return;
  case Kind::FromCImport:
    v.identifier("module", as<FromCImport>(n)->module, true);
    v.value("level", std::to_string(as<FromCImport>(n)->level));
    v.children("names", nodes(as<FromCImport>(n)->names));
    return;
  case Kind::Include: v.value("path", literals::reprStr(as<Include>(n)->path)); return;
  case Kind::CompileTimeDef:
    v.identifier("name", as<CompileTimeDef>(n)->name, false);
    v.child("value", as<CompileTimeDef>(n)->value, false);
    return;
  case Kind::CompileTimeIf:
    v.child("test", as<CompileTimeIf>(n)->test, false);
    v.children("body", nodes(as<CompileTimeIf>(n)->body));
    v.children("orelse", nodes(as<CompileTimeIf>(n)->orelse));
    return;
  case Kind::ForFrom: {
    static const char *ops[] = {"<", "<=", ">", ">="};
    auto *f = as<ForFrom>(n);
    v.child("target", f->target, false);
    v.child("lower", f->lower, false);
    v.value("op1", ops[int(f->op1)]);
    v.value("op2", ops[int(f->op2)]);
    v.child("upper", f->upper, false);
    v.child("step", f->step, true);
    v.children("body", nodes(f->body));
    v.children("orelse", nodes(f->orelse));
    return;
  }
  case Kind::GilBlock:
    v.value("state", as<GilBlock>(n)->nogil ? "nogil" : "gil");
    v.child("condition", as<GilBlock>(n)->condition, true);
    v.children("body", nodes(as<GilBlock>(n)->body));
    return;
  case Kind::CPropertyDef:
    v.identifier("name", as<CPropertyDef>(n)->name, false);
    v.children("body", nodes(as<CPropertyDef>(n)->body));
    return;
  case Kind::CDeclBlock: v.children("body", nodes(as<CDeclBlock>(n)->body)); return;
    return;
  case Kind::Cast:
    v.flag("checked", as<Cast>(n)->checked);
    v.child("type", as<Cast>(n)->type, false);
    v.child("operand", as<Cast>(n)->operand, false);
    return;
  case Kind::AddressOf: v.child("operand", as<AddressOf>(n)->operand, false); return;
  case Kind::SizeOf: v.child("operand", as<SizeOf>(n)->operand, false); return;
  case Kind::New:
    v.child("type", as<New>(n)->type, false);
    v.children("args", nodes(as<New>(n)->args));
    v.children("keywords", nodes(as<New>(n)->keywords));
    return;
  case Kind::TypeExpr: v.child("type", as<TypeExpr>(n)->type, false); return;
  case Kind::CTypeName: {
    auto *t = as<CTypeName>(n);
    v.identifier("module", t->module, true);
    v.identifier("name", t->name, false);
    v.flag("complex", t->complex);
    return;
  }
  case Kind::CTypePointer:
  case Kind::CTypeReference:
  case Kind::CTypeConst: v.child("base", as<CTypeWrap>(n)->base, false); return;
  case Kind::CTypeArray:
    v.child("base", as<CTypeArray>(n)->base, false);
    v.child("size", as<CTypeArray>(n)->size, true);
    return;
  case Kind::CTypeFunction: {
    auto *f = as<CTypeFunction>(n);
    v.flag("varargs", f->varargs);
    v.flag("nogil", f->nogil);
    v.flag("with_gil", f->withGil);
    v.flag("const", f->isConst);
    visitExcept(f->except, v);
    v.child("returns", f->returns, false);
    v.children("args", nodes(f->args));
    return;
  }
  case Kind::CArg: {
    auto *a = as<CArg>(n);
    v.identifier("name", a->name, true);
    v.flag("not_none", a->notNone);
    v.flag("or_none", a->orNone);
    v.child("type", a->type, true);
    v.child("annotation", a->annotation, true);
    v.child("default", a->defaultValue, true);
    return;
  }
  case Kind::CTypeTemplate:
    v.child("base", as<CTypeTemplate>(n)->base, false);
    v.children("args", nodes(as<CTypeTemplate>(n)->args));
    return;
  case Kind::CTypeMemoryView:
    v.child("base", as<CTypeMemoryView>(n)->base, false);
    v.children("dims", nodes(as<CTypeMemoryView>(n)->dims));
    return;
  case Kind::CTypeBuffer:
    v.child("base", as<CTypeBuffer>(n)->base, false);
    v.children("args", nodes(as<CTypeBuffer>(n)->args));
    v.children("keywords", nodes(as<CTypeBuffer>(n)->keywords));
    return;
  }
}

} // namespace pyxc::ast
