def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(200)
print(len(primes), primes[:10], primes[-3:], sum(primes))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(twins[:5], len(twins))
