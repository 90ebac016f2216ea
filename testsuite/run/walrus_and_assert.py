data = [1, 5, 3, 8]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
while (item := data.pop()) != 5:
    print("popped", item)
assert n == 4
assert n == 4, "not shown"
try:
    assert n == 5, f"n was {n}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
