# A diagnostic about included code names the included file and its line.
include "included/bad_type.pxi"
