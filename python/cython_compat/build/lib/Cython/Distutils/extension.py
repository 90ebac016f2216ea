"""Cython.Distutils.Extension: setuptools' Extension that also carries
cython_directives and cython_include_dirs (pyxc's build_ext reads them)."""
try:
    from setuptools import Extension as _Extension
except ImportError:
    from distutils.extension import Extension as _Extension


class Extension(_Extension):
    def __init__(self, name, sources, *args, cython_directives=None, cython_include_dirs=None, **kw):
        super().__init__(name, sources, *args, **kw)
        self.cython_directives = cython_directives or {}
        self.cython_include_dirs = cython_include_dirs or []
