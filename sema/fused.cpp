#include "sema/fused.h"

#include "frontend/ast_clone.h"
#include "frontend/ast_fields.h"
#include "frontend/parser.h"
#include "sema/pxd_search.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <set>

namespace pyxc::sema {

using namespace ast;

const FusedSpecialisation *FusedGroup::bySignature(std::string_view signature) const {
  for (const FusedSpecialisation &s : specialisations)
    if (s.signature == signature)
      return &s;
  return nullptr;
}

namespace {

struct FusedType {
  std::string name;                   // as the module writes it: "number", "floating"
  std::vector<const CType *> members; // in declaration order
};

// How a signature spells a member type: "double", "double complex", "int *".
std::string spell(const Node *t) {
  switch (t->kind) {
  case Kind::CTypeName: {
    auto *n = as<CTypeName>(t);
    if (n->name == "unicode" && n->module.empty())
      return "str"; // (Cython 3's name for it)
    return std::string(n->name) + (n->complex ? " complex" : "");
  }
  case Kind::CTypePointer: return spell(as<CTypeWrap>(t)->base) + " *";
  case Kind::CTypeConst: return "const " + spell(as<CTypeWrap>(t)->base);
  case Kind::CTypeMemoryView: return spell(as<CTypeMemoryView>(t)->base) + "[:]";
  default: return "?";
  }
}

class Expander {
public:
  Expander(const SourceFile &file, Arena &arena, DiagnosticEngine &diags, const std::vector<std::string> &pxdPaths)
      : file_(file), arena_(arena), diags_(diags), pxdPaths_(pxdPaths) {}

  FusedFunctions run(Module *module) {
    collectDeclarations(module->body);
    collectCimported(module->body);
    if (fused_.empty() && cythonNames_.empty() && cimportedModules_.empty())
      return {};
    // First the groups (the names calls and indexing refer to), then the copies.
    for (const Stmt *s : module->body) {
      if (auto used = fusedParameterTypes(s); !used.empty()) {
        functions_.emplace(s, std::move(used));
        declareGroup(s, functions_[s], "");
      }
      // The def methods of classes (a cdef or cpdef method is not yet).
      if (s->kind == Kind::ClassDef || s->kind == Kind::CClassDef) {
        std::span<Stmt *const> members =
            s->kind == Kind::ClassDef ? as<ClassDef>(s)->body : as<CClassDef>(s)->body;
        std::string prefix =
            std::string(s->kind == Kind::ClassDef ? as<ClassDef>(s)->name : as<CClassDef>(s)->name) + ".";
        for (const Stmt *m : members)
          if (auto used = fusedParameterTypes(m); !used.empty()) {
            if (m->kind != Kind::FunctionDef) {
              diags_.report(DiagId::NotSupportedYet, file_, m->range.begin, "a cdef method with fused types");
              continue;
            }
            functions_.emplace(m, std::move(used));
            declareGroup(m, functions_[m], prefix);
          }
      }
    }
    if (functions_.empty())
      return std::move(result_); // (the .pxd files read: nothing points into them)
    std::vector<Stmt *> body;
    for (Stmt *s : module->body) {
      Node *copy = cloneTree(s, arena_, [&](const Node *n) { return rewrite(n); });
      if (copy->kind == Kind::Module) // a fused function's specialisations
        body.insert(body.end(), as<Module>(copy)->body.begin(), as<Module>(copy)->body.end());
      else
        body.push_back(copy);
    }
    module->body = arena_.copy(body);
    for (auto &[name, group] : result_.groups)
      for (const FusedSpecialisation &spec : group.specialisations)
        result_.copies[spec.function] = {&group, &spec};
    return std::move(result_);
  }

private:
  const SourceFile &file_;
  Arena &arena_;
  DiagnosticEngine &diags_;
  std::map<std::string, FusedType, std::less<>> fused_; // `ctypedef fused` types, by name
  std::map<std::string, FusedType, std::less<>> builtin_; // cython.floating, ...
  std::set<std::string, std::less<>> cythonNames_;      // what the module calls the cython module
  FusedFunctions result_;
  std::map<const FusedType *, size_t> binding_; // while copying: each fused type's member
  // The functions (and methods) to specialise, with the fused types their
  // parameters use, in order; and each one's group.
  std::map<const Node *, std::vector<const FusedType *>> functions_;
  std::map<const Node *, FusedGroup *> groupOf_;
  const std::vector<std::string> &pxdPaths_;
  // Fused types of cimported .pxd files: `cimport m` / `cimport m as alias`
  // -> the module's fused types by name.
  std::map<std::string, std::map<std::string, FusedType, std::less<>>, std::less<>> cimportedModules_;

