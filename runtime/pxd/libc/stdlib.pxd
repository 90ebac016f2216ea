# <stdlib.h>: memory, conversions, random numbers, sorting, the environment.
cdef extern from "<stdlib.h>" nogil:
    const int EXIT_SUCCESS
    const int EXIT_FAILURE
    const int RAND_MAX

    ctypedef struct div_t:
        int quot
        int rem
    ctypedef struct ldiv_t:
        long quot
        long rem

    void *malloc(size_t size)
    void *calloc(size_t count, size_t size)
    void *realloc(void *ptr, size_t size)
    void free(void *ptr)

    double atof(const char *s)
    int atoi(const char *s)
    long atol(const char *s)
    long long atoll(const char *s)
    double strtod(const char *s, char **end)
    float strtof(const char *s, char **end)
    long strtol(const char *s, char **end, int base)
    unsigned long strtoul(const char *s, char **end, int base)
    long long strtoll(const char *s, char **end, int base)
    unsigned long long strtoull(const char *s, char **end, int base)

    int rand()
    void srand(unsigned int seed)

    void abort()
    void exit(int status)
    int atexit(void (*handler)())
    char *getenv(const char *name)
    int system(const char *command)

    void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *))
    void *bsearch(const void *key, const void *base, size_t count, size_t size,
                  int (*compare)(const void *, const void *))

    int abs(int x)
    long labs(long x)
    long long llabs(long long x)
    div_t div(int x, int y)
    ldiv_t ldiv(long x, long y)
