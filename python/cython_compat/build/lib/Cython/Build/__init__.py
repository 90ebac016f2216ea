from pyxc.Build import CompileError, cythonize  # noqa: F401
