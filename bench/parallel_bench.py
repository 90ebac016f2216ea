#!/usr/bin/env python3
"""Parallel kernels (prange) on 1 and on all cores: pyxc, Cython, Numba, C.

    python3 bench/parallel_bench.py [--build build] [--repeats 5]

Each kernel in bench/parallel/ comes as NAME.pyx (compiled by pyxc --build,
which adds -fopenmp for a prange that runs in parallel, and by Cython with
-fopenmp, as its users build it), NAME.py (the same loop for Numba,
@njit(parallel=True) with numba.prange) and NAME.c (the C reference with
an OpenMP pragma, gcc -O3 -fopenmp). Each runs in a fresh process with
OMP_NUM_THREADS / NUMBA_NUM_THREADS set to 1, then to the machine's core
count; printed: the median time of run() for each, the speed-up of the
parallel run over the serial one, and pyxc against the others. The
machine is shared: read ratios, and rerun when they disagree.
"""
import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from untyped_bench import CC, EXT, PY_INCLUDE  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KERNELS = ROOT / "bench" / "parallel"
WORK = ROOT / "bench" / ".work" / "parallel"

TIME_RUN = """
import importlib.util, statistics, sys, time
sys.path.insert(0, sys.argv[1])
spec = importlib.util.spec_from_file_location(sys.argv[2], sys.argv[3])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
m.run()
times = []
for _ in range(int(sys.argv[4])):
    t = time.perf_counter()
    r = m.run()
    times.append(time.perf_counter() - t)
print(r, statistics.median(times))
"""


def threads_env(n):
    return dict(os.environ, OMP_NUM_THREADS=str(n), NUMBA_NUM_THREADS=str(n))


def timed_module(folder, name, path, repeats, threads):
    out = subprocess.run([sys.executable, "-c", TIME_RUN, str(folder), name, str(path), str(repeats)],
                         env=threads_env(threads), capture_output=True, text=True, check=True)
    result, seconds = out.stdout.split()
    return float(result), float(seconds)


def timed_program(exe, repeats, threads):
    out = subprocess.run([str(exe), str(repeats)], env=threads_env(threads), capture_output=True, text=True,
                         check=True)
    result, seconds = out.stdout.split()
    return float(result), float(seconds)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=str(ROOT / "build"))
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    pyxc = Path(args.build) / "cli" / "pyxc"
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"median seconds of run() on 1 and {cores} threads; speed-up = 1 thread / {cores} threads")
    for src in sorted(KERNELS.glob("*.pyx")):
        name = src.stem
        rows = {}
        out = WORK / "pyxc" / name
        out.mkdir(parents=True)
        shutil.copy(src, out / src.name)
        subprocess.run([str(pyxc), "--build", str(out / src.name), "-o", str(out)], check=True)
        rows["pyxc"] = lambda n, out=out: timed_module(out, name, out / (name + EXT), args.repeats, n)
        if importlib.util.find_spec("Cython"):
            cy = WORK / "cython" / name
            cy.mkdir(parents=True)
            shutil.copy(src, cy / src.name)
            subprocess.run([sys.executable, "-m", "cython", "-3", str(cy / src.name), "-o", str(cy / (name + ".c"))],
                           check=True, capture_output=True)
            subprocess.run([CC, "-O2", "-fPIC", "-shared", "-fopenmp", f"-I{PY_INCLUDE}", str(cy / (name + ".c")),
                            "-o", str(cy / (name + EXT)), "-lm"], check=True)
            rows["Cython"] = lambda n, cy=cy: timed_module(cy, name, cy / (name + EXT), args.repeats, n)
        if importlib.util.find_spec("numba") and src.with_suffix(".py").exists():
            rows["Numba"] = lambda n: timed_module(KERNELS, name, src.with_suffix(".py"), args.repeats, n)
        if src.with_suffix(".c").exists():
            exe = WORK / "c" / name
            exe.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([CC, "-O3", "-fopenmp", str(src.with_suffix(".c")), "-o", str(exe), "-lm"], check=True)
            rows["C"] = lambda n: timed_program(exe, args.repeats, n)
        print(f"\n{name}")
        print(f"  {'':8} {'1 thread':>10} {f'{cores} threads':>11} {'speed-up':>9} {'result':>22}")
        parallel = {}
        for label, run in rows.items():
            r1, t1 = run(1)
            rn, tn = run(cores)
            parallel[label] = tn
            print(f"  {label:8} {t1:10.4f} {tn:11.4f} {t1 / tn:8.2f}x {rn:22.15g}")
        for other in ("Cython", "Numba", "C"):
            if other in parallel:
                print(f"  pyxc / {other} on {cores} threads: {parallel['pyxc'] / parallel[other]:.2f}")


if __name__ == "__main__":
    main()
