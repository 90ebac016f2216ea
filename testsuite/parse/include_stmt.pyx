include "helpers.pxi"
