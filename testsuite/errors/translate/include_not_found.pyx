include "no_such_file.pxi"
