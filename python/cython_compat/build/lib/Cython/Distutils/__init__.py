from pyxc.Distutils import build_ext  # noqa: F401
from .extension import Extension  # noqa: F401
