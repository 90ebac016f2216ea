match 1:
    case int(real=0, imag=0, real=1):
        pass
