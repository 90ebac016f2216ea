# Escape counts of the Mandelbrot set on a 600x400 grid (at most 100 steps).
# cython: boundscheck=False, wraparound=False
import numpy as np


def mandelbrot(int width, int height, int max_iter):
    out = np.empty((height, width), dtype=np.int32)
    cdef int[:, ::1] counts = out
    cdef int x, y, k
    cdef double cr, ci, zr, zi, t
    for y in range(height):
        for x in range(width):
            cr = -2.0 + 3.0 * x / width
            ci = -1.0 + 2.0 * y / height
            zr = 0
            zi = 0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2 * zr * zi + ci
                zr = t
                k += 1
            counts[y, x] = k
    return out


def run():
    return int(mandelbrot(600, 400, 100).sum())
