"""Cython's import names, backed by pyxc (the pyxc-cython-compat package).

Build scripts written for Cython (`from Cython.Build import cythonize`,
setuptools' automatic use of Cython.Distutils.build_ext) run pyxc instead.
__version__ is the Cython release whose language pyxc implements, which is
what build scripts that check it mean.
"""
import pyxc

__version__ = "3.3.0"
pyxc_version = pyxc.__version__
