# String building: formatting, concatenation and joins.
def build(n):
    parts = []
    for i in range(n):
        s = "item-" + str(i)
        if i % 3 == 0:
            s = s.upper()
        parts.append(f"{s}:{i * 2}")
    return ",".join(parts)


def run():
    text = build(100000)
    return len(text), text[:20]
