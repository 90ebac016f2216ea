# cpython.time: the time module's clocks and localtime() for C code (inline
# functions of a cimported .pxd), against Cython's; and a `with gil`
# function called where the GIL is released.
from cpython cimport time as ctime
from libc.stdint cimport int64_t
import time as pytime

cdef int record(list into, double value) except -1 with gil:
    into.append(value > 0)
    return 0

def clocks():
    cdef double t = ctime.time()
    print(abs(t - pytime.time()) < 5, abs(ctime.monotonic() - pytime.monotonic()) < 5)
    print(abs(ctime.perf_counter() - pytime.perf_counter()) < 5)
    cdef int64_t ns = ctime.time_ns()
    print(abs(ns - pytime.time_ns()) < 5 * 10**9, ctime.monotonic_ns() > 0, ctime.perf_counter_ns() > 0)
    cdef double before, after
    with nogil:
        before = ctime.monotonic()
        after = ctime.monotonic()
    print(after >= before)

def local():
    cdef ctime.tm now = ctime.localtime()
    lt = pytime.localtime()
    print(now.tm_year == lt.tm_year, now.tm_mon == lt.tm_mon, now.tm_mday == lt.tm_mday)
    print(now.tm_wday == lt.tm_wday, now.tm_yday == lt.tm_yday)

def with_gil_from_nogil():
    seen = []
    with nogil:
        record(seen, ctime.time())
        record(seen, -1.0)
    print(seen)

clocks()
local()
with_gil_from_nogil()
