def connect(host, port=80, *, timeout=10, retries):
    return f"{host}:{port} t={timeout} r={retries}"
print(connect("h", retries=1), connect("h", 8080, retries=2, timeout=5))
for bad in [lambda: connect("h"), lambda: connect("h", 1, 2), lambda: connect(retries=1),
            lambda: connect("h", retries=1, unknown=2), lambda: connect("h", host="x", retries=0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def posonly(a, b=2, /, c=3):
    return a, b, c
print(posonly(1), posonly(1, 5, c=6), posonly(1, 2, 3))
try:
    posonly(a=1)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, *, b):
    return a, b
print(mixed(1, b=2))
def kwargs_collect(a, **kw):
    return a, kw
print(kwargs_collect(1, a_=2, **{"b": 3}), kwargs_collect(**{"a": 1}))
