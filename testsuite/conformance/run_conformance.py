#!/usr/bin/env python3
"""Cython's own tests/run suite (and its tests/memoryview folder) compiled by
pyxc: pass rate per tier.

    run_conformance.py [--pyxc build/cli/pyxc] [--tests .cache/cython-3.3.0/tests]
                       [--tier python ...] [-k SUBSTRING] [--jobs 2]
                       [--json results.json] [--compare old.json] [--only-listed passing.txt]

A test passes when pyxc builds the module, it imports, and its doctests
(DocTestSuite) plus unittest cases all pass with at least as many tests as
Cython 3.3 runs (the N in lists/<tier>.txt). Each test gets a fresh folder
with its companion files; a failure, crash or hang of one never stops the run.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LISTS = Path(__file__).resolve().parent / "lists"
TIERS = ["python", "ctypes", "cdefclass", "buffers", "cpp", "memoryview"]
# The folder of Cython's tests a tier's files are in (tests/run unless named).
FOLDERS = {"memoryview": "memoryview"}
# Options a tier's files are compiled with: tests/memoryview is written for
# Python 2's print statement, as Cython's runner compiles it (language_level=2
# where a file's own header does not say otherwise).
OPTIONS = {"memoryview": ["-X", "language_level=2"]}
BUILD_TIMEOUT = 400  # extsubscript.py is 25,864 lines: ~90 s of g++ alone on this machine
RUN_TIMEOUT = 60

# Doctests that `import cython` themselves get pyxc's shim where Cython is
# not installed (it goes after site-packages, so a real Cython wins); the
# compiled module never imports it.
RUNNER = r"""
import doctest, importlib, json, sys, unittest
sys.path.insert(0, sys.argv[1])
sys.path.append(sys.argv[3])
try:
    module = importlib.import_module(sys.argv[2])
except BaseException as e:
    print(json.dumps({"import_error": f"{type(e).__name__}: {e}"}))
    sys.exit(0)
suite = unittest.TestSuite()
try:
    suite.addTests(doctest.DocTestSuite(module))
except ValueError:
    pass  # no docstrings with examples
suite.addTests(unittest.defaultTestLoader.loadTestsFromModule(module))
result = unittest.TestResult()
suite.run(result)
problems = result.failures + result.errors
first = ""
if problems:
    test, text = problems[0]
    lines = [l for l in text.strip().splitlines() if l.strip()]
    first = f"{test}: " + (lines[-1] if lines else "")
