# pyxc's declarations of POSIX headers, for `cimport posix.<header>`.
