# A package that wraps a C++ library: the module's `# distutils:` comments
# make it C++ and add the library's source and headers.
from setuptools import setup

from pyxc.Build import cythonize

setup(ext_modules=cythonize("shelf/*.pyx"))
