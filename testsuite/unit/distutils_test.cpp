// `# distutils:` comments (sema/distutils.h): Cython's list syntax, which
// lines count, and the merge rules for what a cimported .pxd passes on.
#include "sema/distutils.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace pyxc;
using sema::DistutilsSettings;
using Strings = std::vector<std::string>;

TEST_CASE("distutils lists: spaces, or commas inside brackets; quotes keep an item whole") {
  CHECK(sema::parseDistutilsList("") == Strings{});
  CHECK(sema::parseDistutilsList("a") == Strings{"a"});
  CHECK(sema::parseDistutilsList("a  b\tc") == Strings{"a", "b", "c"});
  CHECK(sema::parseDistutilsList("[a, b, c]") == Strings{"a", "b", "c"});
  CHECK(sema::parseDistutilsList("a \" \" b") == Strings{"a", " ", "b"});
  CHECK(sema::parseDistutilsList("[a, \",a\", \"a,\", \",\", ]") == Strings{"a", ",a", "a,", ","});
  CHECK(sema::parseDistutilsList("-Wl,--as-needed -s") == Strings{"-Wl,--as-needed", "-s"});
}

TEST_CASE("distutils comments: header comments only, an unknown key is an error") {
  SourceFile f("m.pyx", "#!/usr/bin/env python\n# distutils: libraries = m z\n# cython: boundscheck=False\n"
                        "# cython: include_dirs = inc\n\n# distutils: language=c++\nx = 1\n"
                        "# distutils: sources = late.c\n");
  DiagnosticEngine diags;
  DistutilsSettings s = sema::readDistutilsComments(f, diags);
  CHECK(!diags.hasErrors());
  CHECK(s.values["libraries"] == Strings{"m", "z"});
  CHECK(s.values["include_dirs"] == Strings{"inc"}); // a distutils key under `cython:` counts too
  CHECK(s.values["language"] == Strings{"c++"});
  CHECK(s.values.count("sources") == 0); // after the first statement
  CHECK(s.values.count("boundscheck") == 0);

  SourceFile bad("b.pyx", "# distutils: libary = m\n");
  DiagnosticEngine badDiags;
  sema::readDistutilsComments(bad, badDiags);
  REQUIRE(badDiags.all().size() == 1);
  CHECK(badDiags.all()[0].id == DiagId::UnknownDistutilsKey);
}

TEST_CASE("distutils merge: transitive lists append, language fills in, sources stay") {
  DistutilsSettings module, pxd;
  module.values["libraries"] = {"m"};
  module.values["sources"] = {"a.c"};
  pxd.values["libraries"] = {"z", "m"};
  pxd.values["sources"] = {"b.c"};
  pxd.values["define_macros"] = {"X"};
  pxd.values["language"] = {"c++"};
  pxd.values["np_pythran"] = {"True"};
  module.merge(pxd);
  CHECK(module.values["libraries"] == Strings{"m", "z"});
  CHECK(module.values["sources"] == Strings{"a.c"});
  CHECK(module.values.count("define_macros") == 0);
  CHECK(module.values["language"] == Strings{"c++"});
  CHECK(module.values["np_pythran"] == Strings{"True"});

  DistutilsSettings c;
  c.values["language"] = {"c"};
  c.merge(pxd);
  CHECK(c.values["language"] == Strings{"c"}); // the module's own wins
}
