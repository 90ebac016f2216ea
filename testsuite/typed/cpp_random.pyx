# distutils: language = c++
# libcpp.random: seeded engines give the same numbers every run, and
# distributions called with an engine stay in their ranges.
from libcpp.random cimport (mt19937, mt19937_64, uniform_int_distribution,
                            uniform_real_distribution, normal_distribution,
                            bernoulli_distribution, poisson_distribution)

def engines():
    cdef mt19937 gen = mt19937(5489)
    cdef mt19937_64 big = mt19937_64(42)
    first = [gen() for _ in range(3)]
    gen.seed(5489)
    again = [gen() for _ in range(3)]
    gen.discard(10)
    return first, first == again, big() > 0, gen.min(), gen.max()

def distributions(int n):
    cdef mt19937 gen = mt19937(1)
    cdef uniform_int_distribution[int] dice = uniform_int_distribution[int](1, 6)
    cdef uniform_real_distribution[double] unit = uniform_real_distribution[double](0.0, 1.0)
    cdef normal_distribution[double] normal = normal_distribution[double](0.0, 1.0)
    cdef bernoulli_distribution coin = bernoulli_distribution(0.5)
    cdef poisson_distribution[int] arrivals = poisson_distribution[int](3.0)
    rolls = [dice(gen) for _ in range(n)]
    reals = [unit(gen) for _ in range(n)]
    cdef double total = 0
    for _ in range(n):
        total += normal(gen)
    flips = [coin(gen) for _ in range(n)]
    counts = [arrivals(gen) for _ in range(n)]
    return (min(rolls) >= 1 and max(rolls) <= 6, all(0.0 <= r < 1.0 for r in reals), abs(total / n) < 0.5,
            set(flips) <= {True, False}, min(counts) >= 0, dice.min(), dice.max())

print(engines())
print(distributions(200))
