# Async generators (PEP 525) under asyncio: async for, asend/athrow/aclose,
# finally on close, asynchronous generator expressions, the event loop's
# hooks (shutdown_asyncgens closes unfinished ones), and CPython's errors.
import asyncio
import collections.abc
import inspect
import sys


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("  ticker finally", n)


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except ValueError as e:
        print("  echo caught", e)
        yield "recovered"
    finally:
        print("  echo finally", received)


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to close"


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def empty():
    return
    yield


async def awaits_in_finally():
    try:
        yield "first"
    finally:
        await asyncio.sleep(0)
        print("  awaited in finally")


async def main():
    print([x async for x in ticker(3)])
    async for x in ticker(2):
        print("got", x)
    g = echo()
    print(await g.asend(None), await g.asend("a"), await g.asend("b"))
    print(await g.athrow(ValueError("bad")))
    await g.aclose()
    try:
        await g.asend("c")
    except StopAsyncIteration:
        print("exhausted after aclose")
    t = ticker(5)
    print(await t.__anext__(), await anext(t))
    try:
        await t.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated:", repr(e))
    try:
        await anext(t)
    except StopAsyncIteration:
        print("closed by the exception")
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    r = raises_stop()
    await anext(r)
    try:
        await anext(r)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print([x async for x in empty()])
    aw = ticker(1).asend(None)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
    f = awaits_in_finally()
    print(await anext(f))
    await f.aclose()
    doubled = (x * 2 async for x in ticker(3))
    print([y async for y in doubled])
    waited = (await asyncio.sleep(0, result=x) for x in range(3))
    print([y async for y in waited])
    print(inspect.isasyncgenfunction(ticker), inspect.iscoroutinefunction(ticker))
    print(isinstance(ticker(0), collections.abc.AsyncGenerator), isinstance(ticker(0), collections.abc.AsyncIterator))
    print(ticker.__name__, ticker(0).__qualname__, ticker(0).ag_running)
    unfinished = ticker(10)
    print(await anext(unfinished))
    # left suspended: asyncio.run closes it (its finalizer hook / shutdown_asyncgens)


asyncio.run(main())
print("hooks after run:", sys.get_asyncgen_hooks())


async def gather_many():
    async def produce(tag, n):
        for i in range(n):
            await asyncio.sleep(0)
            yield f"{tag}{i}"

    async def consume(tag, n):
        return [v async for v in produce(tag, n)]

    return await asyncio.gather(consume("a", 3), consume("b", 2))


print(asyncio.run(gather_many()))
