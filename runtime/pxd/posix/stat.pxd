# <sys/stat.h>: file status.
from posix.types cimport blkcnt_t, blksize_t, dev_t, gid_t, ino_t, mode_t, nlink_t, off_t, time_t, uid_t

cdef extern from "<sys/stat.h>" nogil:
    cdef struct struct_stat "stat":
        dev_t st_dev
        ino_t st_ino
        mode_t st_mode
        nlink_t st_nlink
        uid_t st_uid
        gid_t st_gid
        dev_t st_rdev
        off_t st_size
        blksize_t st_blksize
        blkcnt_t st_blocks
        time_t st_atime
        time_t st_mtime
        time_t st_ctime
    const mode_t S_IRUSR
    const mode_t S_IWUSR
    const mode_t S_IXUSR
    const mode_t S_IRWXU
    bint S_ISREG(mode_t mode)
    bint S_ISDIR(mode_t mode)
    bint S_ISLNK(mode_t mode)
    int chmod(const char *path, mode_t mode)
    int fstat(int fd, struct_stat *buf)
    int lstat(const char *path, struct_stat *buf)
    int mkdir(const char *path, mode_t mode)
    int stat(const char *path, struct_stat *buf)
    mode_t umask(mode_t mask)
