# <string.h>: byte strings and memory blocks.
cdef extern from "<string.h>" nogil:
    # Names for const types from before Cython had `const` (still cimported
    # by older code).
    ctypedef const char const_char "const char"
    ctypedef const signed char const_schar "const signed char"
    ctypedef const unsigned char const_uchar "const unsigned char"
    ctypedef const void const_void "const void"

    void *memcpy(void *dest, const void *src, size_t n)
    void *memmove(void *dest, const void *src, size_t n)
    void *memset(void *dest, int c, size_t n)
    int memcmp(const void *a, const void *b, size_t n)
    void *memchr(const void *s, int c, size_t n)
    char *strcpy(char *dest, const char *src)
    char *strncpy(char *dest, const char *src, size_t n)
    char *strcat(char *dest, const char *src)
    char *strncat(char *dest, const char *src, size_t n)
    int strcmp(const char *a, const char *b)
    int strncmp(const char *a, const char *b, size_t n)
    int strcoll(const char *a, const char *b)
    char *strchr(const char *s, int c)
    char *strrchr(const char *s, int c)
    char *strstr(const char *haystack, const char *needle)
    char *strpbrk(const char *s, const char *accept)
    size_t strspn(const char *s, const char *accept)
    size_t strcspn(const char *s, const char *reject)
    char *strtok(char *s, const char *delimiters)
    size_t strlen(const char *s)
    char *strerror(int errnum)
    char *strdup(const char *s)
