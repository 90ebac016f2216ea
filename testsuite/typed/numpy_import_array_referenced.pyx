# NumPy's import_array referenced without a call (`<void>np.import_array`)
# counts as a use, as in Cython: no call is added for the module, so NumPy's
# C API table stays null until the module calls it; the inline function
# the reference names is compiled into the module.
cimport numpy as np

<void>np.import_array

cdef extern from *:
    """
    static int pyxc_test_api_ready(void) { return PyArray_API != NULL; }
    """
    int pyxc_test_api_ready()

def api_ready():
    return pyxc_test_api_ready() != 0

print(api_ready())
np.import_array()
print(api_ready())
