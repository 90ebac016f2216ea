def running_stats(values):
    n = total = 0
    lo = hi = None
    for v in values:
        n += 1
        total += v
        lo = v if lo is None or v < lo else lo
        hi = v if hi is None or v > hi else hi
    return {"n": n, "mean": total / n if n else None, "min": lo, "max": hi}
print(running_stats([4, 8, 15, 16, 23, 42]), running_stats([]))
def histogram(values, buckets):
    counts = [0] * buckets
    lo, hi = min(values), max(values)
    width = (hi - lo) / buckets or 1
    for v in values:
        counts[min(int((v - lo) / width), buckets - 1)] += 1
    return counts
print(histogram([1, 2, 2, 3, 3, 3, 9], 4))
