# <signal.h>: signals and their handlers.
cdef extern from "<signal.h>" nogil:
    ctypedef void (*sighandler_t)(int signum)
    ctypedef int sig_atomic_t
    sighandler_t SIG_DFL
    sighandler_t SIG_IGN
    sighandler_t SIG_ERR
    const int SIGABRT
    const int SIGFPE
    const int SIGILL
    const int SIGINT
    const int SIGSEGV
    const int SIGTERM
    const int SIGHUP
    const int SIGKILL
    const int SIGPIPE
    const int SIGALRM
    const int SIGUSR1
    const int SIGUSR2
    const int SIGCHLD
    sighandler_t signal(int signum, sighandler_t handler)
    int raise_signal "raise"(int signum)
