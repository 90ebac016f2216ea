def f(data):
    if any([(hit := x) > 2 for x in data]):
        return hit
    return None
print(f([1, 5, 3]), f([0]))
def count_filtered(values):
    total = 0
    filtered = [y for x in values if (y := x * 2) > 4 and (total := total + 1)]
    return filtered, total, y
print(count_filtered([1, 2, 3, 4]))
import re
for line in ["a=1", "nothing", "b=22"]:
    if (m := re.match(r"(\w)=(\d+)", line)):
        print(m.group(1), int(m.group(2)))
print((z := 10), z + 1)
