#!/usr/bin/env python3
"""Leak checks of compiled modules: each testsuite/leaks/*.pyx defines
`workload()`, which creates and destroys what it tests (extension type
instances, their attributes, cycles through them, pickled copies, exported
buffers). The module is imported once; workload() runs again and again and
neither traced memory nor the number of live objects may keep growing.

    leak_check.py PYXC OUTDIR FILE...
"""
import subprocess
import sys
from pathlib import Path

MEASURE = r"""
import gc, importlib, sys, tracemalloc
sys.path.insert(0, sys.argv[1])
module = importlib.import_module(sys.argv[2])
# Warm up caches and free lists first: their growth is not a leak.
for _ in range(200):
    module.workload()
gc.collect()
tracemalloc.start()
samples = []
# Six rounds: a cache still filling grows in some rounds, a leak in every one.
for _ in range(6):
    for _ in range(300):
        module.workload()
    gc.collect()
    samples.append((tracemalloc.get_traced_memory()[0], len(gc.get_objects())))
mem = [s[0] for s in samples]
objs = [s[1] for s in samples]
# Leaking one small object a call adds at least 32 bytes a call.
growing = (min(b - a for a, b in zip(mem, mem[1:])) > 300 * 32
           or all(b > a for a, b in zip(objs, objs[1:])))
print("memory", mem, "objects", objs)
sys.exit(1 if growing else 0)
"""


def check(pyxc, outdir, source):
    """(ok, why) for one module."""
    folder = Path(outdir) / source.stem
    folder.mkdir(parents=True, exist_ok=True)
    build = subprocess.run([pyxc, "--build", str(source), "-o", str(folder)], capture_output=True, text=True,
                           timeout=300)
    if build.returncode != 0:
        return False, "pyxc --build failed:\n" + build.stderr[-3000:]
    run = subprocess.run([sys.executable, "-c", MEASURE, str(folder), source.stem], capture_output=True, text=True,
                         timeout=300)
    if run.returncode != 0:
        return False, "leaks: " + (run.stdout + run.stderr)[-1500:]
    return True, run.stdout.strip()


def main():
    pyxc, outdir, *files = sys.argv[1:]
    failed = 0
    for f in files:
        ok, why = check(pyxc, outdir, Path(f))
        print(("ok  " if ok else "FAIL") + f" {Path(f).name}: {why}")
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
