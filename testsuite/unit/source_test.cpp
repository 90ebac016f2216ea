#include "frontend/diagnostics.h"
#include "frontend/source.h"

#include <catch2/catch.hpp>

using namespace pyxc;

TEST_CASE("line and column of offsets", "[source]") {
  SourceFile f("m.py", "ab\ncd\n\nx");
  CHECK(f.lineCount() == 4);
  auto lc = f.lineCol({0});
  CHECK(lc.line == 1);
  CHECK(lc.col == 1);
  lc = f.lineCol({4});
  CHECK(lc.line == 2);
  CHECK(lc.col == 2);
  lc = f.lineCol({7});
  CHECK(lc.line == 4);
  CHECK(lc.col == 1);
  CHECK(f.lineText(2) == "cd");
  CHECK(f.lineText(3).empty());
}

TEST_CASE("columns count code points, not bytes", "[source]") {
  SourceFile f("m.py", "s = 'é€' + x\n");
  // 'x' is the 12th code point on the line but the 15th byte.
  auto lc = f.lineCol({uint32_t(std::string_view(f.text()).find('x'))});
  CHECK(lc.col == 12);
}

TEST_CASE("diagnostics print as gcc does, with a caret", "[source][diagnostics]") {
  SourceFile f("dir/m.py", "x = (1,\n\ty $ 2)\n");
  DiagnosticEngine diags;
  diags.report(DiagId::InvalidSyntax, f, {uint32_t(std::string_view(f.text()).find('$'))});
  REQUIRE(diags.errorCount() == 1);
  CHECK(formatDiagnostic(diags.all()[0]) == "dir/m.py:2:4: error: invalid syntax\n\ty $ 2)\n\t  ^\n");
}

TEST_CASE("rollback drops later diagnostics", "[diagnostics]") {
  SourceFile f("m.py", "x\n");
  DiagnosticEngine diags;
  diags.report(DiagId::InvalidSyntax, f, {0});
  size_t mark = diags.mark();
  diags.report(DiagId::UnexpectedIndent, f, {0});
  diags.rollback(mark);
  CHECK(diags.all().size() == 1);
  CHECK(diags.errorCount() == 1);
}

TEST_CASE("locations in included files resolve to their own file", "[source]") {
  SourceFile main("m.pyx", "include 'a.pxi'\nx = 1\n");
  uint32_t base = main.adopt(std::make_unique<SourceFile>("a.pxi", "y = 2\nz = $\n"));
  REQUIRE(base >= SourceFile::kIncludedBase);
  SourceLoc dollar{base + 10};
  CHECK(&main.fileAt(dollar) != &main);
  CHECK(main.fileAt(dollar).path() == "a.pxi");
  CHECK(SourceFile::localLoc(dollar).offset == 10);
  auto lc = main.lineCol(dollar);
  CHECK(lc.line == 2);
  CHECK(lc.col == 5);
  CHECK(&main.fileAt({3}) == &main);
  // Diagnostics reported against the module print the included file's name and line.
  DiagnosticEngine diags;
  diags.report(DiagId::InvalidSyntax, main, dollar);
  CHECK(formatDiagnostic(diags.all()[0]) == "a.pxi:2:5: error: invalid syntax\nz = $\n    ^\n");
}
