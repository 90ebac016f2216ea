"""Vectors and shapes: cdef classes shared between modules through a .pxd."""
from .vectors import Vec
from .shapes import Circle, Polygon
from .fastmath import clamp, hypot3

__all__ = ["Vec", "Circle", "Polygon", "clamp", "hypot3"]
