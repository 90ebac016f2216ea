#include "frontend/decode.h"

#include <catch2/catch.hpp>

using namespace pyxc;

TEST_CASE("UTF-8 by default, newlines normalised", "[decode]") {
  std::string text;
  REQUIRE_FALSE(decodeSource("a\r\nb\rc\n", text));
  CHECK(text == "a\nb\nc\n");
}

TEST_CASE("a coding declaration on line 1 or 2 is honoured", "[decode]") {
  std::string text;
  REQUIRE_FALSE(decodeSource("# -*- coding: latin-1 -*-\nx = '\xe9'\n", text));
  CHECK(text == "# -*- coding: latin-1 -*-\nx = '\xc3\xa9'\n");
  REQUIRE_FALSE(decodeSource("#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\ns='\xc1'\n", text));
  CHECK(text.find("'\xd0\xb0'") != std::string::npos);
}

TEST_CASE("bad encodings are reported", "[decode]") {
  std::string text;
  auto err = decodeSource("# coding: uft-8\n", text);
  REQUIRE(err);
  CHECK(err->id == DiagId::UnknownEncoding);
  err = decodeSource("x = '\xf6'\n", text);
  REQUIRE(err);
  CHECK(err->id == DiagId::UndecodableSource);
  CHECK(err->position == 5);
  err = decodeSource("\xef\xbb\xbf# coding: latin-1\n", text);
  REQUIRE(err);
  CHECK(err->id == DiagId::Utf8BomMismatch);
}
