# exec, eval and compile in a module compile source text with the module's
# own __future__ features, whoever calls it: here the caller is code
# compiled with `from __future__ import annotations`, which must not leak
# into the source this module compiles (dataclasses' generated __init__
# hit this).


def make():
    ns = {}
    exec("def f(x: int, *, y: 'str' = '') -> int:\n    return x\n", ns)
    g = eval("lambda v: v + 1")
    code = compile("def h(z: float): pass", "<made>", "exec")
    exec(code, ns)
    return ns["f"].__annotations__, g(1), ns["h"].__annotations__, eval(" 2 * 3")


print(make())
caller = compile("from __future__ import annotations\nresult = make()\n", "<caller>", "exec")
ns = {"make": make}
exec(caller, ns)
print(ns["result"])
print(eval("1 + 1", {}), eval(compile("3", "<c>", "eval")))
try:
    exec("a\0b")
except (ValueError, SyntaxError) as e:
    print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
