text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(len(words), len(freq), top)
lengths = [len(w) for w in words]
print(sum(lengths) / len(lengths), max(words, key=len), sorted(set(lengths)))
print({ch: text.lower().count(ch) for ch in "aeiou"})
