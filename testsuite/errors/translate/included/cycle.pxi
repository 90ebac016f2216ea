include "cycle.pxi"
