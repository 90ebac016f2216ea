counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created
    created = "yes"
make_global()
print(created)
a = 1
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
l = [1, 2, 3]
del l[0], l[-1]
print(l)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
print(missing_global)
