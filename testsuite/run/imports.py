import math
import os.path
import collections.abc as cabc
from functools import reduce, partial as p
from itertools import *
print(math.sqrt(16), math.pi > 3, os.path.basename("/a/b.txt"), cabc.Mapping.__name__)
print(reduce(lambda a, b: a * b, range(1, 6)), p(int, base=2)("101"), list(islice(count(), 3)))
try:
    from math import not_there
except ImportError as e:
    print("ImportError:", e)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
def local_import():
    import json
    return json.dumps({"a": [1, 2]})
print(local_import())
