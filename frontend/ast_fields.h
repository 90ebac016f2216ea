// Reflection over AST nodes: each node kind's fields, in CPython's `ast`
// order for Python nodes. Both AST dumps are written against this one table.
#pragma once

#include "frontend/ast.h"

#include <string>

namespace pyxc::ast {

class FieldVisitor {
public:
  virtual ~FieldVisitor() = default;
  // A child node; `optional` fields that are null are skipped by ast.dump.
  virtual void child(std::string_view field, const Node *n, bool optional) = 0;
  // A list of nodes; nulls inside print as None.
  virtual void children(std::string_view field, std::span<Node *const> nodes) = 0;
  // An identifier or other string shown quoted; optional ones may be empty.
  virtual void identifier(std::string_view field, std::string_view value, bool optional) = 0;
  virtual void identifiers(std::string_view field, std::span<const std::string_view> values) = 0;
  // An operator or context (`Add`, `Load`): a node without fields.
  virtual void tag(std::string_view field, std::string_view name) = 0;
  // A preformatted value (numbers, constants' repr).
  virtual void value(std::string_view field, std::string text) = 0;
  // A Cython flag, shown only when set (never in the python-ast dump).
  virtual void flag(std::string_view name, bool set) = 0;
};

const char *kindName(Kind k);
void visitFields(const Node *n, FieldVisitor &v);

// Calls f(child) on each direct child node of n (absent optional children
// and the nulls of lists, such as a dict display's `**` keys, are skipped).
template <class F> void forEachChild(const Node *n, F &&f) {
  struct Kids final : FieldVisitor {
    F &f;
    explicit Kids(F &f) : f(f) {}
    void child(std::string_view, const Node *c, bool) override {
      if (c)
        f(c);
    }
    void children(std::string_view, std::span<Node *const> cs) override {
      for (const Node *c : cs)
        if (c)
          f(c);
    }
    void identifier(std::string_view, std::string_view, bool) override {}
    void identifiers(std::string_view, std::span<const std::string_view>) override {}
    void tag(std::string_view, std::string_view) override {}
    void value(std::string_view, std::string) override {}
    void flag(std::string_view, bool) override {}
  } kids(f);
  visitFields(n, kids);
}

} // namespace pyxc::ast
