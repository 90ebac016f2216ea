# Dictionary-heavy: counting words of a generated text.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
TEXT = " ".join([WORDS[(i * 7 + i // 3) % len(WORDS)] for i in range(200000)])


def count(text):
    counts = {}
    for word in text.split():
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def run():
    counts = count(TEXT)
    return sorted(counts.items())[0]
