#!/usr/bin/env python3
"""Frontend oracle: pyxc's python-ast dump of every standard-library file must
equal CPython's ast.dump(ast.parse(source)); files CPython rejects must make
pyxc report an error and exit 1.

    stdlib_oracle.py PYXC [--every N] [--jobs J] [--show K]

--every N checks every N-th file (the quick subset in the default tests).
Prints the counts and exits non-zero unless 100% agree.
"""
import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys
import sysconfig
import warnings


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages" and d != "__pycache__")
        files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return files


def expected(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.dump(ast.parse(source))
    except (SyntaxError, ValueError):
        return None


def check(pyxc, path):
    want = expected(path)
    proc = subprocess.run([pyxc, "parse", "--format=python-ast", path], capture_output=True, timeout=60)
    got = proc.stdout.decode("utf-8", "surrogateescape").rstrip("\n")
    if want is None:
        if proc.returncode == 1 and proc.stderr:
            return "rejected", None
        return "fail", f"CPython rejects it but pyxc exited {proc.returncode}"
    if proc.returncode != 0:
        return "fail", f"pyxc exited {proc.returncode}: {proc.stderr.decode(errors='replace').splitlines()[:1]}"
    if got != want:
        i = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]), min(len(got), len(want)))
        return "fail", f"dump differs at {i}:\n    pyxc:    ...{got[max(0, i - 60):i + 80]}\n    CPython: ...{want[max(0, i - 60):i + 80]}"
    return "same", None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pyxc")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()

    files = stdlib_files()[:: args.every]
    counts = {"same": 0, "rejected": 0, "fail": 0}
    failures = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, (status, why) in zip(files, pool.map(lambda p: check(args.pyxc, p), files)):
            counts[status] += 1
            if why:
                failures.append((path, why))
    for path, why in failures[: args.show]:
        print(f"FAIL {path}: {why}")
    total = len(files)
    agree = counts["same"] + counts["rejected"]
    print(f"stdlib oracle: {total} files, {counts['same']} identical dumps, "
          f"{counts['rejected']} rejected by both, {counts['fail']} disagree "
          f"({100.0 * agree / max(total, 1):.2f}% agree)")
    return 0 if counts["fail"] == 0 and total > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
