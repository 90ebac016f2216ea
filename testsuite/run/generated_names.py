# Names that must not collide in the generated C++: long shared prefixes,
# names that differ only in case or only in a non-ASCII letter, names that
# are C/C++ keywords, and names the generated code and runtime use.

def damerau_levenshtein_distance(a, b):
    return ("distance", a, b)

def damerau_levenshtein_distance_seqs(a, b):
    return ("seqs", a, b)

def damerau_levenshtein_distance_seqs_normalized(a, b):
    return ("normalized", a, b)

def value(x):
    return x + 1

def Value(x):
    return x + 2

def VALUE(x):
    return x + 3

def café(x):
    return "café", x

def caf_(x):
    return "caf_", x

def caf_ue9_(x):
    return "caf_ue9_", x

# C and C++ keywords and runtime names as functions, parameters and locals.
def new(delete, template, namespace):
    this = delete + template
    operator = this * namespace
    return operator

def Ref(own, keep, line, error, self, globals, params, slots, PyObject):
    goto = own + keep + line + error + self + globals + params + slots + PyObject
    return goto

def f_1():
    return "f_1"

class C:
    def f(self):
        return "C.f"

def C_f():
    return "C_f"

def outer():
    def inner():
        return "outer.<locals>.inner"
    return inner

def outer_locals_inner():
    return "outer_locals_inner"

def very_long_local_names():
    a_very_long_local_variable_name_that_goes_on_1 = 1
    a_very_long_local_variable_name_that_goes_on_2 = 2
    a_very_long_local_variable_name_that_goes_on_3 = 3
    return (a_very_long_local_variable_name_that_goes_on_1, a_very_long_local_variable_name_that_goes_on_2,
            a_very_long_local_variable_name_that_goes_on_3)

def cells():
    x_1 = 1
    x = 2
    def get():
        return x_1, x
    return get()

print(damerau_levenshtein_distance(1, 2), damerau_levenshtein_distance_seqs(3, 4),
      damerau_levenshtein_distance_seqs_normalized(5, 6))
print(value(1), Value(1), VALUE(1))
print(café(1), caf_(2), caf_ue9_(3))
print(new(1, 2, 3), Ref(1, 2, 3, 4, 5, 6, 7, 8, 9))
print(f_1(), C().f(), C_f(), outer()(), outer_locals_inner())
print(very_long_local_names(), cells())
