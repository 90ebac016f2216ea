/* A small vendored C library (built as C, linked into geometry.fastmath). */
#include "fastmath.h"

#include <math.h>

#ifndef FASTMATH_SCALE
#error "FASTMATH_SCALE comes from the module's '# distutils: define_macros'"
#endif

double fm_clamp(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }

double fm_hypot3(double x, double y, double z) { return FASTMATH_SCALE * sqrt(x * x + y * y + z * z); }
