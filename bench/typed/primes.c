#include "harness.h"

static volatile int wanted = 10000; // read at run time: no constant folding

static double run(void) {
  int p[10000];
  int found = 0, n = 2, limit = wanted;
  while (found < limit) {
    int i;
    for (i = 0; i < found; ++i)
      if (n % p[i] == 0)
        break;
    if (i == found)
      p[found++] = n;
    ++n;
  }
  return p[found - 1];
}

int main(int argc, char **argv) { return measure(argc, argv, run); }
