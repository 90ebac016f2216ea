#!/usr/bin/env bash
# Builds the libFuzzer target with clang (coverage, ASan, UBSan on every
# frontend file) and runs it on a corpus seeded from the golden tests.
#   scripts/fuzz.sh [SECONDS]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
if [ ! -f build-fuzz/build.ninja ]; then
  CXX=clang++ python3 -m mesonbuild.mesonmain setup build-fuzz -Dfuzz=true -Dtests=disabled \
    --buildtype=debugoptimized -Db_sanitize=address,undefined -Db_lundef=false \
    -Dcpp_args=-fsanitize=fuzzer-no-link >/dev/null
fi
ninja -C build-fuzz testsuite/parse_fuzzer >/dev/null
corpus=.cache/fuzz-corpus
mkdir -p "$corpus"
for f in testsuite/parse/*.py* testsuite/parse/python/*.py testsuite/errors/*.py*; do
  case "$f" in *.expected) ;; *) cp "$f" "$corpus/" ;; esac
done
exec build-fuzz/testsuite/parse_fuzzer -max_total_time="$seconds" -max_len=8192 -timeout=10 "$corpus"
