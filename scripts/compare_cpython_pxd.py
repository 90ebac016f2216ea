#!/usr/bin/env python3
"""Which names Cython's cpython/ declaration library declares that pyxc's
(runtime/pxd/cpython) does not, module by module. Needs Cython installed
(pip install cython); reads names only, never copies declarations.

    python3 scripts/compare_cpython_pxd.py [-v]
"""
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = re.compile(r"\b(Py[A-Za-z0-9_]+|_Py[A-Za-z0-9_]+)\s*\(")
TYPE = re.compile(r"^\s*(?:ctypedef\s+(?:struct|enum|union)?\s*[\w\s\*]*?\s|cdef\s+(?:struct|enum|union)\s+)(\w+)", re.M)


def declared(path):
    text = re.sub(r"#.*", "", path.read_text(encoding="utf-8", errors="replace"))
    return set(NAME.findall(text)) | set(TYPE.findall(text))


def main():
    try:
        import Cython
    except ImportError:
        print("Cython is not installed (pip install cython)")
        return 2
    theirs = Path(os.path.dirname(Cython.__file__)) / "Includes" / "cpython"
    ours = ROOT / "runtime" / "pxd" / "cpython"
    total = missing_total = 0
    for path in sorted(theirs.glob("*.pxd")):
        names = declared(path)
        mine = declared(ours / path.name) if (ours / path.name).exists() else set()
        missing = sorted(names - mine)
        total += len(names)
        missing_total += len(missing)
        state = "missing module" if not (ours / path.name).exists() else f"{len(names) - len(missing)}/{len(names)}"
        print(f"{path.stem:14} {state}" + (f"  e.g. {', '.join(missing[:6])}" if missing and "-v" in sys.argv else ""))
    print(f"cpython/: {total - missing_total} of {total} names Cython declares are declared by pyxc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
