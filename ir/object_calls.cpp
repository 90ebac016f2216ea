// Resolving calls of Python objects (ir/object_calls.h). The rules are the
// printer's former ones, decided here once so that every printer and the
// IR dump agree on what a call does.
#include "ir/object_calls.h"

#include "ir/ir.h"
#include "sema/loops.h"

#include <algorithm>

namespace pyxc::ir {

using namespace ast;
using sema::Binding;
using sema::Scope;
using sema::ScopeKind;
using sema::Type;
using sema::TypeKind;

std::string_view wordOf(ObjectCallKind k) {
  static constexpr std::string_view words[] = {
#define OBJECT_CALL(Name, Word) Word,
#include "ir/object_calls.def"
#undef OBJECT_CALL
  };
  return words[size_t(k)];
}

bool isDirectBuiltin(std::string_view name, size_t arguments) {
  static constexpr std::string_view oneArgument[] = {"str",  "repr",  "abs",  "list", "tuple",
                                                     "iter", "ascii", "hash", "len"};
  if (arguments == 1)
    return std::find(std::begin(oneArgument), std::end(oneArgument), name) != std::end(oneArgument);
  return arguments == 2 && name == "isinstance";
}

namespace {

// List, set and dict comprehensions run inline in the function around them.
bool inlineComprehension(const Scope *s) {
  return s->kind == ScopeKind::Comprehension && s->node->kind != Kind::GeneratorExp;
}

class CallResolver {
public:
  CallResolver(const Call *c, const Scope *scope, const sema::ScopeTable &scopes, const sema::Typing &typing,
               const Module &m)
      : c_(c), scopes_(scopes), t_(typing), m_(m) {
    printed_ = scope;
    while (inlineComprehension(printed_))
      inline_.push_back(printed_), printed_ = printed_->parent;
  }

  ObjectCall resolve() {
    using K = ObjectCallKind;
    ObjectCall plan;
    auto is = [&](K k) {
      plan.kind = k;
      return plan;
    };
    if (t_.calledFunction(c_))
      return is(K::CFunction);
    if ((plan.constructed = directlyConstructed()))
      return is(K::NewInstance);
    if (const Type *ft = t_.typeOf(c_->func);
        (ft->kind == TypeKind::Function && ft->target->isObject()) ||
        (ft->kind == TypeKind::Pointer && ft->target->kind == TypeKind::Function && ft->target->target->isObject()))
      return is(K::CFunctionPointer);
    if (sema::cythonAttribute(t_, c_->func) == "typeof" && c_->args.size() == 1) {
      plan.typeName = typeofName(c_->args[0]);
      return is(K::CythonTypeof);
    }
    std::string_view id = c_->func->kind == Kind::Name ? std::string_view(as<Name>(c_->func)->id) : "";
    if (id == "super" && c_->args.empty() && c_->keywords.empty() && printed_->usesSuper &&
        binding("super") == Binding::Global)
      return is(K::ZeroArgumentSuper);
    bool starred = std::any_of(c_->args.begin(), c_->args.end(), [](const Expr *a) { return a->kind == Kind::Starred; });
    bool unpacked =
        starred || std::any_of(c_->keywords.begin(), c_->keywords.end(), [](const Keyword *k) { return k->arg.empty(); });
    if (!id.empty() && c_->keywords.empty() && !starred) {
      if (auto k = frameIntrospection(id))
        return is(*k);
      if (unrebound(id) && !scopes_.module()->hasImportStar && isDirectBuiltin(id, c_->args.size())) {
        plan.builtin = as<Name>(c_->func)->id;
        return is(K::Builtin);
      }
    }
    if (unpacked)
      return is(K::Unpacking);
    if (c_->func->kind != Kind::Attribute)
      return is(id == "exec" || id == "eval" || id == "compile" ? K::SourceCompiler : K::Vector);
    // A method: each call site remembers the method it found.
    auto *attribute = as<Attribute>(c_->func);
    const Expr *receiver = attribute->value;
    plan.method = attribute->attr;
    // Python 2's d.iterkeys()/itervalues()/iteritems() on a variable typed
    // `dict` are d.keys()/values()/items(), as Cython compiles them.
    if (c_->args.empty() && c_->keywords.empty() &&
        (plan.method == "iterkeys" || plan.method == "itervalues" || plan.method == "iteritems") &&
        m_.knownObject(receiver).declaredDict)
      plan.method = plan.method.substr(4);
    if (plan.method != "append" || c_->args.size() != 1 || !c_->keywords.empty())
      return is(K::Method);
    const Type *declared = t_.staticPyType(printed_, receiver);
    plan.characterCode = (declared && declared->name == "bytearray") || t_.typeOf(receiver)->name == "bytearray";
    return is(m_.knownObject(receiver).container == sema::Container::List ? K::ListAppend : K::Append);
  }

private:
  const Call *c_;
  const sema::ScopeTable &scopes_;
  const sema::Typing &t_;
  const Module &m_;
  const Scope *printed_;               // the scope of the function the call is printed in
  std::vector<const Scope *> inline_; // the inline comprehensions around the call, innermost first

