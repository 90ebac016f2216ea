#include "frontend/ast_dump.h"

#include "frontend/ast_fields.h"
#include "frontend/literals.h"

#include <fmt/format.h>

namespace pyxc::ast {

namespace {

// ast.dump(node) with its defaults: annotate_fields=True, no attributes.
class PythonDumper final : public FieldVisitor {
public:
  explicit PythonDumper(std::string &out) : out_(out) {}

  void node(const Node *n) {
    if (!n) {
      out_ += "None";
      return;
    }
    out_ += kindName(n->kind);
    out_ += '(';
    bool savedFirst = first_;
    first_ = true;
    visitFields(n, *this);
    first_ = savedFirst;
    out_ += ')';
  }

  void child(std::string_view field, const Node *n, bool optional) override {
    if (!n && optional)
      return;
    key(field);
    node(n);
  }
  void children(std::string_view field, std::span<Node *const> ns) override {
    key(field);
    out_ += '[';
    for (size_t i = 0; i < ns.size(); ++i) {
      if (i)
        out_ += ", ";
      node(ns[i]);
    }
    out_ += ']';
  }
  void identifier(std::string_view field, std::string_view value, bool optional) override {
    if (value.empty() && optional)
      return;
    key(field);
    out_ += literals::reprStr(value);
  }
  void identifiers(std::string_view field, std::span<const std::string_view> values) override {
    key(field);
    out_ += '[';
    for (size_t i = 0; i < values.size(); ++i) {
      if (i)
        out_ += ", ";
      out_ += literals::reprStr(values[i]);
    }
    out_ += ']';
  }
  void tag(std::string_view field, std::string_view name) override {
    key(field);
    out_ += name;
    out_ += "()";
  }
  void value(std::string_view field, std::string text) override {
    key(field);
    out_ += text;
  }
  void flag(std::string_view, bool) override {}

private:
  std::string &out_;
  bool first_ = true;

  void key(std::string_view field) {
    if (!first_)
      out_ += ", ";
    first_ = false;
    out_ += field;
    out_ += '=';
  }
};

// pyxc's readable dump: one node per line, scalars inline, children indented
// under their field names; empty lists and unset fields are left out.
class TreeDumper final : public FieldVisitor {
public:
  explicit TreeDumper(std::string &out) : out_(out) {}

  void node(const Node *n, int depth, std::string_view label) {
    indent(depth);
    if (!label.empty()) {
      out_ += label;
      out_ += ": ";
    }
    if (!n) {
      out_ += "None\n";
      return;
    }
    out_ += kindName(n->kind);
    // First pass: scalars on this line; second: children below it.
    pending_.clear();
    Collect collect(*this);
    visitFields(n, collect);
    out_ += '\n';
    std::vector<Child> kids = std::move(pending_);
    for (Child &c : kids) {
      if (c.isList) {
        indent(depth + 1);
        out_ += c.field;
        out_ += ":\n";
        for (const Node *k : c.list)
          node(k, depth + 2, "");
      } else {
        node(c.node, depth + 1, c.field);
      }
    }
  }

  // FieldVisitor is implemented by Collect below.
  void child(std::string_view, const Node *, bool) override {}
  void children(std::string_view, std::span<Node *const>) override {}
  void identifier(std::string_view, std::string_view, bool) override {}
  void identifiers(std::string_view, std::span<const std::string_view>) override {}
  void tag(std::string_view, std::string_view) override {}
  void value(std::string_view, std::string) override {}
  void flag(std::string_view, bool) override {}

private:
  struct Child {
    std::string_view field;
    const Node *node = nullptr;
    std::span<Node *const> list;
    bool isList = false;
  };

  class Collect final : public FieldVisitor {
  public:
    explicit Collect(TreeDumper &d) : d_(d) {}
    void child(std::string_view field, const Node *n, bool optional) override {
      if (!n && optional)
        return;
      d_.pending_.push_back({field, n, {}, false});
    }
    void children(std::string_view field, std::span<Node *const> ns) override {
      if (!ns.empty())
        d_.pending_.push_back({field, nullptr, ns, true});
    }
    void identifier(std::string_view field, std::string_view value, bool optional) override {
      if (value.empty() && optional)
        return;
      d_.out_ += fmt::format(" {}={}", field, literals::reprStr(value));
    }
    void identifiers(std::string_view field, std::span<const std::string_view> values) override {
      if (values.empty())
        return;
      d_.out_ += fmt::format(" {}=[", field);
      for (size_t i = 0; i < values.size(); ++i)
        d_.out_ += (i ? ", " : "") + literals::reprStr(values[i]);
      d_.out_ += ']';
    }
    void tag(std::string_view field, std::string_view name) override {
      if (field != "ctx" || name != "Load")
        d_.out_ += fmt::format(" {}={}", field, name);
    }
    void value(std::string_view field, std::string text) override { d_.out_ += fmt::format(" {}={}", field, text); }
    void flag(std::string_view name, bool set) override {
      if (set)
        d_.out_ += fmt::format(" {}", name);
    }

  private:
    TreeDumper &d_;
  };

  std::string &out_;
  std::vector<Child> pending_;

  void indent(int depth) { out_.append(size_t(depth) * 2, ' '); }
};

} // namespace

std::string dumpPythonAst(const Node *root) {
  std::string out;
  PythonDumper(out).node(root);
  return out;
}

std::string dumpTree(const Node *root) {
  std::string out;
  TreeDumper(out).node(root, 0, "");
  return out;
}

} // namespace pyxc::ast
