// The C reference: the same reduction with OpenMP (gcc -O3 -fopenmp).
#include "../typed/harness.h"

#include <math.h>

static double run(void) {
  const long n = 40000000;
  double a = 0.0, b = 10.0, dx = (b - a) / n, s = 0;
#pragma omp parallel for reduction(+ : s)
  for (long i = 0; i < n; ++i) {
    double x = a + (i + 0.5) * dx;
    s += sin(x) * x;
  }
  return s * dx;
}

int main(int argc, char **argv) { return measure(argc, argv, run); }
