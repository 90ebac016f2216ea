// Generated identifiers (codegen/names.h): unique by construction.
#include "ir/names.h"

#include <catch2/catch.hpp>

using pyxc::ir::cSpelling;
using pyxc::ir::NameTable;

TEST_CASE("spellings keep ASCII names whole and spell other letters", "[names]") {
  CHECK(cSpelling("damerau_levenshtein_distance_seqs") == "damerau_levenshtein_distance_seqs");
  CHECK(cSpelling("C.<locals>.f") == "C_locals_f");
  CHECK(cSpelling("café") == "caf_ue9_");
  CHECK(cSpelling("π") == "u3c0_");
}

TEST_CASE("no two keys share an identifier", "[names]") {
  NameTable t;
  std::string a = t.get("cf_", "damerau_levenshtein_distance");
  std::string b = t.get("cf_", "damerau_levenshtein_distance_seqs");
  CHECK(a != b);
  CHECK(t.get("cf_", "damerau_levenshtein_distance") == a); // the same key, the same name
  // Two names that spell alike: the second gets a suffix, and a name that
  // spells like that suffix gets another.
  std::string cafe = t.get("v_", "café");
  std::string spelled = t.get("v_", "caf_ue9_");
  std::string suffixed = t.get("v_", "caf_ue9__2");
  CHECK(cafe == "v_caf_ue9_");
  CHECK(spelled == "v_caf_ue9__2");
  CHECK(suffixed == "v_caf_ue9__2_2");
  // Keys: two scopes with the same qualname get two names.
  int s1 = 0, s2 = 0;
  CHECK(t.get("def_", "f", &s1) == "def_f");
  CHECK(t.get("def_", "f", &s2) == "def_f_2");
  CHECK(t.get("def_", "f", &s1) == "def_f");
  // A reserved identifier is never given out.
  t.reserve("v_line");
  CHECK(t.get("v_", "line") == "v_line_2");
  // Case is kept: these are three names.
  CHECK(t.get("v_", "value") != t.get("v_", "Value"));
}
