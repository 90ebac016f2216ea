#!/usr/bin/env bash
# Downloads Cython 3.3.0's source distribution from PyPI once and unpacks its
# tests/ folder into .cache/cython-3.3.0/tests (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.cache/cython-3.3.0
[ -d "$dest/tests/run" ] && exit 0
mkdir -p .cache/download
python3 -m pip download -q --disable-pip-version-check --no-binary :all: --no-deps cython==3.3.0 -d .cache/download
tar xzf .cache/download/cython-3.3.0.tar.gz -C .cache cython-3.3.0/tests
echo "fetched Cython 3.3.0 tests into $dest/tests"
