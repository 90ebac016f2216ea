# pyxc's declarations of the C standard library, for `cimport libc.<header>`.
