# A module that cimports numpy and never calls import_array(): pyxc calls it
# before the module's body, and says so as Cython does.
cimport numpy as np

def ndim(np.ndarray a):
    return a.ndim

def unpack():
    a, b = 1, 2, 3  # (an error of the same stage, so the file fails)
