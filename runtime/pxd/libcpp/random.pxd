# <random>: random number engines (called for the next number) and
# distributions (called with an engine). Written from the C++ standard;
# every member may throw what the library throws (except +).
from libc.stdint cimport uint_fast32_t, uint_fast64_t

cdef extern from "<random>" namespace "std" nogil:
    cdef cppclass random_device:
        ctypedef unsigned int result_type
        random_device() except +
        double entropy() except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass mt19937:
        ctypedef uint_fast32_t result_type
        mt19937() except +
        mt19937(result_type seed) except +
        void seed(result_type seed) except +
        void discard(unsigned long long z) except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass mt19937_64:
        ctypedef uint_fast64_t result_type
        mt19937_64() except +
        mt19937_64(result_type seed) except +
        void seed(result_type seed) except +
        void discard(unsigned long long z) except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass minstd_rand0:
        ctypedef uint_fast32_t result_type
        minstd_rand0() except +
        minstd_rand0(result_type seed) except +
        void seed(result_type seed) except +
        void discard(unsigned long long z) except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass minstd_rand:
        ctypedef uint_fast32_t result_type
        minstd_rand() except +
        minstd_rand(result_type seed) except +
        void seed(result_type seed) except +
        void discard(unsigned long long z) except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass ranlux24:
        ctypedef uint_fast32_t result_type
        ranlux24() except +
        ranlux24(result_type seed) except +
        void seed(result_type seed) except +
        void discard(unsigned long long z) except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass ranlux48:
        ctypedef uint_fast64_t result_type
        ranlux48() except +
        ranlux48(result_type seed) except +
        void seed(result_type seed) except +
        void discard(unsigned long long z) except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass knuth_b:
        ctypedef uint_fast32_t result_type
        knuth_b() except +
        knuth_b(result_type seed) except +
        void seed(result_type seed) except +
        void discard(unsigned long long z) except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass default_random_engine:
        ctypedef uint_fast32_t result_type
        default_random_engine() except +
        default_random_engine(result_type seed) except +
        void seed(result_type seed) except +
        void discard(unsigned long long z) except +
        result_type operator()() except +
        result_type min() except +
        result_type max() except +

    cdef cppclass uniform_int_distribution[T]:
        ctypedef T result_type
        uniform_int_distribution() except +
        uniform_int_distribution(T a, T b) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass uniform_real_distribution[T]:
        ctypedef T result_type
        uniform_real_distribution() except +
        uniform_real_distribution(T a, T b) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass bernoulli_distribution:
        ctypedef bint result_type
        bernoulli_distribution() except +
        bernoulli_distribution(double p) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass binomial_distribution[T]:
        ctypedef T result_type
        binomial_distribution() except +
        binomial_distribution(T t, double p) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass geometric_distribution[T]:
        ctypedef T result_type
        geometric_distribution() except +
        geometric_distribution(double p) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass negative_binomial_distribution[T]:
        ctypedef T result_type
        negative_binomial_distribution() except +
        negative_binomial_distribution(T k, double p) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass poisson_distribution[T]:
        ctypedef T result_type
        poisson_distribution() except +
        poisson_distribution(double mean) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass exponential_distribution[T]:
        ctypedef T result_type
        exponential_distribution() except +
        exponential_distribution(T lambd) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass gamma_distribution[T]:
        ctypedef T result_type
        gamma_distribution() except +
        gamma_distribution(T alpha, T beta) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass weibull_distribution[T]:
        ctypedef T result_type
        weibull_distribution() except +
        weibull_distribution(T a, T b) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass extreme_value_distribution[T]:
        ctypedef T result_type
        extreme_value_distribution() except +
        extreme_value_distribution(T a, T b) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass normal_distribution[T]:
        ctypedef T result_type
        normal_distribution() except +
        normal_distribution(T mean, T stddev) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass lognormal_distribution[T]:
        ctypedef T result_type
        lognormal_distribution() except +
        lognormal_distribution(T m, T s) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass chi_squared_distribution[T]:
        ctypedef T result_type
        chi_squared_distribution() except +
        chi_squared_distribution(T n) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass cauchy_distribution[T]:
        ctypedef T result_type
        cauchy_distribution() except +
        cauchy_distribution(T a, T b) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass fisher_f_distribution[T]:
        ctypedef T result_type
        fisher_f_distribution() except +
        fisher_f_distribution(T m, T n) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +

    cdef cppclass student_t_distribution[T]:
        ctypedef T result_type
        student_t_distribution() except +
        student_t_distribution(T n) except +
        void reset()
        result_type operator()[Generator](Generator& g) except +
        result_type min() except +
        result_type max() except +
