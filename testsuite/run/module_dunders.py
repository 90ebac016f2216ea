print(__name__ == "module_dunders", __doc__, type(__builtins__).__name__ in ("dict", "module"))
"""not a docstring: not first"""
def uses_name():
    return __name__
print(uses_name() == __name__, "uses_name" in dir())
