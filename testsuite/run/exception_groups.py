# Exception groups and except* (PEP 654): splitting by clause, naked
# exceptions wrapped, re-raising in the original shape, new exceptions
# grouped beside the unhandled rest, and the errors CPython gives.
import sys


def show(label, f):
    try:
        f()
        print(label, "-> handled")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))


def describe(eg):
    if isinstance(eg, BaseExceptionGroup):
        return f"{type(eg).__name__}({eg.message!r}, [{', '.join(describe(e) for e in eg.exceptions)}])"
    return repr(eg)


def split_group():
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  values:", describe(e), sys.exc_info()[1] is e)
    except* TypeError as e:
        print("  types:", describe(e))


def naked_exception():
    try:
        raise KeyError("k")
    except* KeyError as e:
        print("  wrapped:", describe(e), type(e.exceptions[0]).__name__)


def unmatched_rest():
    try:
        raise ExceptionGroup("mixed", [ValueError(1), OSError(2)])
    except* ValueError:
        print("  handled the ValueError")


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* TypeError as e:
        print("  inner types:", describe(e))


def new_exception_in_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        raise RuntimeError("from the clause")


def bare_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def naked_reraise():
    try:
        raise ValueError("alone")
    except* ValueError:
        raise


def no_match_naked():
    try:
        raise KeyError("no clause")
    except* ValueError:
        print("  not reached")


def tuple_of_types():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* (ValueError, TypeError) as e:
        print("  pair:", describe(e))
    except* OSError as e:
        print("  os:", describe(e))


def catching_group_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass


def catching_non_exception():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* int:
        pass


def with_else_and_finally(fail):
    log = []
    try:
        if fail:
            raise ExceptionGroup("g", [ValueError(1)])
        log.append("body")
    except* ValueError:
        log.append("clause")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


def context_of_new_exception():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            raise RuntimeError("new")
    except RuntimeError as e:
        print("  context:", describe(e.__context__))
    except ExceptionGroup as eg:
        print("  grouped:", describe(eg), describe(eg.exceptions[0].__context__))


def clause_loop_break():
    out = []
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        for i in range(5):
            if i == 2:
                break
            out.append(i)
    return out


def name_unbound_after_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "unbound: " + str(err)


class Notes(Exception):
    pass


def notes_kept():
    try:
        eg = ExceptionGroup("g", [Notes(1), ValueError(2)])
        eg.add_note("a note")
        raise eg
    except* Notes:
        pass


show("split_group", split_group)
show("naked_exception", naked_exception)
show("unmatched_rest", unmatched_rest)
show("nested_groups", nested_groups)
show("new_exception_in_clause", new_exception_in_clause)
show("bare_reraise", bare_reraise)
show("naked_reraise", naked_reraise)
show("no_match_naked", no_match_naked)
show("tuple_of_types", tuple_of_types)
show("catching_group_type", catching_group_type)
show("catching_non_exception", catching_non_exception)
print(with_else_and_finally(True), with_else_and_finally(False))
show("context_of_new_exception", context_of_new_exception)
print(clause_loop_break())
print(name_unbound_after_clause())
try:
    notes_kept()
except ExceptionGroup as eg:
    print("notes:", describe(eg), eg.__notes__)
try:
    bare_reraise()
except ExceptionGroup as eg:
    print("reraised shape:", describe(eg), eg.message)
try:
    new_exception_in_clause()
except ExceptionGroup as eg:
    print("combined:", describe(eg))
eg = ExceptionGroup("top", [ValueError("a"), TypeError("b")])
match, rest = eg.split(ValueError)
print(describe(match), describe(rest), eg.subgroup(TypeError).exceptions)
