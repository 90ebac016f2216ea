ctypedef fused number:
    int
    double
    float complex
