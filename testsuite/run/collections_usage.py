from collections import defaultdict, Counter, deque, namedtuple, OrderedDict, ChainMap
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dict(dd), Counter("abracadabra").most_common(2), Counter([1, 1, 2]) + Counter([2]))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), list(dq))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), Point._fields)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), ChainMap({"a": 1}, {"a": 2, "b": 3})["b"])
