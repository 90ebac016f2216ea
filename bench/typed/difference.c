// Seed example 2 in C: allocate the result, subtract element by element.
#include "harness.h"
#include <stdint.h>

enum { N = 10000000 };
static int64_t *a, *b;

static double run(void) {
  int64_t *result = malloc(sizeof(int64_t) * N);
  for (long i = 0; i < N; ++i)
    result[i] = a[i] - b[i];
  double last = (double)result[N - 1];
  free(result);
  return last;
}

int main(int argc, char **argv) {
  a = malloc(sizeof(int64_t) * N);
  b = malloc(sizeof(int64_t) * N);
  for (long i = 0; i < N; ++i) {
    a[i] = i;
    b[i] = i / 3;
  }
  return measure(argc, argv, run);
}
