#!/usr/bin/env python3
"""Untyped Python kernels under CPython, Cython and pyxc, in one run.

    python3 bench/untyped_bench.py [--build build] [--repeats 7] [--instructions]

For each kernel in bench/untyped/: the median time of run() under each, the
ratios, and for the two compilers the translation time, the lines of
generated C/C++ and the C/C++ compile time (same compiler and -O2 for both;
the fastest of three builds).
Cython comes from PyPI (pip install cython); without it, its columns are
skipped. The machine is shared: read ratios, not absolute times; with
--instructions each run() is also counted in instructions under valgrind's
callgrind, which does not depend on what else the machine is doing.
"""
import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "untyped"
CXX = os.environ.get("CXX", "c++")
CC = os.environ.get("CC", "cc")
PY_INCLUDE = sysconfig.get_paths()["include"]
EXT = sysconfig.get_config_var("EXT_SUFFIX")


def load(name, folder):
    spec = importlib.util.spec_from_file_location(name, folder / (name + EXT) if (folder / (name + EXT)).exists()
                                                  else folder / (name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(fn, repeats):
    fn()  # warm up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def stopwatch(argv, cwd):
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def lines(path):
    return sum(1 for _ in open(path, encoding="utf-8", errors="replace"))


COUNT_RUNS = """
import sys
sys.path.insert(0, sys.argv[1])
m = __import__(sys.argv[2])
for _ in range(int(sys.argv[3])):
    m.run()
"""


def instructions_per_run(folder, name):
    """Instructions of one run(): (import + 3 runs) minus (import + 1 run), halved."""
    def count(runs):
        proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                               os.path.realpath(sys.executable), "-c", COUNT_RUNS, str(folder), name, str(runs)],
                              capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        for line in proc.stderr.splitlines():
            if "Collected" in line:
                return int(line.split()[-1])
        raise RuntimeError("callgrind failed: " + proc.stderr[-500:])
    return (count(3) - count(1)) / 2


def build_pyxc(pyxc, src, out):
    translate = min(stopwatch([pyxc, str(src), "-o", str(out / (src.stem + ".cpp"))], out) for _ in range(3))
    # The fastest of three builds (translation + compile), less translation.
    build = min(stopwatch([pyxc, "--build", str(src), "-o", str(out)], out) for _ in range(3)) - translate
    return translate, lines(out / (src.stem + ".cpp")), build


def build_cython(src, out):
    c_file = out / (src.stem + ".c")
    translate = min(stopwatch([sys.executable, "-m", "cython", "-3", str(src), "-o", str(c_file)], out)
                    for _ in range(3))
    compile_s = min(stopwatch([CC, "-O2", "-fPIC", "-shared", f"-I{PY_INCLUDE}", str(c_file), "-o",
                               str(out / (src.stem + EXT))], out) for _ in range(3))
    return translate, lines(c_file), compile_s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
    args = ap.parse_args()
    pyxc = str(ROOT / args.build / "cli" / "pyxc")
    have_cython = importlib.util.find_spec("Cython") is not None
    shutil.rmtree(WORK, ignore_errors=True)
    rows = []
    for src in sorted((ROOT / "bench" / "untyped").glob("*.py")):
        name = src.stem
        dirs = {k: WORK / k / name for k in ("cpython", "pyxc", "cython")}
        for d in dirs.values():
            d.mkdir(parents=True)
        shutil.copy(src, dirs["cpython"] / src.name)
        t_py, r_py = timed(load(name, dirs["cpython"]).run, args.repeats)
        px = build_pyxc(pyxc, src, dirs["pyxc"])
        t_px, r_px = timed(load(name, dirs["pyxc"]).run, args.repeats)
        assert r_px == r_py, f"{name}: pyxc returned {r_px!r}, CPython {r_py!r}"
        row = {"name": name, "cpython": t_py, "pyxc": t_px, "pyxc_build": px}
        if have_cython:
            cy = build_cython(src, dirs["cython"])
            t_cy, r_cy = timed(load(name, dirs["cython"]).run, args.repeats)
            assert r_cy == r_py, f"{name}: Cython returned {r_cy!r}"
            row.update(cython=t_cy, cython_build=cy)
        if args.instructions:
            row["instructions"] = {k: instructions_per_run(dirs[k], name) for k in dirs
                                   if k != "cython" or have_cython}
        rows.append(row)

    print(f"median of {args.repeats} runs; ratios are CPython time / compiled time (higher is faster)")
    print(f"{'kernel':12s} {'CPython':>9s} {'Cython':>9s} {'pyxc':>9s} {'Cy/CPy':>7s} {'pyxc/CPy':>8s} "
          f"{'pyxc/Cy':>8s}")
    for r in rows:
        cy = r.get("cython")
        print(f"{r['name']:12s} {r['cpython'] * 1e3:8.1f}ms "
              + (f"{cy * 1e3:8.1f}ms " if cy else f"{'-':>9s} ")
              + f"{r['pyxc'] * 1e3:8.1f}ms "
              + (f"{r['cpython'] / cy:6.2f}x " if cy else f"{'-':>7s} ")
              + f"{r['cpython'] / r['pyxc']:7.2f}x "
              + (f"{cy / r['pyxc']:7.2f}x" if cy else f"{'-':>8s}"))
    if args.instructions:
        print()
        print("instructions per run() (callgrind; lower is better), and the speed-up they imply")
        for r in rows:
            ins = r["instructions"]
            cy = ins.get("cython")
            print(f"{r['name']:12s} CPython {ins['cpython'] / 1e6:7.1f}M  "
                  + (f"Cython {cy / 1e6:7.1f}M  " if cy else "")
                  + f"pyxc {ins['pyxc'] / 1e6:7.1f}M   pyxc/CPy {ins['cpython'] / ins['pyxc']:5.2f}x"
                  + (f"  pyxc/Cy {cy / ins['pyxc']:5.2f}x" if cy else ""))
    print()
    print(f"{'kernel':12s} {'translate pyxc/Cython':>24s} {'generated lines':>20s} {'C/C++ compile':>20s}")
    for r in rows:
        pt, pl, pc = r["pyxc_build"]
        if "cython_build" in r:
            ct, cl, cc = r["cython_build"]
            print(f"{r['name']:12s} {pt * 1e3:7.1f}ms / {ct * 1e3:7.1f}ms ({pt / ct:5.1%}) "
                  f"{pl:6d} / {cl:6d} ({pl / cl:5.1%}) {pc:5.2f}s / {cc:5.2f}s ({pc / cc:5.1%})")
        else:
            print(f"{r['name']:12s} {pt * 1e3:7.1f}ms {pl:6d} lines {pc:5.2f}s")


if __name__ == "__main__":
    sys.exit(main())
