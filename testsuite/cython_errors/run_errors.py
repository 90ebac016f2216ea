#!/usr/bin/env python3
"""Cython's own compile-error tests (tests/errors/*.pyx of its source
distribution) against pyxc: each file must be rejected (exit status 1, no
crash, no hang) with an error reported on every line its _ERRORS block
lists (warnings count where the file's tags say werror, which Cython's own
runner turns into errors). A file whose _ERRORS lists no error is one Cython compiles: pyxc
must accept it, and it is left out of the rates. Prints one line per file with -v, and the rates. Files are translated
with language_level=2 unless their header says otherwise, as Cython's
runtests.py compiles them (print statements and backquotes parse).

    run_errors.py [--pyxc build/cli/pyxc] [--tests .cache/cython-3.3.0/tests]
                  [--only-listed passing.txt] [--update-list passing.txt] [-k NAME] [-v]

--only-listed runs the files named in the list and fails when any of them
no longer passes (the default tests do this); --update-list rewrites the
list with every file that passes today. --compile-accepted checks the other
side: every file pyxc accepts must give C++ that g++ compiles (anything
pyxc accepts must build; a C++ error is a pyxc bug).
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# "12:4: message", "12: 4: message", or with the file's name first ("f.pyx:12:4: ...").
ERROR_LINE = re.compile(r"^\s*(?:[^\s:]+\.pyx?:)?(\d+):\s*(\d+):\s*(.*)$")
# An error, or a note Cython reports as an error of its own ("Previous
# declaration is here").
DIAGNOSTIC = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (error|note): ")


def expected_errors(text):
    """The (line, message) pairs of the file's _ERRORS block."""
    m = re.search(r'^_ERRORS\s*=\s*[uU]?(?:"""|\'\'\')(.*?)(?:"""|\'\'\')', text, re.S | re.M)
    if not m:
        return []
    out = []
    for line in m.group(1).splitlines():
        e = ERROR_LINE.match(line)
        if e:
            out.append((int(e.group(1)), e.group(3).strip()))
    return out


def tags(text):
    """The names of the file's `# tag:` header lines."""
    return {t.strip() for m in re.finditer(r"^#\s*tag:\s*(.*)$", text, re.M) for t in m.group(1).split(",")}


def is_error_test(text):
    return re.search(r"^#\s*mode:\s*error\b", text, re.M) is not None


def check(pyxc, path):
    """(category, detail): pass, missed lines, accepted, crash, timeout."""
    text = path.read_text(encoding="utf-8", errors="replace")
    want = expected_errors(text)
    # `# tag: werror`: Cython's runtests.py makes warnings errors for these.
    werror = ["-Werror"] if "werror" in tags(text) else []
    try:
        proc = subprocess.run([pyxc, *werror, "-X", "language_level=2", path.name, "-o", os.devnull], cwd=path.parent,
                              capture_output=True, text=True, errors="replace", timeout=30)
    except subprocess.TimeoutExpired:
        return "timeout", "no answer in 30 s"
    if proc.returncode < 0 or proc.returncode >= 128:
        return "crash", f"exit status {proc.returncode}: {proc.stderr[-300:]}"
    if proc.returncode not in (0, 1):
        return "usage", proc.stderr[-300:]
    # A file whose _ERRORS lists none is one Cython compiles (its C code
    # may fail, or only warnings are expected): pyxc must accept it too.
    if not want:
        return ("no errors", "accepted, as by Cython") if proc.returncode == 0 else \
            ("over-rejected", "Cython lists no error: " + proc.stderr[-300:])
    if proc.returncode == 0:
        return "accepted", f"no error; expected {len(want)}"
    reported = set()
    for line in proc.stderr.splitlines():
        d = DIAGNOSTIC.match(line)
        # Cython's _ERRORS give lines only: those in the test's own .pxd count too.
        if d and Path(d.group("file")).stem == path.stem:
            reported.add(int(d.group("line")))
    missed = [f"{line}: {msg}" for line, msg in want if line not in reported]
    if missed:
        return "missed lines", f"{len(missed)} of {len(want)} not reported, e.g. {missed[0]}"
    return "pass", f"{len(want)} lines"


