// The C reference's timing: runs the kernel `repeats` times (argv[1]) after
// one warm-up and prints the result and the median time in seconds.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int measure(int argc, char **argv, double (*kernel)(void)) {
  int repeats = argc > 1 ? atoi(argv[1]) : 5;
  double times[64], result = kernel();
  if (repeats > 64)
    repeats = 64;
  for (int r = 0; r < repeats; ++r) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    result = kernel();
    clock_gettime(CLOCK_MONOTONIC, &t1);
    times[r] = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9;
  }
  qsort(times, repeats, sizeof(double), compare_doubles);
  printf("%.17g %.9f\n", result, times[repeats / 2]);
  return 0;
}
