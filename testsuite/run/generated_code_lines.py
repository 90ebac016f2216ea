# Tracebacks name the source line of each frame, through nested calls,
# methods and a class body.
import traceback


class Widget:
    def __init__(self, parts):
        self.parts = parts

    def total(self):
        return sum([self.weight(p) for p in self.parts])

    def weight(self, part):
        return {"bolt": 1, "nut": 2}[part]


def build(parts):
    return Widget(parts).total()


print(build(["bolt", "nut"]))
try:
    build(["bolt", "gear"])
except KeyError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno) for f in frames])
build(["washer"])
