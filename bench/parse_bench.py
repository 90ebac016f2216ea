#!/usr/bin/env python3
"""Frontend speed: lex+parse the whole standard library in one process with
pyxc and with CPython's ast.parse, and print MB/s for both and the ratio.

    python3 bench/parse_bench.py [--build build] [--repeats 5]

Both sides read the files into memory first; the medians of the repeats are
compared. The machine is shared: read the ratio, not the absolute numbers.
"""
import argparse
import ast
import os
import statistics
import subprocess
import sys
import sysconfig
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return out


def cpython_seconds(sources, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for src in sources:
            try:
                ast.parse(src)
            except (SyntaxError, ValueError):
                pass
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()

    files = stdlib_files()
    proc = subprocess.run([str(ROOT / args.build / "bench" / "parse_throughput"), str(args.repeats)],
                          input="\n".join(files), capture_output=True, text=True, check=True)
    fields = dict(kv.split("=") for kv in proc.stdout.split())
    size = int(fields["bytes"])
    pyxc_s = float(fields["median_seconds"])

    sources = [Path(f).read_bytes() for f in files]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cpy_s = cpython_seconds(sources, args.repeats)

    mb = size / 1e6
    print(f"standard library: {len(files)} files, {mb:.1f} MB, median of {args.repeats} runs")
    print(f"  {'pyxc (decode+lex+parse)':28s} {pyxc_s:8.3f} s {mb / pyxc_s:8.1f} MB/s")
    print(f"  {'CPython ast.parse':28s} {cpy_s:8.3f} s {mb / cpy_s:8.1f} MB/s")
    print(f"  ratio: pyxc is {cpy_s / pyxc_s:.1f}x CPython's speed")


if __name__ == "__main__":
    sys.exit(main())
