"""Run against the installed package: python tests/test_shelf.py"""
import shelf
from shelf import Inventory, RingBuffer


def expect(error, function, *args):
    try:
        function(*args)
    except error as e:
        return str(e)
    raise AssertionError(f"{function.__name__}{args} did not raise {error.__name__}")


def test_inventory():
    assert shelf._shelf.__file__.endswith((".so", ".pyd")), shelf._shelf.__file__
    inv = Inventory(0.5)
    inv.add(b"pen", 1.5, 4)
    inv.add(b"book", 10.0)
    inv.add(b"pen", 99.0, 2)  # the first price stays
    assert len(inv) == 2
    assert inv.names() == [b"book", b"pen"]
    assert inv.counts() == {b"book": 1, b"pen": 6}
    assert inv.item(b"pen") == (b"pen", 1.5, 6)
    assert inv.value == (10.0 + 1.5 * 6) * 0.5
    inv.take(b"pen", 5)
    assert expect(IndexError, inv.take, b"pen", 2) == "only 1 left of pen"
    assert expect(ValueError, inv.take, b"ink") == "no item named ink"
    assert expect(ValueError, inv.item, b"ink") == "no item named ink"
    assert expect(ValueError, Inventory, 1.5) == "the discount is a fraction in [0, 1)"
    assert expect(TypeError, inv.add, "pen", 1.0) is not None  # names are bytes


def test_ring_buffer():
    ring = RingBuffer(3)
    assert ring.capacity == 3 and ring.values() == [] and ring.mean() == 0.0
    for v in [1.0, 2.0, 3.0, 4.0]:
        ring.push(v)
    assert ring.values() == [2.0, 3.0, 4.0]
    assert ring.mean() == 3.0
    assert ring.pop() == 2.0 and ring.values() == [3.0, 4.0]
    ring.pop(), ring.pop()
    assert expect(IndexError, ring.pop) == "pop from an empty ring buffer"
    assert expect(ValueError, RingBuffer, 0) == "a ring buffer needs room for one value"


if __name__ == "__main__":
    test_inventory()
    test_ring_buffer()
    print("ok")
