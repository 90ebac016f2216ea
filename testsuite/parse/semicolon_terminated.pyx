ctypedef int myint;
