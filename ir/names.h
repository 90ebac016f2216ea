// Generated C++ identifiers, unique by construction.
//
// Every identifier made from a Python or Cython name comes from a NameTable:
// the same key always gets the same identifier, and no two keys ever get
// the same one, whatever the names (long shared prefixes, names that differ
// only in case or only in non-ASCII letters, C++ keywords, runtime names).
// Each identifier starts with a category prefix (`v_` locals, `cf_` cdef
// functions, `def_` Python functions, `k_` constants, ...), so none of them
// is a C++ keyword or a name of the runtime's.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace pyxc::ir {

// A readable C identifier fragment for a Python name (any Unicode text):
// ASCII letters, digits and '_' as they are, other ASCII (the dots and
// brackets of qualnames) as one '_', other code points as `u` and their hex
// digits between underscores (`café` -> `caf_ue9_`). Not cut short; not
// injective by itself (the table makes the result unique).
std::string cSpelling(std::string_view name);

class NameTable {
public:
  // The identifier of `key` in this table: `prefix` + cSpelling(name) the
  // first time a spelling is claimed; a later key that spells the same gets
  // `_2`, `_3`, ... (skipping any taken one).
  const std::string &get(std::string_view prefix, std::string_view name, const void *key);
  // Keyed by the name itself (one identifier per prefix and name).
  const std::string &get(std::string_view prefix, std::string_view name) { return get(prefix, name, nullptr); }
  // Identifiers the printer writes itself: no key is ever given one.
  void reserve(std::string_view identifier) { taken_.emplace(identifier); }

private:
  std::map<std::pair<std::string, const void *>, std::string, std::less<>> issued_;
  std::set<std::string, std::less<>> taken_;
};

} // namespace pyxc::ir
