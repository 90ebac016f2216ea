def primes(wanted):
    p = []
    n = 2
    while len(p) < wanted:
        for q in p:
            if n % q == 0:
                break
        else:
            p.append(n)
        n += 1
    return p


def run():
    return primes(10000)[-1]
