def use_math():
    import math as m
    from math import factorial, gcd as g
    return m.pi > 3, factorial(5), g(12, 18)
print(use_math())
def import_in_loop():
    results = []
    for name in ["json", "os", "string"]:
        mod = __import__(name)
        results.append(mod.__name__)
    return results
print(import_in_loop())
import importlib
print(importlib.import_module("collections").OrderedDict.__name__)
from os import path as p, sep
print(p.join("a", "b"), sep)
