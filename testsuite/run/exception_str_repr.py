errors = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(), OSError(2, "x", "f"),
          UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), StopIteration(3), SystemExit(1)]
for e in errors:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
