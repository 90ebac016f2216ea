z = 3 + 4j
w = complex(1, -1)
print(z + w, z * w, z / w, abs(z), z.conjugate(), z.real, z.imag, z == complex(3, 4), -z, z ** 2)
import cmath
print(cmath.phase(1j), cmath.polar(z), cmath.exp(0j), complex("1+2j"), repr(1j), repr(-0j), 1j.imag)
