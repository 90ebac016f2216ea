#include "harness.h"

static double f(double x) { return x * x - x; }

static double run(void) {
  const int n = 10000000;
  double a = 0.0, b = 2.0, s = 0, dx = (b - a) / n;
  for (int i = 0; i < n; ++i)
    s += f(a + i * dx);
  return s * dx;
}

int main(int argc, char **argv) { return measure(argc, argv, run); }
