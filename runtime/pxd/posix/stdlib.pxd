# POSIX additions to <stdlib.h>.
cdef extern from "<stdlib.h>" nogil:
    int setenv(const char *name, const char *value, int overwrite)
    int unsetenv(const char *name)
    int putenv(char *string)
    char *realpath(const char *path, char *resolved)
    int mkstemp(char *template)
    char *mkdtemp(char *template)
    long random()
    void srandom(unsigned int seed)
    double drand48()
    void srand48(long seed)
    int posix_memalign(void **ptr, size_t alignment, size_t size)
