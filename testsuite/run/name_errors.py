def f():
    return undefined_thing
try:
    f()
except NameError as e:
    print("NameError:", e, e.name if hasattr(e, "name") else "")
class C:
    def m(self):
        return missing_in_method
try:
    C().m()
except NameError as e:
    print("NameError:", e)
def unbound_param_del(a):
    del a
    return a
try:
    unbound_param_del(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def unbound_in_branch(flag):
    if flag:
        value = 1
    return value
print(unbound_in_branch(True))
try:
    unbound_in_branch(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
