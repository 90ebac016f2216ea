"""Cython.Compiler.Main: setuptools imports it to check that Cython can
compile; compile() translates with pyxc."""
import subprocess

import pyxc

version = "3.3.0"


def compile(source, options=None, full_module_name=None, **kwds):
    """Translates `source` (a path, or a list of them) with pyxc into C++
    beside it; raises CompileError when pyxc reports errors."""
    from pyxc.Build import CompileError
    sources = [source] if isinstance(source, str) else list(source)
    for path in sources:
        args = [pyxc.compiler(), path]
        if full_module_name:
            args += ["--module-name", full_module_name]
        if subprocess.run(args).returncode != 0:
            raise CompileError(path)
