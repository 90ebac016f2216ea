#!/usr/bin/env python3
"""Two pyxc builds side by side on the benchmark kernels: did a change to
the compiler cost speed of the tool or of the result?

    python3 bench/compare_builds.py --base OLD_BUILD [--new build] [-k NAME]

For each kernel (bench/typed/*.pyx, bench/untyped/*.py), under each build:
the translation time (the fastest of five), the size of the generated C++,
and the instructions of one run() under callgrind (repeatable on a shared
machine, unlike wall time), with the new build's ratio to the base. Each
build compiles its modules against its own runtime (`--build`). Make the
base build from an older commit: `git worktree add /tmp/base REV` and
`meson setup` + `meson compile cli/pyxc` there.
"""
import argparse
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from untyped_bench import instructions_per_run, stopwatch  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "compare"


def measure(pyxc, src, out):
    out.mkdir(parents=True, exist_ok=True)
    cpp = out / (src.stem + ".cpp")
    translate = min(stopwatch([str(pyxc), str(src), "-o", str(cpp)], out) for _ in range(5))
    stopwatch([str(pyxc), "--build", str(src), "-o", str(out)], out)
    return translate, cpp.stat().st_size, instructions_per_run(out, src.stem)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="the build folder of the older pyxc")
    ap.add_argument("--new", default=str(ROOT / "build"))
    ap.add_argument("-k", default="", help="only kernels whose name contains this")
    args = ap.parse_args()
    kernels = sorted((ROOT / "bench" / "typed").glob("*.pyx")) + sorted((ROOT / "bench" / "untyped").glob("*.py"))
    kernels = [k for k in kernels if args.k in k.stem]
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"{'kernel':22} {'translate ms':>18} {'C++ bytes':>22} {'instructions/run':>30}")
    print(f"{'':22} {'base':>6} {'new':>6} {'x':>5} {'base':>8} {'new':>8} {'x':>5} "
          f"{'base':>12} {'new':>12} {'x':>5}")
    ratios = {"translate": [], "size": [], "instructions": []}
    for src in kernels:
        name = f"{src.parent.name}/{src.stem}"
        try:
            b = measure(Path(args.base) / "cli" / "pyxc", src, WORK / "base" / src.parent.name)
            n = measure(Path(args.new) / "cli" / "pyxc", src, WORK / "new" / src.parent.name)
        except Exception as e:  # a kernel the base cannot compile: say so, go on
            print(f"{name:22} skipped: {str(e).splitlines()[0][:80]}")
            continue
        r = [n[i] / b[i] for i in range(3)]
        for key, value in zip(ratios, r):
            ratios[key].append(value)
        print(f"{name:22} {b[0] * 1e3:6.1f} {n[0] * 1e3:6.1f} {r[0]:5.2f} {b[1]:8d} {n[1]:8d} {r[1]:5.2f} "
              f"{b[2]:12.0f} {n[2]:12.0f} {r[2]:5.3f}")
    if ratios["translate"]:
        print("median new/base: " + ", ".join(f"{k} {statistics.median(v):.3f}" for k, v in ratios.items()))


if __name__ == "__main__":
    main()
