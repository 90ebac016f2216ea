#include "frontend/include.h"

#include "frontend/ast_fields.h"
#include "frontend/load.h"
#include "frontend/parser.h"

#include <filesystem>

namespace pyxc {

using namespace ast;

void rebase(const Node *n, uint32_t base) {
  auto *m = const_cast<Node *>(n); // arena nodes: the splice owns the tree
  m->range.begin.offset += base;
  m->range.end.offset += base;
  forEachChild(n, [&](const Node *c) { rebase(c, base); });
}

namespace {

namespace fs = std::filesystem;

class Splicer {
public:
  Splicer(SourceFile &root, Arena &arena, DiagnosticEngine &diags, const std::vector<std::string> &searchPaths)
      : root_(root), arena_(arena), diags_(diags), searchPaths_(searchPaths) {}

  // The statements of `body` with includes replaced; `dir` is the folder of
  // the file they are in.
  List<Stmt> splice(List<Stmt> body, const fs::path &dir, int depth) {
    bool any = false;
    for (const Stmt *s : body)
      any |= s->kind == Kind::Include;
    if (!any)
      return body;
    std::vector<Stmt *> out;
    for (Stmt *s : body) {
      if (s->kind != Kind::Include) {
        out.push_back(s);
        continue;
      }
      for (Stmt *included : include(as<Include>(s), dir, depth))
        out.push_back(included);
    }
    return arena_.copy(out);
  }

private:
  SourceFile &root_;
  Arena &arena_;
  DiagnosticEngine &diags_;
  const std::vector<std::string> &searchPaths_;

  std::vector<Stmt *> include(const Include *inc, const fs::path &dir, int depth) {
    std::string name(inc->path);
    if (depth >= 32) { // a file that includes itself, directly or not
      diags_.report(DiagId::IncludeTooDeep, root_, inc->range.begin, name);
      return {};
    }
    fs::path found = locate(name, dir);
    if (found.empty()) {
      diags_.report(DiagId::IncludeNotFound, root_, inc->range.begin, name);
      return {};
    }
    std::unique_ptr<SourceFile> loaded = loadSource(found.string(), diags_);
    if (!loaded)
      return {};
    SourceFile *file = loaded.get();
    uint32_t base = root_.adopt(std::move(loaded));
    if (base == 0) {
      diags_.report(DiagId::IncludeTooLarge, root_, inc->range.begin, name);
      return {};
    }
    // The included text is Cython code whatever its extension (.pxi, .pyx).
    Module *m = parseModule(*file, SourceMode::Pxi, arena_, diags_);
    rebase(m, base);
    List<Stmt> body = splice(m->body, found.parent_path(), depth + 1);
    return {body.begin(), body.end()};
  }

  fs::path locate(const std::string &name, const fs::path &dir) const {
    std::error_code ec;
    fs::path beside = dir / name;
    if (fs::is_regular_file(beside, ec))
      return beside;
    for (const std::string &p : searchPaths_)
      if (fs::path candidate = fs::path(p) / name; fs::is_regular_file(candidate, ec))
        return candidate;
    return {};
  }
};

} // namespace

void spliceIncludes(Module *module, SourceFile &file, Arena &arena, DiagnosticEngine &diags,
                    const std::vector<std::string> &searchPaths) {
  fs::path dir = fs::path(file.path()).parent_path();
  module->body = Splicer(file, arena, diags, searchPaths).splice(module->body, dir.empty() ? "." : dir, 0);
}

} // namespace pyxc
