// Matching the arguments of C calls to parameters (ir/c_calls.h).
#include "ir/c_calls.h"

#include <string>

namespace pyxc::ir {

using namespace ast;

bool matchArguments(const Call *c, const sema::Type *fn, size_t self, CCall &call, std::vector<bool> &given,
                    const SourceFile &file, DiagnosticEngine &diags) {
  size_t n = fn->params.size();
  bool ok = true;
  for (const Expr *a : c->args) {
    if (a->kind == Kind::Starred) {
      diags.report(DiagId::StarredArgumentToC, file, a->range.begin);
      return false;
    }
    int param = call.given.size() < n ? int(call.given.size()) : -1; // after self for a method
    if (param >= 0)
      given[param] = true;
    call.given.push_back({a, param});
  }
  for (const Keyword *k : c->keywords) {
    if (k->arg.empty()) { // **kwargs
      diags.report(DiagId::StarredArgumentToC, file, k->range.begin);
      return false;
    }
    size_t i = 0;
    while (i < n && fn->params[i].name != k->arg)
      ++i;
    if (i == n) {
      diags.report(DiagId::UnexpectedKeywordToC, file, k->range.begin, k->arg);
      ok = false;
    } else if (given[i]) {
      diags.report(DiagId::ArgumentPassedTwice, file, k->range.begin, k->arg);
      ok = false;
    } else {
      given[i] = true;
      call.given.push_back({k->value, int(i)});
    }
  }
  if (!ok)
    return false;
  // Cython's count: the arguments given against the parameters without
  // defaults (at least) and all of them (at most, unless `...`).
  size_t required = 0;
  for (const sema::Param &p : fn->params)
    required += !p.hasDefault;
  size_t actual = c->args.size() + c->keywords.size() + self;
  bool missing = false;
  for (size_t i = 0; i < n; ++i)
    missing |= !given[i] && !fn->params[i].hasDefault;
  if (missing || (actual > n && !fn->varargs)) {
    required -= self, n -= self, actual -= self; // a method's self is not counted
    std::string expected = std::to_string(required);
    if (fn->varargs)
      expected = "at least " + expected;
    else if (required != n)
      expected = actual < n ? "at least " + expected : "at most " + std::to_string(n);
    diags.report(DiagId::WrongArgumentCount, file, c->range.begin, expected, actual);
    return false;
  }
  return true;
}

} // namespace pyxc::ir
