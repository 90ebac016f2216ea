"""Run against the installed package: python tests/test_geometry.py"""
import math

import geometry
from geometry import Circle, Polygon, Vec, clamp, hypot3


def test_all():
    assert geometry.vectors.__file__.endswith((".so", ".pyd")), geometry.vectors.__file__
    v = Vec(3.0, 4.0)
    assert v.length() == 5.0
    assert repr(v + Vec(1, 1)) == "Vec(4.0, 5.0)"
    c = Circle(Vec(0, 0), 2.0)
    assert math.isclose(c.area(), math.pi * 4)
    assert c.contains(Vec(1, 1)) and not c.contains(Vec(2, 2))
    assert Polygon([Vec(0, 0), Vec(3, 0), Vec(3, 4)]).perimeter() == 12.0
    assert clamp(5.0, 0.0, 1.0) == 1.0 and clamp(-1.0, 0.0, 1.0) == 0.0
    assert hypot3(2.0, 3.0, 6.0) == 7.0
    try:
        Circle("origin", 1.0)
    except TypeError:
        pass
    else:
        raise AssertionError("Circle('origin', ...) accepted")


if __name__ == "__main__":
    test_all()
    print("geometry: ok")
