include "included/cycle.pxi"
