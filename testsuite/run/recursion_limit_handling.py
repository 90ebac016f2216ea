import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
reached = depth(0)
print(reached > 100)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("RecursionError caught")
print(sys.getrecursionlimit() > 0)
