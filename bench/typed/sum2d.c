// Seed example 1 in C: the same array, the same double loop.
#include "harness.h"

static double *data;
enum { ROWS = 2000, COLS = 2000 };

static double run(void) {
  double s = 0;
  for (long i = 0; i < ROWS; ++i)
    for (long j = 0; j < COLS; ++j)
      s += data[i * COLS + j];
  return s;
}

int main(int argc, char **argv) {
  data = malloc(sizeof(double) * ROWS * COLS);
  for (long k = 0; k < ROWS * COLS; ++k)
    data[k] = k / 7.0;
  return measure(argc, argv, run);
}
