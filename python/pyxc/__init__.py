"""pyxc's Python package: the compiler's Python API and build integration.

    pyxc.compiler()          the pyxc executable this package drives
    pyxc.build_config()      how to compile and link modules it translates
    pyxc.Build.cythonize     Cython's cythonize(), backed by pyxc
    pyxc.Distutils.build_ext a setuptools build_ext that translates .pyx sources

and the pure-Python-mode `cython` shim (SHIM_DIR).
"""
import functools
import json
import os
import subprocess

__version__ = "0.1.0"

_HERE = os.path.dirname(os.path.abspath(__file__))

# Where the `cython` stand-in lives; append it to sys.path (after
# site-packages) to run pure-Python-mode code without Cython installed.
SHIM_DIR = os.path.join(_HERE, "shim")


class CompilerNotFound(RuntimeError):
    pass


@functools.lru_cache(maxsize=None)
def compiler():
    """The pyxc executable: $PYXC, else the one installed in this package
    (pyxc/bin/pyxc), else the one built in the source tree this package
    sits in (build/cli/pyxc)."""
    candidates = [os.environ.get("PYXC"),
                  os.path.join(_HERE, "bin", "pyxc"),
                  os.path.join(os.path.dirname(os.path.dirname(_HERE)), "build", "cli", "pyxc")]
    for path in candidates:
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise CompilerNotFound("pyxc: no compiler found (looked at $PYXC, %s)" % ", ".join(c for c in candidates[1:]))


@functools.lru_cache(maxsize=None)
def build_config():
    """A dict: include_dirs, extra_objects and extra_compile_args every
    translated module is built with, ext_suffix, version."""
    out = subprocess.run([compiler(), "--build-config"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def sys_path():
    """This interpreter's sys.path as $PYXC_SYS_PATH gives it to the compiler:
    the folders cimport searches after -I, as Cython searches sys.path."""
    import sys
    return os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))


def get_include():
    """The folder holding pyxc/runtime.h."""
    return build_config()["include_dirs"][0]
