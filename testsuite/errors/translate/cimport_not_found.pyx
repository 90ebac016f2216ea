from libc.nosuch cimport thing
