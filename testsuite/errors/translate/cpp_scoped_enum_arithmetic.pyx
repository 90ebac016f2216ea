# distutils: language = c++
# C++ enum classes have no arithmetic (Cython's error): items compare only.
cdef extern from *:
    cdef enum class Light:
        Red
        Green
    cpdef enum class Mood "Light":
        Red
        Green

def f():
    cdef Light l = Light.Red
    return l | l, Mood.Red + Mood.Green, l == Light.Green
