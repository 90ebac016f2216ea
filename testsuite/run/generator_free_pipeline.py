records = [{"name": n, "score": s} for n, s in [("a", 90), ("b", 72), ("c", 85), ("d", 60)]]
passed = list(filter(lambda r: r["score"] >= 70, records))
names = list(map(lambda r: r["name"].upper(), passed))
ranked = sorted(passed, key=lambda r: r["score"], reverse=True)
print(names, [r["name"] for r in ranked], sum(map(lambda r: r["score"], records)) / len(records))
grades = {r["name"]: ("A" if r["score"] >= 85 else "B" if r["score"] >= 70 else "C") for r in records}
print(grades)