print(json.dumps({"ran": result.testsRun, "failed": len(problems), "first": first[:300]}))
"""


def read_list(tier):
    entries = []
    for line in (LISTS / f"{tier}.txt").read_text().splitlines():
        if line.strip():
            name, count = line.split("\t")
            entries.append((name, int(count)))
    return entries


def companions(source, run_dir):
    """The files a test needs beside it: same-stem declarations and headers,
    and the .pxd/.pxi/.pyx files it cimports or includes."""
    stem = source.stem
    found = set()
    for f in run_dir.iterdir():
        if f == source or not f.is_file():
            continue
        if f.stem == stem or f.name.startswith(stem + "_") and f.suffix in (".pxd", ".pxi", ".h", ".hpp", ".cpp"):
            found.add(f)
    text = source.read_text(encoding="utf-8", errors="replace")
    for m in re.finditer(r'^\s*include\s+["\']([^"\']+)["\']', text, re.M):
        found.add(run_dir / m.group(1))  # (`../buffers/x.pxi`: kept relative, see run_test)
    for m in re.finditer(r'^\s*(?:from\s+([\w.]+)\s+cimport|cimport\s+([\w.]+))', text, re.M):
        mod = (m.group(1) or m.group(2)).split(".")[0]
        for ext in (".pxd", ".pyx", ".pxi"):
            found.add(run_dir / (mod + ext))
    for m in re.finditer(r'^\s*cdef extern from\s+["\']([^"\'<>]+)["\']', text, re.M):
        found.add(run_dir / m.group(1))
    return [f for f in found if f.exists()]


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def run_test(pyxc, tests, tier, name, expected, workroot):
    folder = tests / FOLDERS.get(tier, "run")
    source = folder / name
    # tests/run files go in a folder of their own; others in one named as
    # theirs is, inside it, so that an include of another folder of the
    # tests (`../buffers/mockbuffers.pxi`) finds its copy there.
    top = workroot / tier / Path(name).stem
    work = top if folder.name == "run" else top / folder.name
    shutil.rmtree(top, ignore_errors=True)
    work.mkdir(parents=True)
    shutil.copy(source, work / name)
    for f in companions(source, folder):
        relative = os.path.relpath(f, folder)
        dest = work / (relative if relative.startswith("..") and work != top else f.name)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(f, dest)
    # Cython's runner compiles a test tagged cpp as C++ (--cplus).
    tags = re.search(r"^#\s*tag:(.*)$", source.read_text(encoding="utf-8", errors="replace"), re.M)
    cplus = ["--cplus"] if tags and "cpp" in [t.strip() for t in tags.group(1).split(",")] else []
    try:
        build = subprocess.run([pyxc, "--build", *OPTIONS.get(tier, []), *cplus, name, "-o", "out"], cwd=work,
                               capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", "pyxc --build took too long"
    if build.returncode < 0 or build.returncode > 2:
        return "compiler crash", f"pyxc exited with {build.returncode}: {first_line(build.stderr)}"
    if build.returncode != 0:
        errors = [l for l in build.stderr.splitlines() if "error:" in l]
        return "compile error", (errors[0] if errors else first_line(build.stderr))
    try:
        proc = subprocess.run([sys.executable, "-c", RUNNER, str(work / "out"), Path(name).stem,
                               str(ROOT / "python" / "pyxc" / "shim")], cwd=work,
                              capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", f"the tests ran longer than {RUN_TIMEOUT}s"
    if proc.returncode != 0:
        return "crash", f"exit status {proc.returncode}: {first_line(proc.stderr[-2000:])}"
    result = None
    for line in reversed(proc.stdout.strip().splitlines()):  # (a test may print after the report)
        try:
            result = json.loads(line)
            break
        except ValueError:
            continue
    if not isinstance(result, dict):
        return "crash", first_line(proc.stdout + proc.stderr)
    if "import_error" in result:
        return "import error", result["import_error"]
    if result["failed"]:
        return "wrong result", f"{result['failed']} of {result['ran']} tests failed; {result['first']}"
    if result["ran"] < expected:
        return "wrong result", f"only {result['ran']} of {expected} tests ran"
    return "pass", f"{result['ran']} tests"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyxc", default=str(ROOT / "build" / "cli" / "pyxc"))
    ap.add_argument("--tests", default=str(ROOT / ".cache" / "cython-3.3.0" / "tests"))
    ap.add_argument("--tier", action="append", choices=TIERS)
    ap.add_argument("-k", default="")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--json")
    ap.add_argument("--compare")
    ap.add_argument("--only-listed", help="run only the tests named in this file (tier/file per line)")
    ap.add_argument("--work", default=str(ROOT / ".cache" / "conformance"))
    args = ap.parse_args()

    tests = Path(args.tests)
    if not (tests / "run").is_dir():
        print(f"no Cython tests at {tests}: run scripts/fetch_cython_tests.sh")
        print("0 passed, 1 failed")
        return 1
    only = None
    if args.only_listed:
        only = {l.strip() for l in Path(args.only_listed).read_text().splitlines() if l.strip()}
    jobs = []
    for tier in args.tier or TIERS:
        for name, count in read_list(tier):
            key = f"{tier}/{name}"
            if args.k in key and (only is None or key in only):
                jobs.append((tier, name, count))
    workroot = Path(args.work)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(run_test, args.pyxc, tests, t, n, c, workroot): (t, n) for t, n, c in jobs}
        for fut in concurrent.futures.as_completed(futures):
            tier, name = futures[fut]
            try:
                category, reason = fut.result()
            except Exception as e:  # the runner itself must survive anything
                category, reason = "crash", f"runner: {type(e).__name__}: {e}"
            results[f"{tier}/{name}"] = {"tier": tier, "category": category, "reason": reason}

    for key in sorted(results):
        r = results[key]
        if r["category"] != "pass":
            print(f"FAIL {key}: {r['category']}: {r['reason']}")
    total_pass = total_fail = 0
    for tier in args.tier or TIERS:
        p = sum(1 for r in results.values() if r["tier"] == tier and r["category"] == "pass")
        f = sum(1 for r in results.values() if r["tier"] == tier and r["category"] != "pass")
        if p or f:
            print(f"{tier}: {p} passed, {f} failed")
        total_pass += p
        total_fail += f
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, sort_keys=True))
    if args.compare:
        old = json.loads(Path(args.compare).read_text())
        gained = [k for k, r in results.items() if r["category"] == "pass" and old.get(k, {}).get("category") != "pass"]
        lost = [k for k, r in results.items() if r["category"] != "pass" and old.get(k, {}).get("category") == "pass"]
        for k in sorted(gained):
            print(f"newly passing: {k}")
        for k in sorted(lost):
            print(f"REGRESSED: {k}: {results[k]['category']}: {results[k]['reason']}")
    print(f"{total_pass} passed, {total_fail} failed")
    return 0 if total_fail == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
