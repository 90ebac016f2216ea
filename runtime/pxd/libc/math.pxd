# <math.h>: the C99 mathematical functions and constants (double, float
# and long double variants).
cdef extern from "<math.h>" nogil:
    const double M_E
    const double M_LOG2E
    const double M_LOG10E
    const double M_LN2
    const double M_LN10
    const double M_PI
    const double M_PI_2
    const double M_PI_4
    const double M_1_PI
    const double M_2_PI
    const double M_2_SQRTPI
    const double M_SQRT2
    const double M_SQRT1_2
    const double HUGE_VAL
    const float HUGE_VALF
    const double INFINITY
    const double NAN
    const int FP_NAN
    const int FP_INFINITE
    const int FP_ZERO
    const int FP_SUBNORMAL
    const int FP_NORMAL

    double sin(double x)
    double cos(double x)
    double tan(double x)
    double asin(double x)
    double acos(double x)
    double atan(double x)
    double atan2(double y, double x)
    double sinh(double x)
    double cosh(double x)
    double tanh(double x)
    double asinh(double x)
    double acosh(double x)
    double atanh(double x)
    double exp(double x)
    double exp2(double x)
    double expm1(double x)
    double log(double x)
    double log2(double x)
    double log10(double x)
    double log1p(double x)
    double logb(double x)
    int ilogb(double x)
    double frexp(double x, int *exponent)
    double ldexp(double x, int exponent)
    double modf(double x, double *integral)
    double scalbn(double x, int n)
    double pow(double x, double y)
    double sqrt(double x)
    double cbrt(double x)
    double hypot(double x, double y)
    double erf(double x)
    double erfc(double x)
    double tgamma(double x)
    double lgamma(double x)
    double ceil(double x)
    double floor(double x)
    double trunc(double x)
    double round(double x)
    long lround(double x)
    long long llround(double x)
    double rint(double x)
    long lrint(double x)
    double nearbyint(double x)
    double fmod(double x, double y)
    double remainder(double x, double y)
    double remquo(double x, double y, int *quo)
    double copysign(double x, double y)
    double nextafter(double x, double y)
    double fdim(double x, double y)
    double fmax(double x, double y)
    double fmin(double x, double y)
    double fma(double x, double y, double z)
    double fabs(double x)

    float sinf(float x)
    float cosf(float x)
    float tanf(float x)
    float expf(float x)
    float logf(float x)
    float powf(float x, float y)
    float sqrtf(float x)
    float fabsf(float x)
    float floorf(float x)
    float ceilf(float x)
    float roundf(float x)
    float fmodf(float x, float y)
    float atan2f(float y, float x)
    float hypotf(float x, float y)

    long double sinl(long double x)
    long double cosl(long double x)
    long double expl(long double x)
    long double logl(long double x)
    long double powl(long double x, long double y)
    long double sqrtl(long double x)
    long double fabsl(long double x)

    bint isinf(long double x)
    bint isnan(long double x)
    bint isfinite(long double x)
    bint isnormal(long double x)
    bint signbit(long double x)
    int fpclassify(long double x)
