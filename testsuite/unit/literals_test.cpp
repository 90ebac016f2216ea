#include "frontend/literals.h"

#include <catch2/catch.hpp>

using namespace pyxc::literals;

TEST_CASE("float repr follows CPython's repr()", "[literals]") {
  CHECK(reprFloat(1.0) == "1.0");
  CHECK(reprFloat(0.1) == "0.1");
  CHECK(reprFloat(1e16) == "1e+16");
  CHECK(reprFloat(1e15) == "1000000000000000.0");
  CHECK(reprFloat(1.5e-5) == "1.5e-05");
  CHECK(reprFloat(0.0001) == "0.0001");
  CHECK(reprFloat(123456789.125) == "123456789.125");
  CHECK(reprFloat(1e400) == "inf");
  CHECK(reprImaginary(2.0) == "2j");
  CHECK(reprImaginary(1.5e300) == "1.5e+300j");
}

TEST_CASE("integers of any base become decimal digits", "[literals]") {
  CHECK(intToDecimal("0") == "0");
  CHECK(intToDecimal("1_000_000") == "1000000");
  CHECK(intToDecimal("0xFF") == "255");
  CHECK(intToDecimal("0o777") == "511");
  CHECK(intToDecimal("0b1010") == "10");
  CHECK(intToDecimal("0xffffffffffffffffffffffff") == "79228162514264337593543950335");
}

TEST_CASE("str and bytes repr choose quotes and escapes as CPython", "[literals]") {
  CHECK(reprStr("it's") == "\"it's\"");
  CHECK(reprStr("a'b\"c") == "'a\\'b\"c'");
  CHECK(reprStr("\t\n\x01\x7f") == "'\\t\\n\\x01\\x7f'");
  CHECK(reprStr("é\u200b") == "'é\\u200b'");
  CHECK(reprBytes(std::string_view("\x00\xff'", 3)) == "b\"\\x00\\xff'\"");
}

TEST_CASE("escape sequences decode as in CPython", "[literals]") {
  std::string out;
  REQUIRE_FALSE(decodeEscapes("a\\n\\x41\\101\\u00e9\\N{BULLET}\\q", false, out));
  CHECK(out == "a\nAAé•\\q");
  out.clear();
  REQUIRE_FALSE(decodeEscapes("\\xff\\u1234", true, out));
  CHECK(out == "\xff\\u1234");
  out.clear();
  auto err = decodeEscapes("\\x4", false, out);
  REQUIRE(err);
  CHECK(err->reason == "truncated \\xXX escape");
  out.clear();
  err = decodeEscapes("\\N{NO SUCH NAME}", false, out);
  REQUIRE(err);
  CHECK(err->unknownName);
}
