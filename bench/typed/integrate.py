def f(x):
    return x * x - x


def integrate_f(a, b, n):
    s = 0.0
    dx = (b - a) / n
    for i in range(n):
        s += f(a + i * dx)
    return s * dx


def run():
    return integrate_f(0.0, 2.0, 10 ** 7)
