#!/usr/bin/env python3
"""Writes pyxc's runtime library as one C++ text: every header of
runtime/include/pyxc once, then every source of runtime/src.

A module translated in self-contained mode (the Cython-compatible command
line, which Meson and CMake run) starts with this text, so it builds with
nothing but Python's headers on the include path, as Cython's output does.
System headers are hoisted above `#pragma GCC visibility push(hidden)`: the
runtime's own symbols stay private to the module (as -fvisibility=hidden
keeps them in libpyxcrt), the standard library's keep their visibility.

Usage: amalgamate.py CORE_OUTPUT GENERATORS_OUTPUT CPP_OUTPUT SOURCE.cpp...
(headers are found from the sources)
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
RUNTIME = os.path.dirname(os.path.abspath(__file__))
HEADERS = os.path.join(RUNTIME, "include")


# The part only modules with generators or coroutines carry: it needs C++20
# (coroutines), which the rest does not, so a module without generators
# builds with a compiler's default C++17 too (Meson's sanity check does).
GENERATOR_SOURCES = {"generator.cpp", "async_generator.cpp"}


class Amalgamation:
    def __init__(self, seen):
        self.system = []  # `#include <...>` lines, first seen first
        self.body = []
        self.seen = seen  # files inlined here or in a part before this one

    def inline(self, path):
        real = os.path.realpath(path)
        if real in self.seen:
            return
        self.seen.add(real)
        self.body.append(f"// ---- {os.path.relpath(path, RUNTIME)}\n")
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() == "#pragma once":
                    continue
                m = INCLUDE.match(line)
                if m and m.group(1) == "<":
                    if line.strip() not in self.system:
                        self.system.append(line.strip())
                    continue
                if m:  # "pyxc/x.h" from the include folder, "x.h" beside the file
                    name = m.group(2)
                    beside = os.path.join(os.path.dirname(path), name)
                    self.inline(beside if os.path.exists(beside) else os.path.join(HEADERS, name))
                    continue
                self.body.append(line)
        if not self.body[-1].endswith("\n"):
            self.body.append("\n")

    def text(self, header):
        lines = list(header) + [line + "\n" for line in self.system]
        lines.append("#pragma GCC visibility push(hidden)\n")
        lines += self.body
        lines.append("#pragma GCC visibility pop\n")
        return "".join(lines)


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main(core_output, generators_output, cpp_output, sources):
    seen = set()
    core = Amalgamation(seen)
    core.inline(os.path.join(HEADERS, "pyxc", "runtime.h"))
    core.inline(os.path.join(HEADERS, "pyxc", "complex.h"))
    for source in sources:
        if os.path.basename(source) not in GENERATOR_SOURCES:
            core.inline(source)
    generators = Amalgamation(seen)
    generators.inline(os.path.join(HEADERS, "pyxc", "generator.h"))
    for source in sources:
        if os.path.basename(source) in GENERATOR_SOURCES:
            generators.inline(source)
    # C++ interop (pyxc/cpp.h): only modules with C++ classes carry it (and
    # its standard library headers).
    cpp = Amalgamation(seen)
    cpp.inline(os.path.join(HEADERS, "pyxc", "cpp.h"))
    write(cpp_output, cpp.text([
        "// pyxc's C++ interop (runtime/amalgamate.py), for modules that use C++ classes.\n"]))
    write(core_output, core.text([
        "// pyxc's runtime library as one text (runtime/amalgamate.py): a self-contained\n",
        "// module carries its own copy, as libpyxcrt gives every module its own.\n",
        "#if !defined(__cplusplus)\n",
        '#error "pyxc generates C++: compile this file as C++ (Meson: -Dcython_language=cpp; '
        'CMake: LANGUAGE CXX; setuptools: language=\'c++\')"\n',
        "#elif __cplusplus < 201703L\n",
        '#error "pyxc generates C++17 at least: compile with -std=c++17 or later"\n',
        "#endif\n"]))
    write(generators_output, generators.text([
        "// pyxc's generators and coroutines (runtime/amalgamate.py), for modules that have them.\n",
        "#if __cplusplus < 202002L\n",
        '#error "this module has generators or coroutines, which pyxc builds on C++20 coroutines: '
        'compile with -std=c++20 (Meson: -Dcpp_std=c++20; CMake: CMAKE_CXX_STANDARD 20)"\n',
        "#endif\n"]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