  // The fused types a cimported .pxd declares at its top level (none where
  // it is not found or does not parse: typing reports that).
  std::map<std::string, FusedType, std::less<>> fusedTypesOf(std::string_view dotted) {
    std::map<std::string, FusedType, std::less<>> found;
    std::filesystem::path path = findPxd(dotted, pxdPaths_);
    if (path.empty())
      return found;
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.find("fused") == std::string::npos)
      return found; // (most .pxd files: no need to parse them here)
    DiagnosticEngine quiet;
    auto &pxd = result_.sources.emplace_back(std::make_unique<SourceFile>(path.string(), std::move(text)));
    const Module *m = parseModule(*pxd, SourceMode::Pxd, arena_, quiet);
    if (!m || quiet.hasErrors())
      return found;
    for (const Stmt *s : m->body)
      if (s->kind == Kind::CFusedDef) {
        auto *f = as<CFusedDef>(s);
        found[std::string(f->name)] = {std::string(f->name), {f->types.begin(), f->types.end()}};
      }
    return found;
  }

  // `from m cimport real [as r]` and `cimport m [as alias]` of modules whose
  // .pxd declares fused types.
  void collectCimported(std::span<Stmt *const> body) {
    if (pxdPaths_.empty())
      return;
    for (const Stmt *s : body) {
      if (s->kind == Kind::FromCImport && as<FromCImport>(s)->level == 0 && as<FromCImport>(s)->module != "cython") {
        auto types = fusedTypesOf(as<FromCImport>(s)->module);
        for (const Alias *a : as<FromCImport>(s)->names)
          if (auto it = types.find(a->name); it != types.end())
            fused_[std::string(a->asname.empty() ? a->name : a->asname)] = it->second;
      } else if (s->kind == Kind::CImport) {
        for (const Alias *a : as<CImport>(s)->names)
          if (a->name != "cython")
            if (auto types = fusedTypesOf(a->name); !types.empty())
              cimportedModules_[std::string(a->asname.empty() ? a->name : a->asname)] = std::move(types);
      }
    }
  }

  // `ctypedef fused` declarations and the names of the cython module.
  void collectDeclarations(std::span<Stmt *const> body) {
    for (const Stmt *s : body) {
      if (s->kind == Kind::CFusedDef) {
        auto *f = as<CFusedDef>(s);
        FusedType &t = fused_[std::string(f->name)];
        t.name = std::string(f->name);
        t.members.assign(f->types.begin(), f->types.end());
      } else if (s->kind == Kind::CImport || s->kind == Kind::Import) {
        List<Alias> names = s->kind == Kind::CImport ? as<CImport>(s)->names : as<Import>(s)->names;
        for (const Alias *a : names)
          if (a->name == "cython")
            cythonNames_.insert(std::string(a->asname.empty() ? a->name : a->asname));
      } else if (s->kind == Kind::CDeclBlock) {
        collectDeclarations(as<CDeclBlock>(s)->body);
      }
    }
    if (!cythonNames_.empty() && builtin_.empty()) {
      auto type = [&](std::string_view name, bool complex = false) {
        auto *t = arena_.make<CTypeName>();
        t->kind = Kind::CTypeName;
        t->name = name;
        t->complex = complex;
        return static_cast<const CType *>(t);
      };
      builtin_["floating"] = {"floating", {type("float"), type("double")}};
      builtin_["integral"] = {"integral", {type("short"), type("int"), type("long")}};
      builtin_["numeric"] = {"numeric",
                             {type("short"), type("int"), type("long"), type("float"), type("double"),
                              type("float", true), type("double", true)}};
    }
  }

