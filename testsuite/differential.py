#!/usr/bin/env python3
"""Differential run tests: each testsuite/run/*.py program runs twice, as
CPython runs the source and as the module pyxc compiled; stdout, the exit
status and the exception that ends the run (type and message) must match.

    differential.py PYXC OUTDIR FILE... [--jobs N] [--leaks]

--leaks also executes each compiled module repeatedly (a fresh module object
each time, as PEP 489 allows) and fails if traced memory or the number of
live objects keeps growing.
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
from pathlib import Path

IMPORT = "import sys; sys.path.insert(0, sys.argv[1]); import {name}"

LEAK_CHECK = r"""
import gc, importlib.util, io, sys, tracemalloc, contextlib
sys.path.insert(0, sys.argv[1])
spec = importlib.util.find_spec(sys.argv[2])
def run():
    module = importlib.util.module_from_spec(spec)
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            spec.loader.exec_module(module)
        except BaseException:
            pass
# Warm up caches and free lists first: their growth is not a leak.
for _ in range(300):
    run()
gc.collect()
tracemalloc.start()
samples = []
# Six rounds: a cache that is still filling (a dict resizing) grows in some
# rounds but not in every one, as a leak does.
for _ in range(6):
    for _ in range(500):
        run()
    gc.collect()
    samples.append((tracemalloc.get_traced_memory()[0], len(gc.get_objects())))
mem = [s[0] for s in samples]
objs = [s[1] for s in samples]
# A leak grows in every round: leaking even one small object a run adds at
# least 32 bytes a run, or a live object every run. Caches and free lists
# settle during the warm-up.
growing = (min(b - a for a, b in zip(mem, mem[1:])) > 500 * 32
           or all(b > a for a, b in zip(objs, objs[1:])))
print("memory", mem, "objects", objs)
sys.exit(1 if growing else 0)
"""


def traceback_frames(stderr):
    """(file name, line, function) of each frame in a traceback, outermost first."""
    import re
    frames = re.findall(r'File "([^"]+)", line (\d+), in (\S+)', stderr)
    return [(os.path.basename(f), int(line), fn) for f, line, fn in frames if f != "<string>"]


def last_exception_line(stderr):
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run_python(code, *args, cwd=None):
    # Pure-Python-mode programs `import cython`: both runs get pyxc's shim
    # (first, so the test does not depend on whether Cython is installed).
    shim = str(Path(__file__).resolve().parent.parent / "python" / "pyxc" / "shim")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join(filter(None, [shim, os.environ.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=env)


def check(pyxc, outdir, source, leaks):
    name = source.stem
    work = outdir / name
    shutil.rmtree(work, ignore_errors=True)
    (work / "src").mkdir(parents=True)
    shutil.copy(source, work / "src" / source.name)
    want = run_python(IMPORT.format(name=name), str(work / "src"), cwd=work)
    build = subprocess.run([pyxc, "--build", str(work / "src" / source.name), "-o", str(work / "out")],
                           capture_output=True, text=True, timeout=300)
    if build.returncode != 0:
        return False, "pyxc --build failed:\n" + (build.stderr or build.stdout)[-3000:]
    got = run_python(IMPORT.format(name=name), str(work / "out"), cwd=work)
    problems = []
    if got.returncode < 0:
        problems.append(f"the compiled module crashed (signal {-got.returncode})")
    for line in got.stderr.splitlines():  # under the sanitizer tests: their report
        if "Sanitizer" in line or ": runtime error: " in line:
            problems.append("sanitizer: " + line)
            break
    if got.stdout != want.stdout:
        import difflib
        diff = "".join(difflib.unified_diff(want.stdout.splitlines(True), got.stdout.splitlines(True),
                                            "CPython", "pyxc", n=1))
        problems.append("stdout differs:\n" + diff[:3000])
    if (got.returncode == 0) != (want.returncode == 0):
        problems.append(f"exit status {got.returncode}, CPython {want.returncode}")
    if want.returncode != 0 and last_exception_line(got.stderr) != last_exception_line(want.stderr):
        problems.append(f"exception differs:\n  pyxc:    {last_exception_line(got.stderr)}\n"
                        f"  CPython: {last_exception_line(want.stderr)}")
    if want.returncode != 0 and traceback_frames(got.stderr) != traceback_frames(want.stderr):
        problems.append(f"traceback differs:\n  pyxc:    {traceback_frames(got.stderr)}\n"
                        f"  CPython: {traceback_frames(want.stderr)}")
    if not problems and leaks:
        leak = run_python(LEAK_CHECK, str(work / "out"), name, cwd=work)
        if leak.returncode != 0:
            problems.append("leaks: " + (leak.stdout + leak.stderr)[-1000:])
    return not problems, "\n".join(problems)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pyxc")
    ap.add_argument("outdir")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--leaks", action="store_true")
    args = ap.parse_args()
    outdir = Path(args.outdir).resolve()
    files = [Path(f).resolve() for f in args.files]
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for source, (ok, why) in zip(files, pool.map(lambda f: check(args.pyxc, outdir, f, args.leaks), files)):
            print(f"{'ok  ' if ok else 'FAIL'} {source.name}")
            if not ok:
                failed += 1
                print("    " + why.replace("\n", "\n    "))
    print(f"differential: {len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
