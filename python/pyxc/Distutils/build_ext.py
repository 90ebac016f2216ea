"""build_ext: setuptools' command, translating .pyx (and Cython .py)
sources with pyxc first, as Cython.Distutils.build_ext does.

    setup(ext_modules=[Extension("m", ["m.pyx"])], cmdclass={"build_ext": build_ext})

Options as Cython's: --cython-directives (name=value,...), --cython-include-dirs
(folders, os.pathsep separated), --cython-c-in-temp (C++ under build_temp),
and --force. The `cython_directives` and `cython_include_dirs` attributes
an Extension may carry apply to it.
"""
import os
import sys

# The base is distutils' build_ext, not setuptools': setuptools' build_ext
# module, while it is being imported, imports Cython.Distutils.build_ext
# (which the pyxc-cython-compat package makes this class) and builds its
# own command on top of it; it keeps distutils' class as _du_build_ext.
_setuptools_module = sys.modules.get("setuptools.command.build_ext")
_build_ext = getattr(_setuptools_module, "_du_build_ext", None)
if _build_ext is None:
    try:
        from distutils.command.build_ext import build_ext as _build_ext
    except ImportError:  # Python 3.12+: distutils comes with setuptools
        import setuptools  # noqa: F401  (installs the distutils shim)
        from distutils.command.build_ext import build_ext as _build_ext

from ..Build.cythonize import cythonize


class build_ext(_build_ext):
    user_options = _build_ext.user_options + [
        ("cython-directives=", None, "compiler directives, name=value[,name=value...]"),
        ("cython-include-dirs=", None, "folders to search for .pxd and .pxi files (%s separated)" % os.pathsep),
        ("cython-c-in-temp", None, "write the C++ files under build_temp"),
    ]
    boolean_options = _build_ext.boolean_options + ["cython-c-in-temp"]

    def initialize_options(self):
        super().initialize_options()
        self.cython_directives = None
        self.cython_include_dirs = None
        self.cython_c_in_temp = 0

    def finalize_options(self):
        super().finalize_options()
        if isinstance(self.cython_directives, str):
            pairs = [item.split("=", 1) for item in self.cython_directives.split(",") if item]
            self.cython_directives = {k.strip(): (v.strip() if len(kv) else "True") for kv in pairs
                                      for k, v in [kv if len(kv) == 2 else (kv[0], "True")]}
        self.cython_directives = self.cython_directives or {}
        if isinstance(self.cython_include_dirs, str):
            self.cython_include_dirs = self.cython_include_dirs.split(os.pathsep)
        self.cython_include_dirs = self.cython_include_dirs or []

    def build_extension(self, ext):
        directives = dict(self.cython_directives)
        directives.update(getattr(ext, "cython_directives", None) or {})
        include_path = list(self.cython_include_dirs) + list(getattr(ext, "cython_include_dirs", None) or [])
        translated = cythonize(ext, force=self.force, quiet=self.verbose == 0, compiler_directives=directives,
                               include_path=include_path,
                               build_dir=self.build_temp if self.cython_c_in_temp else None)[0]
        for key, value in vars(translated).items():
            setattr(ext, key, value)
        # A module pyxc translated builds against its runtime, whatever the
        # build script did to the flags since cythonize() set them.
        for key, values in (getattr(ext, "pyxc_build", None) or {}).items():
            current = list(getattr(ext, key) or [])
            setattr(ext, key, current + [v for v in values if v not in current])
        super().build_extension(ext)


new_build_ext = build_ext  # Cython's other name for it