  // The fused type a type name names, or null.
  const FusedType *fusedTypeOf(const CTypeName *t) const {
    if (t->module.empty()) {
      auto it = fused_.find(t->name);
      return it == fused_.end() ? nullptr : &it->second;
    }
    if (auto m = cimportedModules_.find(t->module); m != cimportedModules_.end()) {
      auto it = m->second.find(t->name);
      return it == m->second.end() ? nullptr : &it->second;
    }
    if (!cythonNames_.count(t->module))
      return nullptr;
    auto it = builtin_.find(t->name);
    return it == builtin_.end() ? nullptr : &it->second;
  }
  // The fused type an expression names (`number`, `cython.floating`), or null.
  const FusedType *fusedTypeOf(const Expr *e) const {
    if (e->kind == Kind::Name) {
      auto it = fused_.find(as<Name>(e)->id);
      return it == fused_.end() ? nullptr : &it->second;
    }
    if (e->kind == Kind::Attribute && as<Attribute>(e)->value->kind == Kind::Name) {
      std::string_view module = as<Name>(as<Attribute>(e)->value)->id;
      if (auto m = cimportedModules_.find(module); m != cimportedModules_.end()) { // `numtypes.real`
        auto it = m->second.find(as<Attribute>(e)->attr);
        return it == m->second.end() ? nullptr : &it->second;
      }
      if (cythonNames_.count(module)) {
        auto it = builtin_.find(as<Attribute>(e)->attr);
        return it == builtin_.end() ? nullptr : &it->second;
      }
    }
    return nullptr;
  }

  // The fused types a type uses, in order of appearance (added to `used`).
  void fusedTypesIn(const Node *t, std::vector<const FusedType *> &used) const {
    if (!t)
      return;
    if (t->kind == Kind::CTypeName) {
      if (const FusedType *f = fusedTypeOf(as<CTypeName>(t)); f && std::find(used.begin(), used.end(), f) == used.end())
        used.push_back(f);
      return;
    }
    forEachChild(t, [&](const Node *c) { fusedTypesIn(c, used); });
  }

  // The parameters' types of a function statement (null: not one).
  static std::vector<const Node *> parameterTypes(const Stmt *s) {
    std::vector<const Node *> types;
    if (s->kind == Kind::CFunctionDef && as<CFunctionDef>(s)->hasBody) {
      for (const CArg *a : as<CFunctionDef>(s)->type->args)
        types.push_back(a->type);
    } else if (s->kind == Kind::FunctionDef) {
      const Arguments *a = as<FunctionDef>(s)->args;
      for (auto list : {a->posonlyargs, a->args, a->kwonlyargs})
        for (const Arg *arg : list)
          types.push_back(arg->ctype);
    }
    return types;
  }

  // The parameters' names, and whether each may be passed by position.
  static std::vector<std::pair<std::string_view, bool>> parameterNames(const Node *s) {
    std::vector<std::pair<std::string_view, bool>> names;
    if (s->kind == Kind::CFunctionDef) {
      for (const CArg *a : as<CFunctionDef>(s)->type->args)
        names.emplace_back(a->name, true);
    } else {
      const Arguments *a = as<FunctionDef>(s)->args;
      for (auto list : {a->posonlyargs, a->args})
        for (const Arg *arg : list)
          names.emplace_back(arg->arg, true);
      for (const Arg *arg : a->kwonlyargs)
        names.emplace_back(arg->arg, false);
    }
    return names;
  }

  std::vector<const FusedType *> fusedParameterTypes(const Stmt *s) const {
    std::vector<const FusedType *> used;
    for (const Node *t : parameterTypes(s))
      fusedTypesIn(t, used);
    return used;
  }

  static std::string_view nameOf(const Node *f) {
    return f->kind == Kind::CFunctionDef ? as<CFunctionDef>(f)->name : as<FunctionDef>(f)->name;
  }

