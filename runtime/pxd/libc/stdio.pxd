# <stdio.h>: C streams and formatted output.
cdef extern from "<stdio.h>" nogil:
    ctypedef struct FILE
    FILE *stdin
    FILE *stdout
    FILE *stderr
    const int EOF
    const int BUFSIZ

    FILE *fopen(const char *path, const char *mode)
    int fclose(FILE *stream)
    int fflush(FILE *stream)
    size_t fread(void *ptr, size_t size, size_t count, FILE *stream)
    size_t fwrite(const void *ptr, size_t size, size_t count, FILE *stream)
    int fgetc(FILE *stream)
    char *fgets(char *s, int size, FILE *stream)
    int fputc(int c, FILE *stream)
    int putc(int c, FILE *stream)
    int fputs(const char *s, FILE *stream)
    int puts(const char *s)
    int putchar(int c)
    int getchar()
    int fseek(FILE *stream, long offset, int whence)
    long ftell(FILE *stream)
    void rewind(FILE *stream)
    int feof(FILE *stream)
    int ferror(FILE *stream)
    void perror(const char *s)
    int remove(const char *path)
    int rename(const char *old, const char *new)

    int printf(const char *format, ...)
    int fprintf(FILE *stream, const char *format, ...)
    int sprintf(char *s, const char *format, ...)
    int snprintf(char *s, size_t n, const char *format, ...)
    int sscanf(const char *s, const char *format, ...)
