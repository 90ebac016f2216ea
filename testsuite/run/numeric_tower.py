from fractions import Fraction
from decimal import Decimal
import cmath
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7))
print(1 + 2.5, 3 * Fraction(1, 2), 2 ** Fraction(1, 2) if False else "skip", complex(1, 1) ** 2, cmath.sqrt(-4))
print(isinstance(True, int), True + 1, 7 / 7, type(7 / 7).__name__, type(7 // 7).__name__, int(True), float(False))
print(sum([0.1] * 10) == 1.0, abs(sum([0.1] * 10) - 1.0) < 1e-9, max(1, 2.5, Fraction(3, 1)))
print(hash(1) == hash(1.0) == hash(Fraction(1)), 1 == 1.0 == Fraction(1) == Decimal(1))
