// The fused dot product in C: one function per element type, as the fused
// function's two specialisations.
#include "harness.h"

enum { N = 1000000 };
static double *a64, *b64;
static float *a32, *b32;

static double dot_double(const double *a, const double *b, long n) {
  double s = 0;
  for (long i = 0; i < n; ++i)
    s += a[i] * b[i];
  return s;
}

static float dot_float(const float *a, const float *b, long n) {
  float s = 0;
  for (long i = 0; i < n; ++i)
    s += a[i] * b[i];
  return s;
}

static double run(void) { return dot_double(a64, b64, N) + (double)dot_float(a32, b32, N); }

int main(int argc, char **argv) {
  a64 = malloc(sizeof(double) * N);
  b64 = malloc(sizeof(double) * N);
  a32 = malloc(sizeof(float) * N);
  b32 = malloc(sizeof(float) * N);
  for (long i = 0; i < N; ++i) {
    a64[i] = a32[i] = (float)(i % 7);
    b64[i] = b32[i] = (float)(i % 5);
  }
  return measure(argc, argv, run);
}
