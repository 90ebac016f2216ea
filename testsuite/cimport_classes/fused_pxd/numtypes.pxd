# Fused types a package shares through a .pxd.
ctypedef fused real:
    float
    double

ctypedef fused index:
    int
    long
