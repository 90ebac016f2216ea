# async def, await, async with, async for; compiled coroutines under asyncio.
import asyncio
import inspect


async def double(x):
    await asyncio.sleep(0)
    return x * 2


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.log.append("exit " + self.name + " " + (exc_type.__name__ if exc_type else "ok"))
        return exc_type is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    a = await double(3)
    results = await asyncio.gather(double(1), double(2))
    print(a, results)
    task = asyncio.create_task(double(5))
    print(await task)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print("timeout")

    async def cancelled():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise

    t = asyncio.create_task(cancelled())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled outside")

    log = []
    async with Resource("r1", log) as r:
        log.append("body " + r.name)
    async with Resource("r2", log):
        raise KeyError("suppressed")
    try:
        async with Resource("r3", log):
            raise ValueError("propagates")
    except ValueError as e:
        log.append("caught " + str(e))
    print(log)

    items = []
    async for i in Countdown(3):
        if i == 1:
            continue
        items.append(i)
    else:
        items.append("else")
    print(items)
    async for i in Countdown(5):
        if i == 2:
            break
    print("broke at", i)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "main done"


print(asyncio.run(main()))
print(inspect.iscoroutinefunction(double), asyncio.iscoroutinefunction(double))
c = double(1)
print(asyncio.iscoroutine(c), type(c).__name__, inspect.isawaitable(c))
c.close()


def gen():
    yield 1


print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(double), inspect.signature(double))


class Awaitable:
    def __await__(self):
        received = yield "x"
        return 42, received


async def use():
    return await Awaitable()


co = use()
print(co.send(None))
try:
    co.send("sent")
except StopIteration as e:
    print("stop", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def bad():
    await 5


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)


async def raises():
    raise StopIteration


try:
    raises().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = use()
try:
    iter(c2)
except TypeError as e:
    print("TypeError:", e)
c2.close()
