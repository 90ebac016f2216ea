// `# distutils: key = value` header comments: how a module asks its build
// for C sources, libraries, include folders, macros and flags, read and
// merged exactly as Cython's cythonize reads them (Cython/Build/Dependencies:
// the same keys, list syntax and merge rules).
//
//   # distutils: language = c++
//   # distutils: sources = [helper.c, "other file.c"]
//   # distutils: libraries = m z
//   # distutils: define_macros = NDEBUG VERSION=3
//
// Only the comment lines before the first statement count, as for
// `# cython:` directives; Cython also reads a distutils key written as
// `# cython: key = value`.
#pragma once

#include "frontend/diagnostics.h"
#include "frontend/source.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pyxc::sema {

// How a key's value is read and whether a cimported .pxd passes it on.
enum class DistutilsKind : uint8_t {
  String,           // one value, not inherited (name)
  List,             // not inherited (sources, define_macros ...)
  TransitiveList,   // a cimported .pxd's values are appended (libraries ...)
  TransitiveString, // a cimported .pxd's value applies when the module has none (language)
  BoolOr,           // true when any file says so (np_pythran)
};

// The kind of a distutils key; false for a name that is not one.
bool distutilsKind(std::string_view key, DistutilsKind &kind);

struct DistutilsSettings {
  // key -> values (one for String and TransitiveString kinds; "True" or
  // "False" for BoolOr). define_macros values stay "NAME" or "NAME=VALUE".
  std::map<std::string, std::vector<std::string>> values;

  // Cython's DistutilsInfo.merge: what `from` (a cimported file's merged
  // settings) passes on to this module.
  void merge(const DistutilsSettings &from);
  // A transitive list value, added when not there yet.
  void add(const std::string &key, const std::string &value);
};

// Reads the header comments of `file`; an unknown key is an error
// (UnknownDistutilsKey) at its position.
DistutilsSettings readDistutilsComments(const SourceFile &file, DiagnosticEngine &diags);

// Cython's parse_list: "[a, 'b c']" is comma separated, "a b c" space
// separated; quoted items keep their spaces and commas.
std::vector<std::string> parseDistutilsList(std::string_view text);

} // namespace pyxc::sema
