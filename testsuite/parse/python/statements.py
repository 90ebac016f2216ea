@decorator
@decorator.attr(1)(2)[3]
@(lambda f: f)
class C(A, B, *bases, metaclass=M, **kw):
    x: int
    (y): int = 1
    z.a: str
    w[0]: float = 2.0
    def f(a, b, /, c, d=1, *e, f, g=2, **h) -> "ret":
        nonlocal q
        global r, s
        del a, (b, c), [d]
        return
    async def g(self):
        async with a as (b, c), d:
            await x
        result = [x async for x in y if await x]
        return (yield)

with (open(a) as f, open(b) as g,):
    pass
with (a, b):
    pass
with (a):
    pass
for x, in y:
    pass
else:
    pass
while (n := n - 1) > 0:
    break
if a: pass
elif b: pass
else: pass
try:
    pass
except (A, B):
    pass
except C as e:
    pass
else:
    pass
finally:
    pass
assert x, "msg"
import a.b.c as d, e
from .. import (f as g,)
from ...pkg.mod import *
a = b = c, d = e, *f = g
x[1:2, ::3, ...] = y[*a, b]
a @= b; a //= c; a **= 2
lambda: (yield)
lambda *, k=1: k
lambda a, /, b=2, *c, d, **e: 0
not a in b not in c is not d is e < f <= g > h >= i != j == k
print(*args, sep='', **kwargs)
f(a for a in b)
{**a, 'b': 1, **c}
{*a, *b}
{k: v for k, v in x if k for y in z}
(x for x in y)
[*a, *b]
-x ** -y
~a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
a if b else c if d else e
x = yield from y
