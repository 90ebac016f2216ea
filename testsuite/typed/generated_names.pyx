# C-level names that must not collide in the generated C++: cdef functions
# and module variables with long shared prefixes (pyxDamerauLevenshtein's
# damerau_levenshtein_distance and ..._seqs), case-only differences, and
# names that are C++ keywords or runtime names.
cdef long damerau_levenshtein_distance(long a, long b):
    return a + b

cdef long damerau_levenshtein_distance_seqs(long a, long b):
    return a * b

cpdef long damerau_levenshtein_distance_withoutcache(long a, long b):
    return a - b

cdef int counter_value_for_the_module_1 = 1
cdef int counter_value_for_the_module_2 = 2
cdef int Counter_Value_For_The_Module_1 = 3

cdef int new(int delete, int template):
    cdef int this = delete + template
    return this

cdef double Ref(double own, double line):
    cdef double error = own * line
    return error

cpdef enum Colour:
    red = 1
    green = 2

cpdef enum colour:
    RED = 10
    GREEN = 20

def show():
    print(damerau_levenshtein_distance(3, 4), damerau_levenshtein_distance_seqs(3, 4),
          damerau_levenshtein_distance_withoutcache(3, 4))
    print(counter_value_for_the_module_1, counter_value_for_the_module_2, Counter_Value_For_The_Module_1)
    print(new(1, 2), Ref(1.5, 2.0))
    print(Colour.green, colour.GREEN, Colour(1), colour(20))

show()
