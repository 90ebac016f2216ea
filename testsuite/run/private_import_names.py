# Imports inside a class body are mangled as CPython's compiler mangles
# them: `from m import __x` in class C reads m._C__x and binds _C__x,
# `import __m` imports the module _C__m, `from __m import y` reads module
# _C__m; dunder names and dotted modules are left alone.
import sys
import types

helper = types.ModuleType("helper")
setattr(helper, "_C__secret", "mangled attribute")
helper.__dunder__ = "dunder"
helper.plain = "plain"
sys.modules["helper"] = helper
private = types.ModuleType("_C__private_module")
private.value = 42
sys.modules["_C__private_module"] = private


class C:
    from helper import __secret
    from helper import plain as __renamed
    from helper import __dunder__
    import __private_module
    from __private_module import value

    def read(self):
        return self.__secret, self.__renamed, self.__private_module.value


print(sorted(k for k in vars(C) if not k.startswith("__") or k == "__dunder__"))
print(C().read(), C.value)

try:
    class D:
        from helper import __missing
except ImportError as e:
    print("ImportError", e.name, "_D__missing" in str(e))


def function_scope():
    from helper import plain as __local  # not in a class: not mangled
    return __local


print(function_scope())
