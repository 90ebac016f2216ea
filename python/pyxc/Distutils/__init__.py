"""Cython.Distutils' entry points, backed by pyxc."""
from .build_ext import build_ext

__all__ = ["build_ext"]
