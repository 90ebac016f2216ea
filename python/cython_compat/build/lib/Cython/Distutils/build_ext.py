from pyxc.Distutils.build_ext import build_ext, new_build_ext  # noqa: F401
