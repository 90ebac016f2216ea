"""Imports the compiled `raiser` in this (main) interpreter, then tries it
in a subinterpreter: that import must raise ImportError with Cython's
message (no deadlock, no crash), and the module must still work here.
Prints one line per check; exits 1 when one fails."""
import sys

sys.path.insert(0, sys.argv[1])
import raiser
import _xxsubinterpreters as interpreters

ok = True
assert raiser.__file__.endswith((".so", ".pyd")), raiser.__file__
try:
    raiser.fail("first")
except ValueError as e:
    print("main interpreter raises:", e)
interp = interpreters.create()
code = f"import sys; sys.path.insert(0, {sys.argv[1]!r}); import raiser; raiser.fail('in subinterpreter')"
try:
    interpreters.run_string(interp, code)
    print("FAIL: the subinterpreter imported the module")
    ok = False
except interpreters.RunFailedError as e:
    expected = "Interpreter change detected - this module can only be loaded into one interpreter per process."
    print("subinterpreter:", e)
    ok &= "ImportError" in str(e) and expected in str(e)
finally:
    interpreters.destroy(interp)
ok &= raiser.double(21) == 42
print("main interpreter still works:", raiser.double(21))
sys.exit(0 if ok else 1)
