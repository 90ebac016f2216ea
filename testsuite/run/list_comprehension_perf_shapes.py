squares = [i * i for i in range(20)]
evens = [s for s in squares if s % 2 == 0]
pairs = [(a, b) for a in range(4) for b in range(a)]
matrix = [[r * c for c in range(4)] for r in range(3)]
transposed = [[row[i] for row in matrix] for i in range(4)]
print(squares[-3:], evens[:3], pairs, matrix, transposed)
words = ["apple", "Banana", "cherry"]
print({w.lower(): len(w) for w in words}, {len(w) for w in words}, [w[0] for w in words if w.islower()])