  // How the printed function reaches `id`: an inline comprehension's own
  // local or global, else as the function does.
  Binding binding(std::string_view id) const {
    for (const Scope *s : inline_)
      if (Binding b = s->binding(id); b == Binding::Global || b == Binding::Local)
        return b;
    return printed_->binding(id);
  }

  // A builtin the module never rebinds (Cython's assumption too).
  bool unrebound(std::string_view id) const {
    return binding(id) == Binding::Global && !scopes_.module()->assigned.count(std::string(id));
  }

  // globals(), locals(), vars(), dir(), eval() and exec() read the caller's
  // frame, which compiled code has not: they are compiled against the
  // printed function. In a class body an unassigned name is looked up in
  // the class namespace first; the builtin is still the one meant.
  std::optional<ObjectCallKind> frameIntrospection(std::string_view id) const {
    Binding b = binding(id);
    bool classBuiltin =
        printed_->kind == ScopeKind::Class && b == Binding::ClassLocal && !printed_->assigned.count(std::string(id));
    if ((b != Binding::Global && !classBuiltin) || scopes_.module()->assigned.count(std::string(id)))
      return std::nullopt;
    size_t n = c_->args.size();
    if (id == "globals" && n == 0)
      return ObjectCallKind::Globals;
    if ((id == "locals" || id == "vars") && n == 0)
      return ObjectCallKind::Locals;
    if (id == "dir" && n == 0)
      return ObjectCallKind::Dir;
    if ((id == "eval" || id == "exec") && n == 1)
      return ObjectCallKind::SourceInFrame;
    return std::nullopt;
  }

  // `Cls()` constructs directly (its tp_new, as Cython calls it): a cdef
  // class of this module, named by its never-rebound name, called with no
  // arguments, and with no __init__ in its hierarchy (nor a builtin base's,
  // nor a decorator that could have replaced it).
  const ExtensionClass *directlyConstructed() const {
    const Type *t = t_.typeOf(c_);
    if (!c_->args.empty() || !c_->keywords.empty() || c_->func->kind != Kind::Name || !t->extension ||
        t_.types.byName(as<Name>(c_->func)->id) != t)
      return nullptr;
    const ExtensionClass *cls = m_.extensionClass(t->extension);
    if (!cls || cls->madeByStatement || !cls->builtinBase.empty())
      return nullptr;
    for (const ExtensionClass *k = cls; k; k = k->base) {
      if (k->imported || !k->def || specialMethod(k->def, "__init__"))
        return nullptr;
      for (const Expr *d : k->def->decorators) {
        const Expr *named = d->kind == Kind::Call ? as<Call>(d)->func : d; // @cython.freelist(8)
        if (sema::cythonPath(t_, named).empty() && sema::cythonAttribute(t_, named).empty())
          return nullptr;
      }
    }
    return cls;
  }

  // cython.typeof(x): the static type, as Cython names it.
  std::string typeofName(const Expr *a) const {
    if (a->kind == Kind::Constant && as<Constant>(a)->ck == ConstKind::Str)
      return "str object";
    if (a->kind == Kind::Constant && as<Constant>(a)->ck == ConstKind::Bytes)
      return "bytes object";
    if (a->kind == Kind::List || a->kind == Kind::ListComp)
      return "list object";
    if (a->kind == Kind::Dict || a->kind == Kind::DictComp)
      return "dict object";
    if (a->kind == Kind::Tuple)
      return "tuple object";
    if (a->kind == Kind::Set || a->kind == Kind::SetComp)
      return "set object";
    if (a->kind == Kind::Name && printed_->kind != ScopeKind::Module && printed_->kind != ScopeKind::Class)
      if (const Type *py = t_.pyType(printed_, as<Name>(a)->id))
        return py->name + " object"; // `cdef list xs`, `xs: list`
    return sema::describe(t_.typeOf(a));
  }
};

} // namespace

ObjectCall resolveObjectCall(const Call *c, const Scope *scope, const sema::ScopeTable &scopes,
                             const sema::Typing &typing, const Module &m) {
  return CallResolver(c, scope, scopes, typing, m).resolve();
}

} // namespace pyxc::ir
