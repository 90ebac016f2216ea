# File objects in CPython's C API: thin wrappers over the io module, kept
# for error reporting and simple output.

cdef extern from "Python.h":
    # An io file object over the file descriptor `fd` (open()'s arguments;
    # NULL for the defaults).
    object PyFile_FromFd(int fd, const char *name, const char *mode, int buffering,
                         const char *encoding, const char *errors, const char *newline, int closefd)
    # p.readline(); with n > 0, at most n bytes.
    object PyFile_GetLine(object p, int n)
    # Writes str(obj) (or repr(obj)) to the file object p.
    int PyFile_WriteObject(object obj, object p, int flags) except? -1
    int PyFile_WriteString(const char *s, object p) except? -1

    enum: Py_PRINT_RAW            # PyFile_WriteObject: str() rather than repr()
