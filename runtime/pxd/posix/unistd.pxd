# <unistd.h>: POSIX process, file and system calls.
from posix.types cimport gid_t, off_t, pid_t, uid_t

cdef extern from "<unistd.h>" nogil:
    const int F_OK
    const int R_OK
    const int W_OK
    const int X_OK
    const int SEEK_SET
    const int SEEK_CUR
    const int SEEK_END
    const int STDIN_FILENO
    const int STDOUT_FILENO
    const int STDERR_FILENO
    const int _SC_PAGESIZE
    const int _SC_NPROCESSORS_ONLN

    int access(const char *path, int mode)
    unsigned int alarm(unsigned int seconds)
    int chdir(const char *path)
    int close(int fd)
    int dup(int fd)
    int dup2(int fd, int fd2)
    void _exit(int status)
    pid_t fork()
    long fpathconf(int fd, int name)
    int fsync(int fd)
    int ftruncate(int fd, off_t length)
    char *getcwd(char *buf, size_t size)
    gid_t getegid()
    uid_t geteuid()
    gid_t getgid()
    int gethostname(char *name, size_t length)
    pid_t getpid()
    pid_t getppid()
    uid_t getuid()
    int isatty(int fd)
    int link(const char *path1, const char *path2)
    off_t lseek(int fd, off_t offset, int whence)
    int pipe(int fds[2])
    ssize_t read(int fd, void *buf, size_t count)
    ssize_t readlink(const char *path, char *buf, size_t size)
    int rmdir(const char *path)
    int setgid(gid_t gid)
    int setuid(uid_t uid)
    unsigned int sleep(unsigned int seconds)
    int symlink(const char *path1, const char *path2)
    long sysconf(int name)
    int truncate(const char *path, off_t length)
    int unlink(const char *path)
    int usleep(unsigned int microseconds)
    ssize_t write(int fd, const void *buf, size_t count)
