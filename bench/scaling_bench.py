#!/usr/bin/env python3
"""Translation time as modules grow: is pyxc linear in the size of its input?

Generates modules of several shapes with N = 1,000, 10,000 and 100,000
names (module globals, locals of one function, functions, constants of a
display, attribute names) and times `pyxc FILE -o /dev/null` on each: the
median of --repeat runs, the time per name, and the growth from one size to
the next (10x the names should cost about 10x the time; 100x would mean a
quadratic pass). With --cython, Cython's translation of the same files
beside it (slow at 100k: --sizes picks fewer).

    python3 bench/scaling_bench.py [--pyxc build/cli/pyxc] [--sizes 1000,10000,100000] [--cython]
"""
import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def globals_module(n):
    return "".join(f"v{i} = {i}\n" for i in range(n)) + f"total = v0 + v{n - 1}\n"


def locals_module(n):
    body = "".join(f"    x{i} = a + {i}\n" for i in range(n))
    return f"def f(a):\n{body}    return x0 + x{n - 1}\n"


def functions_module(n):
    return "".join(f"def f{i}(a, b=1):\n    return a + b * {i}\n\n" for i in range(n))


def constants_module(n):
    items = "".join(f"    'key{i}': {i}.5,\n" for i in range(n))
    return f"TABLE = {{\n{items}}}\n"


def attributes_module(n):
    body = "".join(f"    o.attr{i} = o.attr{i - 1 if i else 0}\n" for i in range(n))
    return f"def f(o):\n{body}"


SHAPES = {
    "globals": globals_module,
    "locals": locals_module,
    "functions": functions_module,
    "constants": constants_module,
    "attributes": attributes_module,
}


def time_command(cmd, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(map(str, cmd))}\n{result.stderr[-2000:]}")
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyxc", default="build/cli/pyxc")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cython", action="store_true", help="also time Cython's translation")
    parser.add_argument("-k", dest="shape", help="only shapes whose name contains this")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    cython = args.cython and shutil.which("cython")

    header = f"{'shape':<11} {'names':>7} {'pyxc s':>9} {'us/name':>8} {'growth':>7}"
    if cython:
        header += f" {'cython s':>9} {'cython/pyxc':>11}"
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        for shape, make in SHAPES.items():
            if args.shape and args.shape not in shape:
                continue
            previous = None
            for n in sizes:
                src = Path(tmp) / f"{shape}_{n}.py"
                src.write_text(make(n))
                t = time_command([args.pyxc, str(src), "-o", "/dev/null"], args.repeat)
                growth = f"{t / previous:6.1f}x" if previous else ""
                line = f"{shape:<11} {n:>7} {t:>9.3f} {t / n * 1e6:>8.2f} {growth:>7}"
                if cython:
                    c = time_command(["cython", "-3", str(src), "-o", str(Path(tmp) / "out.c")], 1)
                    line += f" {c:>9.3f} {c / t:>10.1f}x"
                print(line, flush=True)
                previous = t


if __name__ == "__main__":
    main()
