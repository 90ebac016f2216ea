#!/usr/bin/env bash
# Builds the libFuzzer target with clang (coverage, ASan, UBSan on every
# file of the compiler) and runs it on a corpus seeded from the golden
# tests; also builds build-fuzz/cli/pyxc, the compiler with the same
# sanitizers (the sanitizer tests translate with it). A crash's input is
# written to .cache/fuzz-artifacts/.
#   scripts/fuzz.sh [SECONDS]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
if [ ! -f build-fuzz/build.ninja ]; then
  CXX=clang++ python3 -m mesonbuild.mesonmain setup build-fuzz -Dfuzz=true -Dtests=disabled \
    --buildtype=debugoptimized -Db_sanitize=address,undefined -Db_lundef=false \
    -Dcpp_args=-fsanitize=fuzzer-no-link >/dev/null
fi
ninja -C build-fuzz testsuite/parse_fuzzer cli/pyxc >/dev/null
corpus=.cache/fuzz-corpus
mkdir -p "$corpus"
for f in testsuite/parse/*.py* testsuite/parse/python/*.py testsuite/errors/*.py*; do
  case "$f" in *.expected) ;; *) cp "$f" "$corpus/" ;; esac
done
mkdir -p .cache/fuzz-artifacts
exec build-fuzz/testsuite/parse_fuzzer -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -artifact_prefix=.cache/fuzz-artifacts/ -print_final_stats=1 "$corpus"
