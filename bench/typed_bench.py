#!/usr/bin/env python3
"""Typed kernels under CPython, Cython, Numba, pyxc and a C reference, in one run.

    python3 bench/typed_bench.py [--build build] [--repeats 5] [-k NAME]

Each kernel in bench/typed/ comes as NAME.pyx (compiled by pyxc and by
Cython from the same source), NAME.py (the same algorithm in plain Python:
run by CPython, and by Numba with @njit applied to every function but run())
and NAME.c (the C reference, gcc -O3, allocation of results included). The
median time of run() is printed for each, with the ratios that matter:
pyxc against Cython and against C. Needs numpy, and Cython and numba from
PyPI for their columns (missing ones are skipped). The machine is shared:
read ratios, not absolute times.
"""
import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from untyped_bench import CC, EXT, PY_INCLUDE, load, stopwatch, timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KERNELS = ROOT / "bench" / "typed"
WORK = ROOT / "bench" / ".work" / "typed"


def have(module):
    return importlib.util.find_spec(module) is not None


def build_pyxc(pyxc, src, out):
    shutil.copy(src, out / src.name)
    subprocess.run([pyxc, "--build", str(out / src.name), "-o", str(out)], check=True)


def build_cython(src, out):
    shutil.copy(src, out / src.name)
    c_file = out / (src.stem + ".c")
    subprocess.run([sys.executable, "-m", "cython", "-3", str(out / src.name), "-o", str(c_file)], check=True,
                   capture_output=True)
    subprocess.run([CC, "-O2", "-fPIC", "-shared", f"-I{PY_INCLUDE}", str(c_file), "-o",
                    str(out / (src.stem + EXT))], check=True)


def numba_module(name, folder):
    import numba
    module = load(name, folder)
    for attr, value in list(vars(module).items()):
        # Functions only: Numba compiles no Python classes (a kernel of
        # objects gets no Numba column).
        if (callable(value) and not isinstance(value, type) and getattr(value, "__module__", None) == module.__name__
                and attr != "run"):
            setattr(module, attr, numba.njit(value))
    return module


def c_reference(src, out, repeats):
    exe = out / src.stem
    subprocess.run([CC, "-O3", "-I", str(KERNELS), str(src), "-o", str(exe), "-lm"], check=True)
    result, seconds = subprocess.run([str(exe), str(repeats)], check=True, capture_output=True,
                                     text=True).stdout.split()
    return float(seconds), float(result)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--python-repeats", type=int, default=1, help="CPython is slow: fewer runs")
    ap.add_argument("-k", default="", help="only kernels whose name contains this")
    args = ap.parse_args()
    pyxc = str(ROOT / args.build / "cli" / "pyxc")
    shutil.rmtree(WORK, ignore_errors=True)
    rows = []
    for src in sorted(KERNELS.glob("*.pyx")):
        name = src.stem
        if args.k not in name:
            continue
        row = {"name": name}
        dirs = {k: WORK / k / name for k in ("cpython", "pyxc", "cython", "numba", "c")}
        for d in dirs.values():
            d.mkdir(parents=True)
        shutil.copy(KERNELS / (name + ".py"), dirs["cpython"] / (name + ".py"))
        shutil.copy(KERNELS / (name + ".py"), dirs["numba"] / (name + ".py"))
        row["cpython"], expected = timed(load(name, dirs["cpython"]).run, args.python_repeats)
        build_pyxc(pyxc, src, dirs["pyxc"])
        row["pyxc"], got = timed(load(name, dirs["pyxc"]).run, args.repeats)
        assert got == expected, f"{name}: pyxc returned {got!r}, CPython {expected!r}"
        if have("Cython"):
            build_cython(src, dirs["cython"])
            row["cython"], got = timed(load(name, dirs["cython"]).run, args.repeats)
            assert got == expected, f"{name}: Cython returned {got!r}"
        if have("numba"):
            try:
                row["numba"], got = timed(numba_module(name, dirs["numba"]).run, args.repeats)
                assert got == expected, f"{name}: Numba returned {got!r}"
            except Exception as e:  # numba's typing errors: classes, ...
                if type(e).__module__.startswith("numba"):
                    print(f"{name}: Numba cannot compile it ({type(e).__name__})")
                else:
                    raise
        row["c"], got = c_reference(KERNELS / (name + ".c"), dirs["c"], args.repeats)
        assert abs(got - float(expected)) <= 1e-6 * max(1.0, abs(float(expected))), f"{name}: C returned {got!r}"
        rows.append(row)

    print(f"median of {args.repeats} runs (CPython: {args.python_repeats}); "
          "pyxc/X is X's time over pyxc's (above 1: pyxc is faster)")
    cols = ["cpython", "cython", "numba", "c", "pyxc"]
    print(f"{'kernel':12s}" + "".join(f"{c:>10s}" for c in cols) + f"{'pyxc/CPy':>10s}{'pyxc/Cy':>9s}"
          f"{'pyxc/Nb':>9s}{'pyxc/C':>8s}")
    for r in rows:
        line = f"{r['name']:12s}" + "".join(f"{r[c] * 1e3:8.1f}ms" if c in r else f"{'-':>10s}" for c in cols)
        for c, width in (("cpython", 10), ("cython", 9), ("numba", 9), ("c", 8)):
            line += f"{r[c] / r['pyxc']:{width - 1}.2f}x" if c in r else f"{'-':>{width}s}"
        print(line)


if __name__ == "__main__":
    main()
