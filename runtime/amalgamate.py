#!/usr/bin/env python3
"""Writes pyxc's runtime library as one C++ text: every header of
runtime/include/pyxc once, then every source of runtime/src.

A module translated in self-contained mode (the Cython-compatible command
line, which Meson and CMake run) starts with this text, so it builds with
nothing but Python's headers on the include path, as Cython's output does.
System headers are hoisted above `#pragma GCC visibility push(hidden)`: the
runtime's own symbols stay private to the module (as -fvisibility=hidden
keeps them in libpyxcrt), the standard library's keep their visibility.

Usage: amalgamate.py OUTPUT SOURCE.cpp...   (headers are found from the sources)
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
RUNTIME = os.path.dirname(os.path.abspath(__file__))
HEADERS = os.path.join(RUNTIME, "include")


def main(output, sources):
    system = []  # `#include <...>` lines, first seen first
    body = []
    seen = set()

    def inline(path):
        real = os.path.realpath(path)
        if real in seen:
            return
        seen.add(real)
        body.append(f"// ---- {os.path.relpath(path, RUNTIME)}\n")
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() == "#pragma once":
                    continue
                m = INCLUDE.match(line)
                if m and m.group(1) == "<":
                    if line.strip() not in system:
                        system.append(line.strip())
                    continue
                if m:  # "pyxc/x.h" from the include folder, "x.h" beside the file
                    name = m.group(2)
                    beside = os.path.join(os.path.dirname(path), name)
                    inline(beside if os.path.exists(beside) else os.path.join(HEADERS, name))
                    continue
                body.append(line)
        if not body[-1].endswith("\n"):
            body.append("\n")

    inline(os.path.join(HEADERS, "pyxc", "runtime.h"))
    inline(os.path.join(HEADERS, "pyxc", "complex.h"))
    for source in sources:
        inline(source)
    text = ["// pyxc's runtime library as one text (runtime/amalgamate.py): a self-contained\n",
            "// module carries its own copy, as libpyxcrt gives every module its own.\n",
            "#if !defined(__cplusplus)\n",
            '#error "pyxc generates C++: compile this file as C++20 (Meson: -Dcython_language=cpp; '
            'CMake: LANGUAGE CXX; setuptools: language=\'c++\')"\n',
            "#elif __cplusplus < 202002L\n",
            '#error "pyxc generates C++20: compile with -std=c++20 (Meson: -Dcpp_std=c++20; '
            'CMake: CMAKE_CXX_STANDARD 20)"\n',
            "#endif\n"]
    text += [line + "\n" for line in system]
    text.append("#pragma GCC visibility push(hidden)\n")
    text += body
    text.append("#pragma GCC visibility pop\n")
    tmp = output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.writelines(text)
    os.replace(tmp, output)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
