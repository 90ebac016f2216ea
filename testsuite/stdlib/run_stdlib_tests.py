#!/usr/bin/env python3
"""CPython's own tests against standard-library modules compiled by pyxc.

    python3 testsuite/stdlib/run_stdlib_tests.py --pyxc build/cli/pyxc [--work DIR] [-k NAME]

For each pure-Python module in MODULES: pyxc --build compiles Lib/<module>.py
into DIR/compiled, then Lib/test/test_<module>.py runs twice in fresh
interpreters: once as CPython ships it (the baseline) and once with
DIR/compiled first on sys.path, so the compiled extension shadows the source
module (and every fresh import of it the tests make; tests that block the C
accelerator with import_fresh_module still block it). The check fails when
a test that passes with the source module does not pass with the compiled
one, or when the compiled run did not actually import the compiled module.
Prints one line per module with its counts and a final `N passed, N failed`.
"""
import argparse
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

# Pure-Python modules (with no C accelerator, or with one the tests block
# themselves) whose Lib/test/test_<module>.py exercises them directly.
MODULES = [
    "bisect", "heapq", "colorsys", "fnmatch", "textwrap", "shlex", "difflib", "statistics", "fractions",
    "graphlib", "string", "keyword", "reprlib", "glob", "quopri", "base64", "calendar", "functools", "dataclasses",
]

# Tests that cannot pass compiled, each with the reason (differences every
# ahead-of-time compiler of Python shares, Cython included). Anything else
# that passes with the source module must pass compiled.
KNOWN_DIFFERENCES = {
    "test.test_dataclasses.TestCase.test_dataclasses_qualnames":
        "compiled functions are not types.FunctionType (nor are Cython's): dataclasses' _set_qualname skips "
        "the __repr__ wrapper its compiled _recursive_repr makes",
}

LIB = Path(sysconfig.get_paths()["stdlib"])

# Runs test.test_<module> with unittest in this interpreter; prints a JSON
# summary: which module file was imported, and the ids of passing tests.
RUNNER = r"""
import sys
compiled, module, out = sys.argv[1], sys.argv[2], sys.argv[3]
if compiled:
    # First on the path, before unittest imports its own helpers (some of
    # which are the modules under test), and instead of any copy the
    # interpreter imported at startup.
    sys.path.insert(0, compiled)
    sys.modules.pop(module, None)
import json, io, unittest, importlib
target = importlib.import_module(module)
suite = unittest.defaultTestLoader.loadTestsFromName("test.test_" + module)
class Recorder(unittest.TextTestResult):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.passed = []
    def addSuccess(self, test):
        super().addSuccess(test)
        self.passed.append(test.id())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, resultclass=Recorder, verbosity=0).run(suite)
failed = [t.id() for t, _ in result.failures + result.errors]
json.dump({"file": getattr(target, "__file__", ""), "run": result.testsRun, "passed": result.passed,
           "failed": failed, "skipped": len(result.skipped), "log": stream.getvalue()[-4000:]}, open(out, "w"))
"""


def run_tests(module, compiled, work, tag):
    out = work / f"{module}.{tag}.json"
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(compiled) if compiled else "", module, str(out)],
                          capture_output=True, text=True, timeout=600, cwd=work, env=env)
    if proc.returncode != 0 or not out.exists():
        return None, (proc.stdout + proc.stderr)[-2000:]
    return json.loads(out.read_text()), ""


def check(pyxc, module, work):
    source = LIB / (module + ".py")
    tests = LIB / "test" / f"test_{module}"
    if not source.exists() or not (tests.with_suffix(".py").exists() or (tests / "__init__.py").exists()):
        return None, "skipped: source or test not installed"
    compiled = work / "compiled" / module  # one folder per module: checks run in parallel
    compiled.mkdir(parents=True, exist_ok=True)
    build = subprocess.run([pyxc, "--build", str(source), "-o", str(compiled)], capture_output=True, text=True)
    if build.returncode != 0:
        return False, "build failed: " + (build.stdout + build.stderr)[-2000:]
    baseline, why = run_tests(module, None, work, "source")
    if baseline is None:
        return False, "baseline run failed: " + why
    result, why = run_tests(module, compiled, work, "compiled")
    if result is None:
        return False, "compiled run failed: " + why
    if not result["file"].endswith(sysconfig.get_config_var("EXT_SUFFIX")):
        return False, f"the compiled run imported {result['file']}, not the compiled module"
    lost = sorted(set(baseline["passed"]) - set(result["passed"]))
    known = [t for t in lost if t in KNOWN_DIFFERENCES]
    lost = [t for t in lost if t not in KNOWN_DIFFERENCES]
    summary = (f"{len(result['passed'])}/{baseline['run']} tests pass compiled "
               f"({len(baseline['passed'])} with the source module, {result['skipped']} skipped"
               f"{f', {len(known)} known differences' if known else ''})")
    if lost:
        return False, summary + "; pass only with the source module: " + ", ".join(lost[:10]) + \
            "\n" + result["log"][-1500:]
    return True, summary


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyxc", default=str(Path(__file__).resolve().parents[2] / "build" / "cli" / "pyxc"))
    ap.add_argument("--work", default=str(Path(__file__).resolve().parents[2] / ".cache" / "stdlib"))
    ap.add_argument("-k", default="")
    args = ap.parse_args()
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    passed = failed = 0
    for module in MODULES:
        if args.k and args.k not in module:
            continue
        ok, why = check(args.pyxc, module, work)
        if ok is None:
            print(f"SKIP {module}: {why}")
            continue
        print(f"{'PASS' if ok else 'FAIL'} {module}: {why}")
        passed += ok
        failed += not ok
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
