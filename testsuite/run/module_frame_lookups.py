# Library code that finds its caller's module through sys._getframe gets
# this module when called from module-level code: namedtuple, the Enum
# functional API, TypeVar, NamedTuple; their objects pickle by reference.
import collections
import enum
import pickle
import sys
import typing
import warnings

Point = collections.namedtuple("Point", "x y")
Answer = enum.Enum("Answer", "YES NO")
T = typing.TypeVar("T")
Pair = typing.NamedTuple("Pair", [("a", int), ("b", str)])


def make_record():
    return collections.namedtuple("Record", "name")


Record = make_record()

print(Point.__module__ == __name__, Answer.__module__ == __name__, T.__module__ == __name__,
      Pair.__module__ == __name__, Record.__module__ == __name__)
print(pickle.loads(pickle.dumps(Point(1, 2))), pickle.loads(pickle.dumps(Answer.YES)) is Answer.YES,
      pickle.loads(pickle.dumps(Pair(1, "b"))), pickle.loads(pickle.dumps(T)) is T)
frame = sys._getframe()
print(frame.f_globals is globals(), frame.f_globals["__name__"] == __name__, "__pyxc_module_body__" in globals())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning, stacklevel=1)
print([str(w.message) for w in caught])

raise ValueError("an error at module level keeps its traceback")
