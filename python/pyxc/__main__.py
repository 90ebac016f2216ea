"""The `pyxc` and `pyxc-cython` commands of an installed pyxc: they run the
compiler executable, which takes Cython's command line when started under
the name pyxc-cython (for Meson's $CYTHON and CMake's CYTHON_EXECUTABLE)."""
import os
import sys

from . import compiler, sys_path


def _exec(argv0):
    path = compiler()
    # cimport searches this interpreter's sys.path after -I, as Cython's does.
    os.environ["PYXC_SYS_PATH"] = sys_path()
    os.execv(path, [argv0] + sys.argv[1:])


def main():
    _exec("pyxc")


def cython_main():
    _exec("pyxc-cython")


if __name__ == "__main__":
    main()
