class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0
    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return "success"
def retry(fn, attempts):
    last = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(), attempt
        except ConnectionError as e:
            last = e
            print("retrying after:", e)
    raise RuntimeError("gave up") from last
print(retry(Flaky(2), 5))
try:
    retry(Flaky(5), 3)
except RuntimeError as e:
    print(e, "caused by", e.__cause__)
