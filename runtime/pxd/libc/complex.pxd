# <complex.h>: complex arithmetic (ISO C 7.3) on `double complex` values.
# pyxc's generated code is C++, whose double complex is std::complex<double>:
# each function is <complex>'s overload for it (C++'s header has no C names).
cdef extern from "<complex>" nogil:
    # Parts.
    double creal "std::real"(double complex z)
    double cimag "std::imag"(double complex z)
    double cabs "std::abs"(double complex z)
    double carg "std::arg"(double complex z)
    double complex conj "std::conj"(double complex z)
    double complex cproj "std::proj"(double complex z)

    # Exponential, power and logarithm.
    double complex cexp "std::exp"(double complex z)
    double complex clog "std::log"(double complex z)
    double complex cpow "std::pow"(double complex x, double complex y)
    double complex csqrt "std::sqrt"(double complex z)

    # Trigonometric and hyperbolic functions and their inverses.
    double complex csin "std::sin"(double complex z)
    double complex ccos "std::cos"(double complex z)
    double complex ctan "std::tan"(double complex z)
    double complex casin "std::asin"(double complex z)
    double complex cacos "std::acos"(double complex z)
    double complex catan "std::atan"(double complex z)
    double complex csinh "std::sinh"(double complex z)
    double complex ccosh "std::cosh"(double complex z)
    double complex ctanh "std::tanh"(double complex z)
    double complex casinh "std::asinh"(double complex z)
    double complex cacosh "std::acosh"(double complex z)
    double complex catanh "std::atanh"(double complex z)
