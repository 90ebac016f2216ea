# A list display where a C pointer is wanted (`cdef double *p = [1, 2, 3]`)
# is a C array that lives as long as the function, each item converted to
# the pointer's type, as Cython makes it (a later assignment is refused
# in functions: errors/translate/list_literal_pointer_assigned.pyx).
cdef double total(double *values, int n):
    cdef double s = 0
    for i in range(n):
        s += values[i]
    return s

def doubles(x):
    cdef double *values = [1, 2.5, x]
    cdef int *counts = [3, -4]
    return [values[i] for i in range(3)], counts[0] + counts[1], total([0.5, 0.25], 2)

def nested_calls():
    results = []
    for k in range(3):
        results.append(total([k, k * 2, 1], 3))
    return results

cdef long *module_values
module_values = [10, 20, 30]  # module code: a static array

print(doubles(4))
print(nested_calls())
print(module_values[0] + module_values[2])
