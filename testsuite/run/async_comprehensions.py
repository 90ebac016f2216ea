# Asynchronous comprehensions in coroutines: `async for` clauses, `await` in
# elements and conditions, nesting, and errors from inside them.
import asyncio


class Countdown:
    """An asynchronous iterator that yields to the event loop on each step."""

    def __init__(self, n, fail_at=None):
        self.n = n
        self.fail_at = fail_at

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == self.fail_at:
            raise ValueError(f"failed at {self.n}")
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def is_odd(x):
    await asyncio.sleep(0)
    return x % 2 == 1


async def main():
    print([x async for x in Countdown(4)])
    print({x async for x in Countdown(3)})
    print({x: x * x async for x in Countdown(3)})
    print([await double(x) for x in range(4)])
    print([x for x in range(6) if await is_odd(x)])
    print([(x, y) async for x in Countdown(3) for y in range(x) if y % 2 == 0])
    print([[y async for y in Countdown(x)] for x in range(3)])
    print([await double(x) async for x in Countdown(3) if await is_odd(x)])
    try:
        print([x async for x in Countdown(5, fail_at=2)])
    except ValueError as e:
        print("ValueError:", e)
    plain = [1, 2]
    try:
        print([x async for x in plain])
    except TypeError as e:
        print("TypeError:", e)
    results = await asyncio.gather(*[double(x) for x in range(3)])
    print(results)
    x = "outer"
    print([x async for x in Countdown(2)], x)


asyncio.run(main())
