# Only parameters of Python types take `not None` / `or None`.
def eggs(int x not None, char* y not None, list ok not None, double z or None):
    pass
