# <sys/mman.h>: memory mappings.
from posix.types cimport off_t

cdef extern from "<sys/mman.h>" nogil:
    const int PROT_NONE
    const int PROT_READ
    const int PROT_WRITE
    const int PROT_EXEC
    const int MAP_SHARED
    const int MAP_PRIVATE
    const int MAP_ANONYMOUS
    const int MAP_FIXED
    void *MAP_FAILED
    const int MS_ASYNC
    const int MS_SYNC
    void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
    int munmap(void *addr, size_t length)
    int mprotect(void *addr, size_t length, int prot)
    int msync(void *addr, size_t length, int flags)
    int madvise(void *addr, size_t length, int advice)
