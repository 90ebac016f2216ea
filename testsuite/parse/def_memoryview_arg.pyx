def total(double[:, ::1] grid not None, np.ndarray[double, ndim=1] v):
    pass
