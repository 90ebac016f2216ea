import numpy as np


def mandelbrot(width, height, max_iter):
    counts = np.empty((height, width), dtype=np.int32)
    for y in range(height):
        for x in range(width):
            cr = -2.0 + 3.0 * x / width
            ci = -1.0 + 2.0 * y / height
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2 * zr * zi + ci
                zr = t
                k += 1
            counts[y, x] = k
    return counts


def run():
    return int(mandelbrot(600, 400, 100).sum())
