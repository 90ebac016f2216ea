// Cython's compile-time constants: `DEF NAME = expr` and `IF expr:` blocks,
// evaluated while compiling (deprecated in Cython 3, still widely used).
// The one constant evaluator of the compiler: DEF values, IF tests, array
// sizes and enum item values all go through CompileTimeEnv::eval, with
// Python's semantics (`//` and `%` floor, `/` is true division). Integers
// are 64-bit: a result that would not fit is not a constant.
#pragma once

#include "frontend/ast.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pyxc::sema {

struct CompileTimeValue {
  enum class Kind : uint8_t { None, Bool, Int, Float, Str, Bytes, Tuple } kind = Kind::None;
  long long i = 0; // Int, Bool
  double f = 0;    // Float
  std::string s;   // Str (UTF-8), Bytes
  std::vector<CompileTimeValue> items; // Tuple

  bool truth() const;
};

// Resolves a name that is not a DEF constant (an enum item), or empty.
using ConstantNames = std::function<std::optional<long long>(std::string_view)>;

class CompileTimeEnv {
public:
  // Evaluates a constant expression over literals, earlier DEFs and the
  // names `names` knows; empty when it is not one.
  std::optional<CompileTimeValue> eval(const ast::Expr *e, const ConstantNames &names = {}) const;
  // The same, for an integer constant (array sizes, enum values): a bool
  // counts as an int, a float does not.
  std::optional<long long> evalInt(const ast::Expr *e, const ConstantNames &names = {}) const;
  void define(std::string_view name, CompileTimeValue v) { values_[std::string(name)] = std::move(v); }
  const CompileTimeValue *lookup(std::string_view name) const {
    auto it = values_.find(std::string(name));
    return it == values_.end() ? nullptr : &it->second;
  }

private:
  std::optional<CompileTimeValue> call(const ast::Call *c, const ConstantNames &names) const;
  std::map<std::string, CompileTimeValue> values_;
};

} // namespace pyxc::sema
