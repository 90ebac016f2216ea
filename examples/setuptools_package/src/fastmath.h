#ifndef FASTMATH_H
#define FASTMATH_H
#ifdef __cplusplus
extern "C" {
#endif
double fm_clamp(double x, double lo, double hi);
double fm_hypot3(double x, double y, double z);
#ifdef __cplusplus
}
#endif
#endif
