# One constant evaluator with Python's semantics: DEF values, IF tests,
# array sizes and enum values agree on // and % of negative numbers.
# (Cython writes `//` in a non-DEF array size into C as it is, so the
# sizes here use DEFs; testsuite/unit/compile_time_test.cpp has the rest.)
DEF N = (0 - 7) // 2 + 10
DEF M = -7 % 3
DEF F = -7.5 // 2
DEF CHAR = c'x'

cdef enum Sizes:
    A = N
    B = A * 2 + M
    C = 1 << 4 | 1

cdef int by_def[N]
cdef int by_expression[N * 2 - M]
cdef int by_enum[B]

IF (0 - 7) // 2 + 10 == 6:
    branch = "floor"
ELSE:
    branch = "truncate"

def show():
    cdef char c = CHAR
    print(N, M, F, A, B, C, c)
    print(sizeof(by_def) // sizeof(int), sizeof(by_expression) // sizeof(int), sizeof(by_enum) // sizeof(int))
    print(branch)

show()
