from libc.math cimport no_such_function
