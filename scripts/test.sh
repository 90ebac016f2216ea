#!/usr/bin/env bash
# Builds pyxc and runs the test suite; the last line is "N passed, N failed".
#   scripts/test.sh          the default suite
#   scripts/test.sh --full   also the full standard-library oracle walk
set -uo pipefail
cd "$(dirname "$0")/.."
if ! python3 -m mesonbuild.mesonmain compile -C build -j 2 >/dev/null; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
exec python3 testsuite/run_tests.py --build build "$@"