  // The group of a fused function and its specialisations' signatures
  // (every combination, the first fused type varying slowest).
  void declareGroup(const Node *f, const std::vector<const FusedType *> &used, const std::string &prefix) {
    // (methods: "Class.method", so that no module-level name meets them)
    FusedGroup &g = result_.groups[prefix + std::string(nameOf(f))];
    groupOf_[f] = &g;
    g.name = std::string(nameOf(f));
    g.cdef = f->kind == Kind::CFunctionDef;
    g.python = f->kind != Kind::CFunctionDef || as<CFunctionDef>(f)->isCpdef;
    std::vector<const Node *> params = parameterTypes(f);
    std::vector<std::pair<std::string_view, bool>> names = parameterNames(f);
    g.deciding.resize(used.size());
    std::vector<bool> found(used.size(), false);
    for (size_t i = 0; i < params.size(); ++i) {
      std::vector<const FusedType *> in;
      fusedTypesIn(params[i], in);
      if (!in.empty())
        g.fusedParams.push_back(i);
      for (const FusedType *t : in) {
        size_t k = std::find(used.begin(), used.end(), t) - used.begin();
        if (found[k])
          continue;
        found[k] = true;
        g.deciding[k].param = i;
        g.deciding[k].name = std::string(names[i].first);
        g.deciding[k].positional = names[i].second;
        for (const CType *m : t->members)
          g.deciding[k].members.push_back(spell(m));
      }
    }
    std::vector<size_t> choice(used.size(), 0);
    for (int index = 0;; ++index) {
      FusedSpecialisation spec;
      spec.index = index;
      for (size_t k = 0; k < used.size(); ++k)
        spec.signature += (k ? "|" : "") + spell(used[k]->members[choice[k]]);
      spec.name = g.cdef ? fmt::format("{}[{}]", g.name, spec.signature) : g.name;
      g.specialisations.push_back(spec);
      size_t k = used.size();
      while (k > 0 && ++choice[k - 1] == used[k - 1]->members.size())
        choice[--k] = 0;
      if (k == 0)
        break;
    }
  }

  // The copies of a fused function, one per specialisation.
  std::vector<Stmt *> specialise(const Stmt *f, const std::vector<const FusedType *> &used) {
    FusedGroup &g = *groupOf_.at(f);
    std::vector<Stmt *> copies;
    std::vector<size_t> choice(used.size(), 0);
    for (FusedSpecialisation &spec : g.specialisations) {
      binding_.clear();
      for (size_t k = 0; k < used.size(); ++k)
        binding_[used[k]] = choice[k];
      Node *copy = cloneTree(f, arena_, [&](const Node *n) { return rewrite(n); });
      if (copy->kind == Kind::CFunctionDef) {
        as<CFunctionDef>(copy)->name = arena_.str(spec.name);
        as<CFunctionDef>(copy)->cname = {};
      }
      spec.function = copy;
      copies.push_back(copy);
      size_t k = used.size();
      while (k > 0 && ++choice[k - 1] == used[k - 1]->members.size())
        choice[--k] = 0;
    }
    binding_.clear();
    return copies;
  }

  // The member a fused type is bound to in the copy being made, or null.
  const CType *boundMember(const FusedType *f) const {
    auto it = f ? binding_.find(f) : binding_.end();
    return it == binding_.end() ? nullptr : f->members[it->second];
  }

  // How an expression spells a type (`double`, `cython.double`), or empty.
  std::string typeSpelling(const Expr *e) const {
    if (e->kind == Kind::Name)
      return std::string(as<Name>(e)->id);
    if (e->kind == Kind::Attribute && as<Attribute>(e)->value->kind == Kind::Name &&
        cythonNames_.count(as<Name>(as<Attribute>(e)->value)->id))
      return std::string(as<Attribute>(e)->attr);
    if (e->kind == Kind::TypeExpr)
      return spell(as<TypeExpr>(e)->type);
    return {};
  }

