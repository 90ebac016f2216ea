#!/usr/bin/env python3
"""Typed (.pyx) run tests: a module compiled by pyxc must print what the same
module compiled by Cython prints.

Each testsuite/typed/NAME.pyx (or pure-Python-mode NAME.py) prints as it
is imported. A .py file must also run under plain CPython with pyxc's
`cython` shim (python/pyxc/shim) in place of Cython. What Cython's build
printed is kept in NAME.pyx.expected (stdout, then the last line of stderr
when the import fails); `--update` regenerates it with Cython from PyPI, so
the expected text always comes from Cython, never from pyxc.

    python3 testsuite/cython_oracle.py PYXC OUTDIR FILE... [--update]
"""
import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

EXT = sysconfig.get_config_var("EXT_SUFFIX")


SHIM = Path(__file__).resolve().parent.parent / "python" / "pyxc" / "shim"


def observe(folder, name, first=(), block_cython=False):
    """Imports `name` from `folder` in a fresh interpreter; what it printed.
    `block_cython`: the cython module cannot be imported, as where a compiled
    module is deployed without Cython."""
    path = [str(folder), *map(str, first)]
    block = "sys.modules['cython'] = None; " if block_cython else ""
    code = f"import sys; {block}sys.path[:0] = {path!r}; import {name}"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    out = proc.stdout
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        out += "uncaught: " + (lines[-1] if lines else f"exit status {proc.returncode}") + "\n"
    return out


def copy_source(src, folder):
    """The test file and its companions: the .pxi and .h files named after
    it, and the .pxd that declares it."""
    folder.mkdir(parents=True, exist_ok=True)
    pxd = [src.with_suffix(".pxd")] if src.with_suffix(".pxd").exists() else []
    for f in [src, *pxd, *sorted(src.parent.glob(src.stem + "*.pxi")), *sorted(src.parent.glob(src.stem + "*.h"))]:
        shutil.copy(f, folder / f.name)


def build_with_pyxc(pyxc, src, folder):
    copy_source(src, folder)
    proc = subprocess.run([pyxc, "--build", str(folder / src.name), "-o", str(folder)], capture_output=True,
                          text=True)
    return proc.returncode == 0, proc.stderr


def build_with_cython(src, folder):
    """Cython's C, or C++ for a file that says `# distutils: language = c++`."""
    copy_source(src, folder)
    cplus = "# distutils: language = c++" in src.read_text()
    c_file = folder / (src.stem + (".cpp" if cplus else ".c"))
    subprocess.run([sys.executable, "-m", "cython", "-3", *(["--cplus"] if cplus else []), str(folder / src.name),
                    "-o", str(c_file)], check=True)
    include = sysconfig.get_paths()["include"]
    extra = []
    if "cimport numpy" in src.read_text():  # Cython's users add NumPy's headers by hand
        import numpy
        extra.append(f"-I{numpy.get_include()}")
    if "# distutils: extra_compile_args=-fopenmp" in src.read_text():  # as Cython's users ask for OpenMP
        extra.append("-fopenmp")
    compiler = os.environ.get("CXX", "c++") if cplus else os.environ.get("CC", "cc")
    subprocess.run([compiler, "-O1", "-shared", "-fPIC", f"-I{include}", f"-I{folder}", *extra, str(c_file), "-o",
                    str(folder / (src.stem + EXT)), "-lm"], check=True)


def check(pyxc, outdir, src, update=False):
    """(ok, why) for one test file."""
    src = Path(src)
    expected = src.with_name(src.name + ".expected")
    if update:
        build_with_cython(src, Path(outdir) / "cython" / src.stem)
        expected.write_text(observe(Path(outdir) / "cython" / src.stem, src.stem))
    folder = Path(outdir) / "pyxc" / src.stem
    ok, err = build_with_pyxc(pyxc, src, folder)
    if not ok:
        return False, "pyxc --build failed:\n" + err[-3000:]
    got = observe(folder, src.stem, block_cython=True)
    if src.suffix == ".py":
        # Unchanged, the source runs under CPython with the shim.
        plain = observe(src.parent, src.stem, first=[SHIM])
        if "uncaught: " in plain:
            return False, "under CPython with the cython shim:\n" + plain[-2000:]
    want = expected.read_text() if expected.exists() else None
    if want is None:
        return False, f"missing {expected.name} (run with --update, which needs Cython)"
    if got == want:
        return True, ""
    import difflib
    diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "Cython", "pyxc"))
    return False, "output differs:\n" + diff


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pyxc")
    ap.add_argument("outdir")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--update", action="store_true", help="regenerate the expected output with Cython")
    args = ap.parse_args()
    failed = 0
    for f in args.files:
        ok, why = check(args.pyxc, args.outdir, f, args.update)
        print(("ok   " if ok else "FAIL ") + Path(f).name)
        if not ok:
            failed += 1
            print("    " + why.replace("\n", "\n    "))
    print(f"typed: {len(args.files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
