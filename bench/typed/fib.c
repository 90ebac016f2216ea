#include "harness.h"

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static double run(void) { return (double)fib(30); }

int main(int argc, char **argv) { return measure(argc, argv, run); }
