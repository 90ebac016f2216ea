# <cmath>: C++'s mathematical functions (the C library's for double, and
# C++17's special functions, three-argument hypot and C++20's lerp).
cdef extern from "<cmath>" namespace "std" nogil:
    double sqrt(double x)
    double cbrt(double x)
    double exp(double x)
    double exp2(double x)
    double expm1(double x)
    double log(double x)
    double log2(double x)
    double log10(double x)
    double log1p(double x)
    double sin(double x)
    double cos(double x)
    double tan(double x)
    double asin(double x)
    double acos(double x)
    double atan(double x)
    double sinh(double x)
    double cosh(double x)
    double tanh(double x)
    double asinh(double x)
    double acosh(double x)
    double atanh(double x)
    double fabs(double x)
    double ceil(double x)
    double floor(double x)
    double trunc(double x)
    double round(double x)
    double nearbyint(double x)
    double rint(double x)
    double erf(double x)
    double erfc(double x)
    double tgamma(double x)
    double lgamma(double x)
    double logb(double x)
    double pow(double x, double y)
    double atan2(double x, double y)
    double fmod(double x, double y)
    double remainder(double x, double y)
    double hypot(double x, double y)
    double fmin(double x, double y)
    double fmax(double x, double y)
    double fdim(double x, double y)
    double copysign(double x, double y)
    double nextafter(double x, double y)
    double fma(double x, double y, double z)
    double frexp(double x, int* exp)
    double ldexp(double x, int exp)
    double modf(double x, double* iptr)
    int ilogb(double x)
    long lround(double x)
    long long llround(double x)
    bint isnan(double x)
    bint isinf(double x)
    bint isfinite(double x)
    bint signbit(double x)
    double hypot(double x, double y, double z)
    double lerp(double a, double b, double t)
    double assoc_laguerre(unsigned int n, unsigned int m, double x) except +
    double assoc_legendre(unsigned int l, unsigned int m, double x) except +
    double beta(double x, double y) except +
    double comp_ellint_1(double k) except +
    double comp_ellint_2(double k) except +
    double comp_ellint_3(double k, double nu) except +
    double cyl_bessel_i(double nu, double x) except +
    double cyl_bessel_j(double nu, double x) except +
    double cyl_bessel_k(double nu, double x) except +
    double cyl_neumann(double nu, double x) except +
    double ellint_1(double k, double phi) except +
    double ellint_2(double k, double phi) except +
    double ellint_3(double k, double nu, double phi) except +
    double expint(double x) except +
    double hermite(unsigned int n, double x) except +
    double laguerre(unsigned int n, double x) except +
    double legendre(unsigned int n, double x) except +
    double riemann_zeta(double x) except +
    double sph_bessel(unsigned int n, double x) except +
    double sph_legendre(unsigned int l, unsigned int m, double theta) except +
    double sph_neumann(unsigned int n, double x) except +
