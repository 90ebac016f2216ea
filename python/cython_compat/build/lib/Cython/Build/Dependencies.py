from pyxc.Build.cythonize import CompileError, cythonize  # noqa: F401
