"""pyxc's Python package: the pure-Python-mode `cython` shim (pyxc/shim)."""
import os

# Where the `cython` stand-in lives; append it to sys.path (after
# site-packages) to run pure-Python-mode code without Cython installed.
SHIM_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shim")