  // `T is double` / `T is not double` with T bound: its value.
  std::optional<bool> fusedTest(const Expr *e) const {
    if (e->kind != Kind::Compare || as<Compare>(e)->ops.size() != 1)
      return std::nullopt;
    auto *c = as<Compare>(e);
    CmpOpKind op = c->ops[0];
    if (op != CmpOpKind::Is && op != CmpOpKind::IsNot)
      return std::nullopt;
    const CType *member = boundMember(fusedTypeOf(c->left));
    if (!member)
      return std::nullopt;
    std::string other = typeSpelling(c->comparators[0]);
    if (const CType *otherMember = boundMember(fusedTypeOf(c->comparators[0])))
      other = spell(otherMember);
    if (other.empty())
      return std::nullopt;
    return (spell(member) == other) == (op == CmpOpKind::Is);
  }

  Node *constant(const Node *at, ConstKind ck, std::string_view value = {}) {
    auto *c = arena_.make<Constant>();
    c->kind = Kind::Constant;
    c->range = at->range;
    c->ck = ck;
    c->value = value;
    return c;
  }

  // The copy's replacement of a node: fused types by their members,
  // decided tests by their branch, indexes of fused functions by the
  // signature they name.
  Node *rewrite(const Node *n) {
    if (binding_.empty())
      if (auto it = functions_.find(n); it != functions_.end()) {
        // A fused function or method: its specialisations in its place.
        auto *copies = arena_.make<Module>();
        copies->kind = Kind::Module;
        copies->range = n->range;
        copies->body = arena_.copy(specialise(n, it->second));
        return copies;
      }
    switch (n->kind) {
    case Kind::CTypeName:
      if (const CType *member = boundMember(fusedTypeOf(as<CTypeName>(n)))) {
        Node *copy = cloneTree(member, arena_);
        copy->range = n->range;
        return copy;
      }
      return nullptr;
    case Kind::Compare:
      if (auto value = fusedTest(n))
        return constant(n, *value ? ConstKind::True : ConstKind::False);
      return nullptr;
    case Kind::If:
      // Only the branch the test picks is compiled (the other may not type).
      // The statement becomes that branch's statements, spliced into the
      // list it stands in (a Module node says so to cloneTree).
      if (auto value = fusedTest(as<If>(n)->test)) {
        std::vector<Stmt *> body;
        for (Stmt *s : *value ? as<If>(n)->body : as<If>(n)->orelse) {
          Node *copy = cloneTree(s, arena_, [&](const Node *c) { return rewrite(c); });
          if (copy->kind == Kind::Module) // an `elif` decided too
            body.insert(body.end(), as<Module>(copy)->body.begin(), as<Module>(copy)->body.end());
          else
            body.push_back(copy);
        }
        auto *branch = arena_.make<Module>();
        branch->kind = Kind::Module;
        branch->range = n->range;
        branch->body = arena_.copy(body);
        return branch;
      }
      return nullptr;
    case Kind::Subscript: {
      // `f[double]`, `f[double, int]`: the specialisation, by signature.
      auto *s = as<Subscript>(n);
      if (s->value->kind != Kind::Name || !result_.group(as<Name>(s->value)->id))
        return nullptr;
      std::vector<const Expr *> types;
      if (s->slice->kind == Kind::Tuple)
        types.assign(as<Sequence>(s->slice)->elts.begin(), as<Sequence>(s->slice)->elts.end());
      else
        types.push_back(s->slice);
      std::string signature;
      for (const Expr *t : types) {
        std::string spelled = typeSpelling(t);
        if (spelled.empty())
          return nullptr; // an index computed at run time: the fused function's __getitem__
        signature += (signature.empty() ? "" : "|") + spelled;
      }
      if (!result_.group(as<Name>(s->value)->id)->bySignature(signature))
        return nullptr; // (the fused function's __getitem__ raises at run time)
      auto *copy = arena_.make<Subscript>(*s);
      copy->value = cloneTree(s->value, arena_);
      copy->slice = constant(s->slice, ConstKind::Str, arena_.str(signature));
      return copy;
    }
    default: return nullptr;
    }
  }
};

} // namespace

FusedFunctions expandFusedFunctions(Module *module, const SourceFile &file, Arena &arena, DiagnosticEngine &diags,
                                    const std::vector<std::string> &pxdPaths) {
  return Expander(file, arena, diags, pxdPaths).run(module);
}

} // namespace pyxc::sema
