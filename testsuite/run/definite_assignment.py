# Reads of locals that may be unbound must still raise UnboundLocalError
# (pyxc drops the check only where every path binds the name): one probe
# per control-flow rule of the analysis, each run both ways.


def probe(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except Exception as e:
        print(f.__name__, "->", type(e).__name__ + ":", e)


def if_one_branch(flag):
    if flag:
        x = 1
    return x


def if_both_branches(flag):
    if flag:
        x = 1
    else:
        x = 2
    return x


def branch_returns(flag):
    if not flag:
        return "early"
    else:
        x = "late"
    return x


def del_then_read():
    x = 1
    del x
    return x


def del_in_loop(n):
    x = "set"
    out = []
    for i in range(n):
        out.append(x)  # the second iteration finds x deleted
        del x
    return out


def loop_variable_after_empty_loop(items):
    for item in items:
        pass
    return item


def while_assigns(n):
    while n > 0:
        y = n
        n -= 1
    return y


def break_before_assign(items):
    for item in items:
        if item == "stop":
            break
        z = item
    else:
        z = "exhausted"
    return z


def for_else_assigns(items):
    for item in items:
        w = item
    else:
        w2 = "done"
    return w2


def except_name_is_deleted():
    try:
        raise ValueError("boom")
    except ValueError as e:
        pass
    return e


def handler_sees_partial_body(fail):
    try:
        a = 1
        if fail:
            raise KeyError("k")
        b = 2
    except KeyError:
        return a, b
    return a, b


def try_else_binds(fail):
    try:
        if fail:
            raise KeyError("k")
    except KeyError:
        pass
    else:
        c = "else ran"
    return c


def finally_after_return(flag):
    try:
        if flag:
            return "returned"
        d = "assigned"
    finally:
        print("  finally sees d:", "d" in locals() and d)
    return d


def finally_reads_before_bind(fail):
    try:
        if fail:
            raise RuntimeError("r")
        v = "v"
    finally:
        try:
            print("  v is", v)
        except UnboundLocalError as e:
            print("  finally:", e)
    return v


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def with_swallows(fail):
    with Swallow():
        if fail:
            raise ValueError("swallowed")
        s = "body finished"
    return s


def with_binds_target():
    with Swallow() as mgr:
        pass
    return type(mgr).__name__


def match_captures(value):
    match value:
        case (first, *rest):
            pass
        case {"k": first}:
            rest = None
        case _:
            pass
    return first, rest


def walrus_short_circuit(flag):
    if flag and (m := "matched"):
        pass
    return m


def walrus_unconditional(n):
    if (m := n * 2) > 100:
        return "big"
    return m


def aug_assign_unbound():
    q += 1
    return q


def nested_function_binding(flag):
    if flag:
        def helper():
            return "helper"
    return helper()


def import_binds(flag):
    if flag:
        import math
    return math.floor(2.5)


def generator_del(flag):
    g = "value"
    yield g
    if flag:
        del g
    yield g


def read_after_loop_with_continue(items):
    for item in items:
        if item:
            continue
        last = item
    return last


for flag in (True, False):
    probe(if_one_branch, flag)
    probe(if_both_branches, flag)
    probe(branch_returns, flag)
    probe(handler_sees_partial_body, flag)
    probe(try_else_binds, flag)
    probe(finally_after_return, flag)
    probe(finally_reads_before_bind, flag)
    probe(with_swallows, flag)
    probe(walrus_short_circuit, flag)
    probe(nested_function_binding, flag)
    probe(import_binds, flag)
    probe(lambda: list(generator_del(flag)))
probe(del_then_read)
probe(del_in_loop, 1)
probe(del_in_loop, 2)
probe(loop_variable_after_empty_loop, [1, 2])
probe(loop_variable_after_empty_loop, [])
probe(while_assigns, 2)
probe(while_assigns, 0)
probe(break_before_assign, ["a", "stop"])
probe(break_before_assign, ["stop"])
probe(break_before_assign, ["a"])
probe(for_else_assigns, [])
probe(except_name_is_deleted)
probe(with_binds_target)
probe(match_captures, (1, 2, 3))
probe(match_captures, {"k": 5})
probe(match_captures, 7)
probe(walrus_unconditional, 3)
probe(walrus_unconditional, 300)
probe(aug_assign_unbound)
probe(read_after_loop_with_continue, [0, 1])
probe(read_after_loop_with_continue, [1])
