// Cython's compile-time constants: `DEF NAME = expr` and `IF expr:` blocks,
// evaluated while compiling (deprecated in Cython 3, still widely used).
#pragma once

#include "frontend/ast.h"

#include <map>
#include <optional>
#include <string>

namespace pyxc::sema {

struct CompileTimeValue {
  enum class Kind : uint8_t { None, Bool, Int, Float, Str, Bytes } kind = Kind::None;
  long long i = 0; // Int, Bool
  double f = 0;    // Float
  std::string s;   // Str (UTF-8), Bytes

  bool truth() const;
};

class CompileTimeEnv {
public:
  // Evaluates a constant expression over literals and earlier DEFs; empty
  // when it is not one.
  std::optional<CompileTimeValue> eval(const ast::Expr *e) const;
  void define(std::string_view name, CompileTimeValue v) { values_[std::string(name)] = std::move(v); }
  const CompileTimeValue *lookup(std::string_view name) const {
    auto it = values_.find(std::string(name));
    return it == values_.end() ? nullptr : &it->second;
  }

private:
  std::map<std::string, CompileTimeValue> values_;
};

} // namespace pyxc::sema
