#!/usr/bin/env bash
# Every file the conformance lists name from Cython's tests/run must parse:
# `pyxc parse FILE` exits 0. (lists/memoryview.txt names tests/memoryview
# files written for language_level=2, which `pyxc --build -X` compiles.)
#   scripts/conformance_parse.sh PYXC TESTS_DIR
set -u
pyxc=$1
tests=$2
lists=$(dirname "$0")/../testsuite/conformance/lists
pass=0
fail=0
for f in $(ls "$lists"/*.txt | grep -v '/memoryview\.txt$' | xargs cut -f1 | sort -u); do
  if out=$(timeout 20 "$pyxc" parse -q "$tests/run/$f" 2>&1 >/dev/null); then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $f: $(printf '%s\n' "$out" | grep -m1 'error' || printf '%s' "$out" | head -c 200)"
  fi
done
echo "conformance parse: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
