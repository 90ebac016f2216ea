# CPython compiles only the __future__ features it knows (Python/future.c).
from __future__ import annotations, braces
from __future__ import nonsense
