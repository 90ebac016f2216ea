#include "harness.h"

static double run(void) {
  const int width = 600, height = 400, max_iter = 100;
  int *counts = malloc(sizeof(int) * width * height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      double cr = -2.0 + 3.0 * x / width, ci = -1.0 + 2.0 * y / height;
      double zr = 0, zi = 0;
      int k = 0;
      while (k < max_iter && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        ++k;
      }
      counts[y * width + x] = k;
    }
  long total = 0;
  for (int i = 0; i < width * height; ++i)
    total += counts[i];
  free(counts);
  return (double)total;
}

int main(int argc, char **argv) { return measure(argc, argv, run); }
