def documented(a: int, b: str = "x") -> bool:
    """The docstring."""
    return True
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__ == __name__)
print(documented.__annotations__, documented.__defaults__)
class K:
    "Class doc."
    def method(self):
        "Method doc."
    x: int = 3
print(K.__doc__, K.method.__doc__, K.__annotations__, K.method.__name__, K().method.__self__.__class__.__name__)
module_level: str = "annotated"
print(__annotations__, module_level)
def nodoc():
    pass
print(nodoc.__doc__, repr(nodoc).startswith("<function nodoc at"), (lambda: 0).__name__)
documented.attribute = "set"
print(documented.attribute, documented.__dict__)
import inspect
print(inspect.isfunction(documented) or callable(documented), inspect.signature(len))
