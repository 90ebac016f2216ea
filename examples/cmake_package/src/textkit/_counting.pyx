def count_vowels(str text):
    cdef Py_ssize_t n = 0
    cdef Py_UCS4 c
    for c in text:
        if c in "aeiouAEIOU":
            n += 1
    return n


cdef class WordCounter:
    cdef dict counts
    cdef readonly Py_ssize_t total

    def __init__(self):
        self.counts = {}
        self.total = 0

    def feed(self, str text):
        for word in text.split():
            self.counts[word] = self.counts.get(word, 0) + 1
            self.total += 1
        return self

    def most_common(self, int n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
