#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for pyxc and builds it: installs the
# missing Debian packages and Python packages, fetches Cython's test suite
# (for the conformance checks) into .cache/, configures and builds build/.
# Idempotent; fast when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# clang and its runtimes: the fuzz target (scripts/fuzz.sh, part of the tests).
apt_packages=(g++ pkg-config ninja-build libfmt-dev libcli11-dev catch2 libicu-dev nlohmann-json3-dev cmake clang
  libclang-rt-14-dev)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Meson from PyPI: Debian 12's 1.0 predates meson.options.
if ! python3 -c 'import sys, mesonbuild.coredata as c; sys.exit(tuple(map(int, c.version.split(".")[:2])) < (1, 1))' 2>/dev/null; then
  python3 -m pip install -q --disable-pip-version-check "meson>=1.1"
fi
meson() { python3 -m mesonbuild.mesonmain "$@"; }

# What the build-integration tests build packages with (pip install
# --no-build-isolation: testsuite/build_integration): setuptools' wheel
# support, meson-python, scikit-build-core with cython-cmake.
if ! python3 -c 'import wheel, mesonpy, scikit_build_core, cython_cmake' 2>/dev/null; then
  python3 -m pip install -q --disable-pip-version-check wheel "meson-python>=0.15" "scikit-build-core>=0.10" \
    "cython-cmake>=0.2"
fi

# NumPy: `cimport numpy` reads its own .pxd (the conformance buffers tier,
# testsuite/typed/numpy_*), and the benchmarks compare against it.
if ! python3 -c 'import numpy' 2>/dev/null; then
  python3 -m pip install -q --disable-pip-version-check numpy
fi

bash scripts/fetch_cython_tests.sh

if [ ! -f build/build.ninja ]; then
  meson setup build --buildtype=debugoptimized >/dev/null
fi
meson compile -C build -j 2 >/dev/null
echo "setup: built build/cli/pyxc"
