// C complex values (`double complex`, `float complex`, `long double complex`)
// as generated code computes with them: std::complex storage, which has the
// layout of C99's _Complex, with products and quotients written out as
// Cython writes them, so results match a Cython build bit for bit.
// Included by modules that use complex types only.
#pragma once

#include "pyxc/cvalues.h"

#include <cmath>
#include <complex>

namespace pyxc {

// The real or imaginary part as an lvalue (`z.real = 3`); [complex.numbers]
// guarantees the array layout.
template <class T> inline T &realPart(std::complex<T> &z) { return reinterpret_cast<T(&)[2]>(z)[0]; }
template <class T> inline T &imagPart(std::complex<T> &z) { return reinterpret_cast<T(&)[2]>(z)[1]; }
template <class T> inline T realPart(const std::complex<T> &z) { return z.real(); }
template <class T> inline T imagPart(const std::complex<T> &z) { return z.imag(); }

// (a+bi)(c+di) without the infinity/NaN recovery of C's Annex G, as Cython
// and CPython compute it.
template <class T> inline std::complex<T> complexMultiply(std::complex<T> a, std::complex<T> b) {
  return {a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real()};
}

// Smith's algorithm: scale by the larger part of the divisor, so the
// intermediate products neither overflow nor lose precision needlessly.
template <class T> inline std::complex<T> complexDivide(std::complex<T> a, std::complex<T> b) {
  if (b.imag() == 0)
    return {a.real() / b.real(), a.imag() / b.real()};
  if (std::fabs(b.real()) >= std::fabs(b.imag())) {
    T r = b.imag() / b.real();
    T s = T(1) / (b.real() + b.imag() * r);
    return {(a.real() + a.imag() * r) * s, (a.imag() - a.real() * r) * s};
  }
  T r = b.real() / b.imag();
  T s = T(1) / (b.imag() + b.real() * r);
  return {(a.real() * r + a.imag()) * s, (a.imag() * r - a.real()) * s};
}

template <class T> inline bool isZero(std::complex<T> z) { return z.real() == 0 && z.imag() == 0; }

// Division by a complex zero raises as Cython's checked division does.
[[gnu::cold]] inline void raiseComplexDivisionByZero() { raiseFloatDivisionByZero(); }

template <class T> inline PyObject *complexToPython(std::complex<T> z) {
  return PyComplex_FromDoubles(double(z.real()), double(z.imag()));
}

// Python's complex(), with its TypeError for what has no complex value.
// False when it raised.
template <class T> inline bool complexFromPython(PyObject *o, std::complex<T> &out) {
  Py_complex c = PyComplex_AsCComplex(o);
  if (c.real == -1.0 && PyErr_Occurred())
    return false;
  out = std::complex<T>(T(c.real), T(c.imag));
  return true;
}

} // namespace pyxc
