# The setup.py of a Cython package, with pyxc's cythonize in Cython's place.
# Each module's `# distutils:` comments add its C sources and libraries.
from setuptools import setup

from pyxc.Build import cythonize

setup(ext_modules=cythonize("geometry/*.pyx", compiler_directives={"boundscheck": False}, nthreads=2))