def compile_accepted(pyxc, path, workdir):
    """For a file pyxc accepts: None when its C++ compiles (g++ -fsyntax-only
    with pyxc's flags), else the compiler's first error."""
    import json
    import sysconfig
    cpp = Path(workdir) / (path.stem + ".cpp")
    proc = subprocess.run([pyxc, "-X", "language_level=2", path.name, "-o", str(cpp)], cwd=path.parent,
                          capture_output=True, text=True, errors="replace", timeout=30)
    if proc.returncode != 0:
        return f"translation failed: {proc.stderr[-300:]}"
    config = json.loads(subprocess.run([pyxc, "--build-config"], capture_output=True, text=True).stdout)
    cmd = [os.environ.get("CXX", "g++"), "-fsyntax-only", *config["extra_compile_args"],
           "-I" + sysconfig.get_paths()["include"], *("-I" + d for d in config["include_dirs"]), "-I" + str(path.parent),
           str(cpp)]
    built = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=300)
    if built.returncode == 0:
        return None
    errors = [line for line in built.stderr.splitlines() if "error" in line]
    return errors[0] if errors else built.stderr[-300:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyxc", default=str(ROOT / "build" / "cli" / "pyxc"))
    ap.add_argument("--tests", default=str(ROOT / ".cache" / "cython-3.3.0" / "tests"))
    ap.add_argument("--only-listed")
    ap.add_argument("--update-list")
    ap.add_argument("-k", default="")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--compile-accepted", action="store_true")
    args = ap.parse_args()
    folder = Path(args.tests) / "errors"
    files = []
    for p in sorted(folder.iterdir()):
        if p.suffix not in (".pyx", ".py") or args.k not in p.name:
            continue
        if is_error_test(p.read_text(encoding="utf-8", errors="replace")):
            files.append(p)
    listed = None
    if args.only_listed:
        listed = {line.strip() for line in Path(args.only_listed).read_text().splitlines() if line.strip()}
        files = [p for p in files if p.name in listed]
    pyxc = str(Path(args.pyxc).resolve())
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = dict(zip(files, pool.map(lambda p: check(pyxc, p), files)))
    if args.compile_accepted:
        import tempfile
        accepted = [p for p, (category, _) in results.items() if category == "accepted"]
        with tempfile.TemporaryDirectory() as work, \
                concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            failures = [(p, why) for p, why in zip(accepted, pool.map(lambda p: compile_accepted(pyxc, p, work),
                                                                      accepted)) if why]
        for p, why in failures:
            print(f"C++ error  {p.name}: {why}")
        print(f"cython errors accepted by pyxc: {len(accepted)} files, {len(accepted) - len(failures)} "
              f"compile, {len(failures)} give C++ that g++ rejects")
        return 1 if failures else 0
    counts = {}
    for p, (category, detail) in results.items():
        counts[category] = counts.get(category, 0) + 1
        if args.v or (listed is not None and category not in ("pass", "no errors")):
            print(f"{category:12} {p.name}: {detail}")
    clean = counts.get("no errors", 0) + counts.get("over-rejected", 0)
    total = len(results) - clean  # the files that list errors
    rejected = counts.get("pass", 0) + counts.get("missed lines", 0)  # exit status 1 with errors
    passed = counts.get("pass", 0)
    if args.update_list:
        Path(args.update_list).write_text("".join(p.name + "\n" for p, (c, _) in results.items()
                                                  if c in ("pass", "no errors")))
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    pct = lambda n: f"{100.0 * n / total:.1f}%" if total else "-"
    print(f"cython errors: {total} files listing errors, {rejected} rejected ({pct(rejected)}), {passed} with every "
          f"listed line ({pct(passed)}), {counts.get('crash', 0)} crashed, {counts.get('timeout', 0)} hung; "
          f"{clean} list none, {counts.get('over-rejected', 0)} of them rejected")
    if listed is not None:
        return 0 if passed + counts.get("no errors", 0) == len(results) == len(listed) else 1
    return 0 if not counts.get("crash") and not counts.get("timeout") else 1


if __name__ == "__main__":
    sys.exit(main())
