# C++'s casts, as functions given the target type: dynamic_cast[Derived*](p)
# (null, or std::bad_cast for references, when p is no Derived), and the
# static, reinterpret and const casts.
cdef extern from * nogil:
    T dynamic_cast[T](void *) except +
    T static_cast[T](void *)
    T reinterpret_cast[T](void *)
    T const_cast[T](void *)
