"""Cython.Build's entry points, backed by pyxc."""
from .cythonize import CompileError, cythonize

__all__ = ["cythonize", "CompileError"]
