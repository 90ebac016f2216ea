from shelf._shelf import Inventory, RingBuffer

__all__ = ["Inventory", "RingBuffer"]
