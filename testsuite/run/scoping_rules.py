x = "global"
def read_global():
    return x
def shadow_local():
    x = "local"
    return x
class Scope:
    x = "class"
    def method(self):
        return x
    y = x
    values = [x for _ in range(1)]
print(read_global(), shadow_local(), Scope().method(), Scope.y, Scope.values, x)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def comprehension_no_leak():
    j = "kept"
    [j for j in range(3)]
    return j
print(comprehension_no_leak())
def builtin_shadow():
    len = lambda s: 42
    return len("abc")
print(builtin_shadow(), len("abc"))
def except_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(except_var_cleared())
