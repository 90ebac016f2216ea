cdef np.ndarray[np.float64_t, ndim=2, mode="c"] arr
