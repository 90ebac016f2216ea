#!/usr/bin/env python3
"""pyxc's test driver. Every check is one named test; the last line printed
is "N passed, N failed".

    run_tests.py --build build [--full] [--update] [-k SUBSTRING]

--update rewrites the golden .expected files from pyxc's current output
(review the diff before committing). --full adds the whole-stdlib oracle.
"""
import argparse
import ast
import os
import re
import subprocess
import sys
import sysconfig
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "testsuite"
SOURCE_SUFFIXES = (".py", ".pyx", ".pxd", ".pxi")


class Runner:
    def __init__(self, args):
        self.args = args
        self.pyxc = str((ROOT / args.build / "cli" / "pyxc").resolve())
        self.passed = 0
        self.failed = []

    def record(self, name, ok, detail=""):
        if self.args.k and self.args.k not in name:
            return
        if ok:
            self.passed += 1
        else:
            self.failed.append(name)
            print(f"FAIL {name}")
            if detail:
                print("    " + detail.rstrip().replace("\n", "\n    "))

    def run(self, *argv, cwd=ROOT, **kw):
        return subprocess.run([self.pyxc, *argv], capture_output=True, text=True, encoding="utf-8", errors="replace",
                              cwd=cwd, timeout=120, **kw)

    def wanted(self, name):
        return not self.args.k or self.args.k in name


def golden(runner, folder, stream, expect_rc, translate=False, dump_ir=False):
    """Each source file in `folder` against FILE.expected (stdout or stderr);
    `pyxc parse FILE`, with `translate` `pyxc FILE -o /dev/null`, with
    `dump_ir` `pyxc --dump=ir FILE` (the lowered IR)."""
    for src in sorted((SUITE / folder).iterdir()):
        if src.suffix not in SOURCE_SUFFIXES or not src.is_file():
            continue
        if src.suffix == ".pxd" and src.with_suffix(".pyx").exists():
            continue  # the declarations of the .pyx beside it, tested with it
        name = f"{folder}/{src.name}"
        if not runner.wanted(name):
            continue
        rel = src.relative_to(ROOT)
        if dump_ir:
            proc = runner.run("--dump=ir", str(rel))
        elif translate:
            proc = runner.run(str(rel), "-o", os.devnull)
        else:
            proc = runner.run("parse", str(rel))
        got = proc.stdout if stream == "stdout" else proc.stderr
        expected_file = src.with_name(src.name + ".expected")
        if runner.args.update:
            expected_file.write_text(got, encoding="utf-8")
        want = expected_file.read_text(encoding="utf-8") if expected_file.exists() else None
        if want is None:
            runner.record(name, False, f"missing {expected_file.name} (run with --update)")
        elif proc.returncode != expect_rc:
            runner.record(name, False, f"exit status {proc.returncode}, expected {expect_rc}\n{proc.stderr}")
        else:
            runner.record(name, got == want, diff_hint(want, got))


def cpython_error(src):
    """CPython's `file:line:col: error: message` for a file its compile()
    rejects, or None when it accepts it."""
    try:
        compile(src.read_bytes(), src.name, "exec")
    except SyntaxError as e:
        return f"{src.name}:{e.lineno}:{e.offset}: error: {e.msg}"
    return None


def cpython_compile_oracle(runner):
    """testsuite/errors/cpython/*.py: files CPython's compiler rejects beyond
    its grammar (its symbol table and compile-time checks). pyxc rejects each
    with CPython's message at CPython's line and column as its first error."""
    for src in sorted((SUITE / "errors" / "cpython").glob("*.py")):
        name = f"errors/cpython/{src.name}"
        if not runner.wanted(name):
            continue
        want = cpython_error(src)
        if want is None:
            runner.record(name, False, "CPython accepts this file: it tests nothing")
            continue
        proc = subprocess.run([runner.pyxc, src.name, "-o", os.devnull],
                              cwd=src.parent, capture_output=True, text=True)
        errors = [line for line in proc.stderr.splitlines() if ": error: " in line]
        got = errors[0] if errors else ""
        runner.record(name, proc.returncode == 1 and got == want, f"CPython: {want}\npyxc:    {got or proc.stderr}")


def diff_hint(want, got):
    import difflib
    return "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "expected", "pyxc", n=2))[:3000]


def python_oracle_cases(runner):
    """testsuite/parse/python/*.py: pyxc's python-ast dump equals CPython's."""
    for src in sorted((SUITE / "parse" / "python").glob("*.py")):
        name = f"parse/python/{src.name}"
        if not runner.wanted(name):
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                want = ast.dump(ast.parse(src.read_bytes()))
        except SyntaxError:
            want = None
        proc = runner.run("parse", "--format=python-ast", str(src))
        if want is None:
            runner.record(name, proc.returncode == 1 and "error:" in proc.stderr,
                          f"CPython rejects it; pyxc exited {proc.returncode}")
        else:
            runner.record(name, proc.returncode == 0 and proc.stdout.rstrip("\n") == want,
                          proc.stderr or diff_hint(want + "\n", proc.stdout))


# Diagnostics no input can produce by construction (a bug of pyxc's if one
# does); unit tests show them instead: PrinterInternal in
# testsuite/unit/printer_test.cpp.
UNREACHABLE_DIAGNOSTICS = {"PrinterInternal"}


def diagnostics_covered(runner):
    """Every diagnostic in diagnostics.def has a golden case showing it."""
    name = "diagnostics/every-diagnostic-has-a-golden-case"
    if not runner.wanted(name):
        return
    listing = runner.run("--list-diagnostics").stdout.splitlines()
    expected = "".join(p.read_text() for p in (SUITE / "errors").glob("**/*.expected"))
    expected += "".join((cpython_error(p) or "") + "\n" for p in (SUITE / "errors" / "cpython").glob("*.py"))
    expected += "".join(case[3] + "\n" for case in CLI_CASES) + OUTPUT_IS_SOURCE + "\n"
    missing = []
    for line in listing:
        diag, severity, fmt = line.split("\t", 2)
        if diag in UNREACHABLE_DIAGNOSTICS:
            continue
        pattern = re.escape(f"{severity}: ") + "".join(
            ".*?" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]*\})", fmt))
        if not re.search(pattern, expected):
            missing.append(diag)
    runner.record(name, bool(listing) and not missing, "no golden case for: " + ", ".join(missing))


CLI_CASES = [
    ("cli/version", ["--version"], 0, "pyxc 0.1.0"),
    ("cli/unknown-flag-is-usage-error", ["--no-such-flag"], 2, ""),
    ("cli/parse-needs-a-file", ["parse"], 2, ""),
    ("cli/bad-format-is-usage-error", ["parse", "--format=xml", "x.py"], 2, ""),
    ("cli/missing-file", ["parse", "no/such/file.py"], 1,
     "pyxc: error: cannot open 'no/such/file.py': No such file or directory"),
    ("cli/unknown-directive-is-usage-error", ["-X", "no_such_directive=1", "examples/hello.py", "-o", "/dev/null"], 2,
     "pyxc: error: -X no_such_directive=1: unknown directive 'no_such_directive'"),
    ("cli/bad-directive-value", ["-X", "boundscheck=maybe", "examples/hello.py", "-o", "/dev/null"], 2,
     "boundscheck directive must be set to True or False, got 'maybe'"),
    ("cli/directive-needs-a-value", ["-X", "boundscheck", "examples/hello.py", "-o", "/dev/null"], 2,
     "pyxc: error: -X boundscheck: expected \"=\" in \"boundscheck\""),
    ("cli/directive-one-of", ["-X", "c_string_type=foo", "examples/hello.py", "-o", "/dev/null"], 2,
     "pyxc: error: -X c_string_type=foo: c_string_type directive must be one of ('bytes', 'bytearray', 'str', "
     "'unicode'), got 'foo'"),
    ("cli/directive-language-level", ["-X", "language_level=99", "examples/hello.py", "-o", "/dev/null"], 2,
     "pyxc: error: -X language_level=99: language_level must be 2, 3 or 3str, got '99'"),
    ("cli/directive-not-for-a-module", ["-X", "freelist=8", "examples/hello.py", "-o", "/dev/null"], 2,
     "pyxc: error: -X freelist=8: the freelist directive applies to a class or function, not to a module"),
    ("cli/several-directives", ["-X", "boundscheck=False, wraparound=maybe", "examples/hello.py", "-o", "/dev/null"],
     2, "wraparound directive must be set to True or False, got 'maybe'"),
    ("cli/unwritable-output", ["examples/hello.py", "-o", "no/such/dir/hello.cpp"], 1,
     "pyxc: error: cannot write 'no/such/dir/hello.cpp': No such file or directory"),
    ("cli/output-to-a-folder", ["examples/hello.py", "-o", "{tmp}"], 1, "pyxc: error: cannot write '{tmp}': Is a directory"),
    ("cli/output-to-full-device", ["examples/hello.py", "-o", "/dev/full"], 1,
     "pyxc: error: cannot write '/dev/full': No space left on device"),
    ("cli/input-is-a-folder", ["examples", "-o", "/dev/null"], 1, "pyxc: error: cannot open 'examples': Is a directory"),
    ("cli/output-with-source-suffix", ["examples/hello.py", "-o", "{tmp}/hello.pxd"], 1,
     "pyxc: error: refusing to write C++ to '{tmp}/hello.pxd': '.pxd' is a source file suffix"),
    ("cli/failed-cxx-build", ["--build", "examples/hello.py", "-o", "{tmp}"], 1,
     "pyxc: error: the C++ compiler failed on {tmp}/hello.cpp", {"CXX": "false"}),
]


OUTPUT_IS_SOURCE = "pyxc: error: refusing to write C++ to 'out.cpp': it is the source file 'mod.pyx'"


def output_safety(runner):
    """Outputs never replace a source, and a failure leaves no half-written
    or stale file: the source is untouched when -o names it (directly or
    through a link), a failed translation keeps the previous .cpp, and a
    failed C++ build removes the old module and leaves no temporary."""
    import tempfile
    cases = ["cli/output-over-source", "cli/output-through-link-to-source", "cli/failed-translation-keeps-output",
             "cli/failed-build-leaves-no-module"]
    if not any(runner.wanted(name) for name in cases):
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = tmp / "mod.pyx"
        text = (ROOT / "examples" / "hello.py").read_text()
        source.write_text(text)
        proc = runner.run(str(source), "-o", str(source))
        runner.record(cases[0], proc.returncode == 1 and "'.pyx' is a source file suffix" in proc.stderr
                      and source.read_text() == text, proc.stderr)
        (tmp / "out.cpp").symlink_to(source)
        proc = runner.run("mod.pyx", "-o", "out.cpp", cwd=tmp)
        runner.record(cases[1], proc.returncode == 1 and OUTPUT_IS_SOURCE in proc.stderr
                      and source.read_text() == text, proc.stderr)
        bad = tmp / "bad.py"
        bad.write_text("x = (\n")
        previous = tmp / "bad.cpp"
        previous.write_text("// previous\n")
        proc = runner.run(str(bad), "-o", str(previous))
        runner.record(cases[2], proc.returncode == 1 and previous.read_text() == "// previous\n", proc.stderr)
        out = tmp / "build"
        out.mkdir()
        stale = out / ("mod" + sysconfig.get_config_var("EXT_SUFFIX"))
        stale.write_text("stale")
        proc = runner.run("--build", str(source), "-o", str(out), env={**os.environ, "CXX": "false"})
        left = sorted(p.name for p in out.iterdir())
        runner.record(cases[3], proc.returncode == 1 and left == ["mod.cpp"], f"{proc.stderr}\nleft: {left}")


def deterministic_output(runner):
    """Same input, same options: byte-identical C++ (build caches rely on it)."""
    import tempfile
    name = "cli/deterministic-output"
    if not runner.wanted(name):
        return
    with tempfile.TemporaryDirectory() as tmp:
        outputs = []
        for i in range(2):
            out = Path(tmp) / f"{i}.cpp"
            proc = runner.run(str(SUITE / "run" / "classes_advanced.py"), "-o", str(out))
            outputs.append(out.read_bytes() if proc.returncode == 0 and out.exists() else b"")
        runner.record(name, outputs[0] != b"" and outputs[0] == outputs[1], "outputs differ or translation failed")


def cli_cases(runner):
    """The driver's own contract: version, usage errors, unreadable files."""
    import tempfile
    for name, argv, rc, text, *env in CLI_CASES:
        if not runner.wanted(name):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            argv = [a.replace("{tmp}", tmp) for a in argv]
            text = text.replace("{tmp}", tmp)
            proc = runner.run(*argv, env={**os.environ, **env[0]} if env else None)
        out = proc.stdout + proc.stderr
        runner.record(name, proc.returncode == rc and text in out, f"exit {proc.returncode}: {out[:500]}")


def embed_tests(runner):
    """pyxc --build --embed: a program that runs the module as __main__ behaves
    as `python module.py` does (output, stderr's last line, exit status)."""
    import tempfile
    source = SUITE / "embed" / "program.py"
    cases = [("embed/args", ["a", "b"]), ("embed/sys-exit", ["exit", "3"]), ("embed/uncaught", ["fail"])]
    if not any(runner.wanted(name) for name, _ in cases):
        return
    with tempfile.TemporaryDirectory() as tmp:
        build = runner.run("--build", "--embed", str(source.relative_to(ROOT)), "-o", tmp)
        for name, args in cases:
            if not runner.wanted(name):
                continue
            if build.returncode != 0:
                runner.record(name, False, build.stderr)
                continue
            got = subprocess.run([str(Path(tmp) / "program"), *args], capture_output=True, text=True)
            want = subprocess.run([sys.executable, str(source), *args], capture_output=True, text=True)
            last = lambda err: (err.strip().splitlines() or [""])[-1]
            same = (got.stdout, got.returncode, last(got.stderr)) == (want.stdout, want.returncode, last(want.stderr))
            runner.record(name, same, f"pyxc: {got.returncode} {got.stdout!r} {last(got.stderr)!r}\n"
                                      f"python: {want.returncode} {want.stdout!r} {last(want.stderr)!r}")


def subinterpreter_test(runner):
    """A compiled module refuses a second interpreter with Cython's
    ImportError (its process-wide state belongs to the first) instead of
    deadlocking or crashing; it keeps working in the first."""
    import tempfile
    name = "subinterpreter/import-refused"
    if not runner.wanted(name):
        return
    with tempfile.TemporaryDirectory() as tmp:
        build = runner.run("--build", "testsuite/subinterpreter/raiser.py", "-o", tmp)
        if build.returncode != 0:
            runner.record(name, False, build.stderr)
            return
        try:
            proc = subprocess.run([sys.executable, str(SUITE / "subinterpreter" / "check.py"), tmp],
                                  capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            runner.record(name, False, "hung (deadlock?)")
            return
        runner.record(name, proc.returncode == 0, proc.stdout + proc.stderr)


def unit_tests(runner):
    exe = ROOT / runner.args.build / "testsuite" / "unit_tests"
    name = "unit"
    if not runner.wanted(name):
        return
    if not exe.exists():
        runner.record(name, False, f"{exe} was not built")
        return
    listing = subprocess.run([str(exe), "--list-test-names-only"], capture_output=True, text=True).stdout
    for case in [l for l in listing.splitlines() if l.strip()]:
        proc = subprocess.run([str(exe), case], capture_output=True, text=True)
        runner.record(f"unit/{case}", proc.returncode == 0, proc.stdout[-2000:])


def script_check(runner, name, argv):
    if not runner.wanted(name):
        return
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    summary = proc.stdout.strip().splitlines()[-1:] or proc.stderr.strip().splitlines()[-1:] or [""]
    print(f"     {name}: {summary[0]}")
    runner.record(name, proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-1000:])


# The run tests the default suite also checks for leaks (--full: all of them).
LEAK_SUBSET = {"smoke_mixed.py", "classes_basic.py", "closures.py", "exceptions_basic.py",
               "exceptions_finally.py", "with_statement.py", "function_params.py", "comprehensions.py",
               "generators_basic.py", "generators_throw_close.py", "generators_yield_from.py",
               "generator_expressions.py", "async_coroutines.py", "async_comprehensions.py",
               "exception_groups.py", "definite_assignment.py", "async_generators.py"}


def differential_tests(runner):
    """testsuite/run/*.py: CPython running the source against the compiled module."""
    sys.path.insert(0, str(SUITE))
    import concurrent.futures
    import differential
    outdir = ROOT / ".cache" / "run"
    files = [f for f in sorted((SUITE / "run").glob("*.py")) if runner.wanted(f"run/{f.name}")]
    leaks = lambda f: runner.args.full or f.name in LEAK_SUBSET
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        results = pool.map(lambda f: differential.check(runner.pyxc, outdir, f, leaks(f)), files)
        for f, (ok, why) in zip(files, results):
            runner.record(f"run/{f.name}", ok, why)


def typed_tests(runner):
    """testsuite/typed/*.pyx: the pyxc-built module prints what Cython's did
    (NAME.pyx.expected, made by Cython with --update)."""
    sys.path.insert(0, str(SUITE))
    import concurrent.futures
    import cython_oracle
    outdir = ROOT / ".cache" / "typed"
    files = [f for f in sorted((SUITE / "typed").iterdir())
             if f.suffix in (".pyx", ".py") and runner.wanted(f"typed/{f.name}")]
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        results = pool.map(lambda f: cython_oracle.check(runner.pyxc, outdir, f, runner.args.update), files)
        for f, (ok, why) in zip(files, results):
            runner.record(f"typed/{f.name}", ok, why)


# The sanitizer job: the differential and typed tests again, with modules
# and the runtime built with AddressSanitizer and UndefinedBehaviorSanitizer
# (CPython itself is not instrumented: libasan is preloaded into it, leak
# checking off, as CPython keeps memory until exit). A memory error or
# undefined behaviour in generated code or the runtime aborts the module.
SANITIZE_FLAGS = ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer",
                  "-O1", "-g1"]


def sanitized_runtime(runner, folder):
    """The runtime library built with the sanitizers, from its amalgamation."""
    import json
    config = json.loads(runner.run("--build-config").stdout)
    amalgamation = Path(config["runtime_amalgamation"])
    source = folder / "pyxc_runtime_all.cpp"
    source.write_text(amalgamation.read_text() +
                      amalgamation.with_name("pyxc_runtime_generators.cpp").read_text())
    obj, lib = folder / "pyxc_runtime.o", folder / "libpyxcrt.a"
    cxx = os.environ.get("CXX", "g++")
    subprocess.run([cxx, *config["extra_compile_args"], "-fPIC", "-fno-exceptions", "-fno-rtti", *SANITIZE_FLAGS,
                    "-I" + sysconfig.get_paths()["include"], *("-I" + d for d in config["include_dirs"]),
                    "-c", str(source), "-o", str(obj)], check=True, capture_output=True, text=True)
    lib.unlink(missing_ok=True)
    subprocess.run(["ar", "rcs", str(lib), str(obj)], check=True)
    return lib


def sanitizer_canary(runner, work):
    """testsuite/sanitize/canary.pyx overflows a heap buffer: the sanitized
    build must stop it with a sanitizer's report (UBSan's object-size check
    or ASan's heap-buffer-overflow, whichever sees it first)."""
    work.mkdir(parents=True, exist_ok=True)
    build = runner.run("--build", str(SUITE / "sanitize" / "canary.pyx"), "-o", str(work))
    if build.returncode != 0:
        runner.record("asan/canary", False, build.stderr[-2000:])
        return
    got = subprocess.run([sys.executable, "-c", "import canary"], cwd=work, capture_output=True, text=True,
                         timeout=120)
    caught = got.returncode != 0 and got.stdout == "3\n" and \
        ("heap-buffer-overflow" in got.stderr or "runtime error: " in got.stderr)
    runner.record("asan/canary", caught, f"exit status {got.returncode}\n{got.stdout}{got.stderr[-1500:]}")


def leak_tests(runner):
    """testsuite/leaks/*.pyx: workload() of the module, imported once, run
    again and again without memory or live objects growing."""
    sys.path.insert(0, str(SUITE / "leaks"))
    import concurrent.futures
    import leak_check
    outdir = ROOT / ".cache" / "leaks"
    files = [f for f in sorted((SUITE / "leaks").glob("*.pyx")) if runner.wanted(f"leaks/{f.name}")]
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        results = pool.map(lambda f: leak_check.check(runner.pyxc, outdir, f), files)
        for f, (ok, why) in zip(files, results):
            runner.record(f"leaks/{f.name}", ok, why)


def sanitizer_tests(runner):
    """asan/run/*.py and asan/typed/*.pyx: the differential and typed tests
    with modules and runtime built with -fsanitize=address,undefined."""
    import concurrent.futures
    sys.path.insert(0, str(SUITE))
    import cython_oracle
    import differential
    runs = [f for f in sorted((SUITE / "run").glob("*.py")) if runner.wanted(f"asan/run/{f.name}")]
    typed = [f for f in sorted((SUITE / "typed").iterdir())
             if f.suffix in (".pyx", ".py") and runner.wanted(f"asan/typed/{f.name}")]
    if not runs and not typed and not runner.wanted("asan/canary"):
        return
    libasan = subprocess.run([os.environ.get("CC", "gcc"), "-print-file-name=libasan.so"], capture_output=True,
                             text=True).stdout.strip()
    if not os.path.isabs(libasan):
        runner.record("asan/setup", False, "the C compiler has no libasan.so")
        return
    # libstdc++ preloaded with it: ASan finds the C++ runtime's __cxa_throw
    # when it starts (CPython does not link it), so modules can throw C++
    # exceptions (`except +`).
    libstdcxx = subprocess.run([os.environ.get("CXX", "g++"), "-print-file-name=libstdc++.so"], capture_output=True,
                               text=True).stdout.strip()
    if os.path.isabs(libstdcxx):
        libasan += " " + libstdcxx
    outdir = ROOT / ".cache" / "asan"
    outdir.mkdir(parents=True, exist_ok=True)
    pyxc = runner.pyxc
    sanitized = ROOT / "build-fuzz" / "cli" / "pyxc"
    if sanitized.exists():
        # The compiler built with clang's sanitizers (scripts/fuzz.sh): it
        # carries its own ASan runtime, so gcc's preloaded one is kept from it.
        pyxc = str(outdir / "pyxc")
        Path(pyxc).write_text(f'#!/bin/sh\nexec env -u LD_PRELOAD "{sanitized}" "$@"\n')
        os.chmod(pyxc, 0o755)
    try:
        lib = sanitized_runtime(runner, outdir)
    except subprocess.CalledProcessError as e:
        runner.record("asan/runtime", False, (e.stderr or "")[-3000:])
        return
    saved = dict(os.environ)
    os.environ.update({
        # gcc builds the modules (the preloaded libasan is gcc's), whichever compiler built pyxc.
        "CXX": os.environ.get("CXX", "g++"),
        "CXXFLAGS": " ".join(SANITIZE_FLAGS), "PYXC_RUNTIME_LIB": str(lib), "LD_PRELOAD": libasan,
        "ASAN_OPTIONS": "detect_leaks=0:halt_on_error=1:abort_on_error=0",
        "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
    })
    try:
        if runner.wanted("asan/canary"):
            sanitizer_canary(runner, outdir / "canary")
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            for f, (ok, why) in zip(runs, pool.map(lambda f: differential.check(pyxc, outdir / "run", f, False), runs)):
                runner.record(f"asan/run/{f.name}", ok, why)
            for f, (ok, why) in zip(typed, pool.map(lambda f: cython_oracle.check(pyxc, outdir / "typed", f), typed)):
                runner.record(f"asan/typed/{f.name}", ok, why)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def package_tests(runner):
    """testsuite/packages/<pkg>: every module compiled, then `import <pkg>.main`."""
    import shutil
    import tempfile
    for pkg in sorted(p for p in (SUITE / "packages").iterdir() if p.is_dir()):
        name = f"packages/{pkg.name}"
        if not runner.wanted(name):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            src, out = Path(tmp) / "src", Path(tmp) / "out"
            shutil.copytree(pkg, src / pkg.name)
            shutil.copytree(pkg, out / pkg.name)
            problems = []
            for module in sorted((out / pkg.name).rglob("*.py")):
                if module.name == "__init__.py":
                    continue
                build = runner.run("--build", str(module), "-o", str(module.parent))
                if build.returncode != 0:
                    problems.append(f"building {module.name}: {build.stderr[-1500:]}")
                module.unlink()  # the compiled module must be what gets imported
            code = f"import sys; sys.path.insert(0, sys.argv[1]); import {pkg.name}.main"
            want = subprocess.run([sys.executable, "-c", code, str(src)], capture_output=True, text=True)
            got = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True, text=True)
            if (got.stdout, got.returncode) != (want.stdout, want.returncode):
                problems.append(f"CPython:\n{want.stdout}{want.stderr[-800:]}\npyxc:\n{got.stdout}{got.stderr[-800:]}")
            runner.record(name, not problems, "\n".join(problems))


def cimport_tests(runner):
    """testsuite/cimport_classes/<case>: modules that cimport each other's cdef
    classes. Each .pyx is built by pyxc (in name order: a module before the
    ones that cimport it), then main.py must print main.py.expected (what
    the same modules built by Cython printed)."""
    import shutil
    import tempfile
    for case in sorted(p for p in (SUITE / "cimport_classes").iterdir() if p.is_dir()):
        name = f"cimport_classes/{case.name}"
        if not runner.wanted(name):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            for f in case.iterdir():
                if f.suffix in (".pyx", ".pxd", ".py"):
                    shutil.copy(f, work / f.name)
            problems = []
            for module in sorted(work.glob("*.pyx")):
                build = runner.run("--build", str(module), "-o", str(work))
                if build.returncode != 0:
                    problems.append(f"building {module.name}: {build.stderr[-1500:]}")
            if not problems:
                got = subprocess.run([sys.executable, "main.py"], cwd=work, capture_output=True, text=True, timeout=120)
                want = (case / "main.py.expected").read_text()
                if got.stdout != want or got.returncode != 0:
                    problems.append(f"expected:\n{want}\ngot:\n{got.stdout}{got.stderr[-800:]}")
            runner.record(name, not problems, "\n".join(problems))


def build_integration_tests(runner):
    """testsuite/build_integration: pyxc-cython, # distutils: keys, cythonize's
    rebuilds and errors; then (unless --skip-pip) pyxc installed with pip and
    the examples built with it."""
    sys.path.insert(0, str(SUITE / "build_integration"))
    import build_tests
    for name, ok, detail in build_tests.run_fast(runner.pyxc, runner.wanted):
        runner.record(name, ok, detail)
    if runner.args.skip_pip:
        return
    for name, ok, detail in build_tests.run_pip(ROOT / ".cache", runner.wanted):
        runner.record(name, ok, detail)


def stdlib_tests(runner):
    """CPython's Lib/test/test_<module>.py against stdlib modules compiled by pyxc
    (testsuite/stdlib/run_stdlib_tests.py)."""
    sys.path.insert(0, str(SUITE / "stdlib"))
    import concurrent.futures
    import run_stdlib_tests
    work = ROOT / ".cache" / "stdlib"
    work.mkdir(parents=True, exist_ok=True)
    modules = [m for m in run_stdlib_tests.MODULES if runner.wanted(f"stdlib/{m}")]
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        results = pool.map(lambda m: run_stdlib_tests.check(runner.pyxc, m, work), modules)
        for m, (ok, why) in zip(modules, results):
            if ok is not None:
                runner.record(f"stdlib/{m}", ok, why)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("-k", default="")
    ap.add_argument("--skip-pip", action="store_true", help="leave out the pip installs of pyxc and the examples")
    runner = Runner(ap.parse_args())

    unit_tests(runner)
    cli_cases(runner)
    output_safety(runner)
    subinterpreter_test(runner)
    deterministic_output(runner)
    golden(runner, "parse", "stdout", 0)
    golden(runner, "errors", "stderr", 1)
    golden(runner, "errors/translate", "stderr", 1, translate=True)
    cpython_compile_oracle(runner)
    golden(runner, "ir", "stdout", 0, dump_ir=True)
    python_oracle_cases(runner)
    diagnostics_covered(runner)
    embed_tests(runner)
    differential_tests(runner)
    typed_tests(runner)
    leak_tests(runner)
    # A short fuzz run; it also builds the sanitized compiler the sanitizer tests translate with.
    script_check(runner, "fuzz/short-run", ["bash", str(ROOT / "scripts" / "fuzz.sh"), "30"])
    sanitizer_tests(runner)
    package_tests(runner)
    cimport_tests(runner)
    build_integration_tests(runner)
    stdlib_tests(runner)
    oracle = [sys.executable, str(SUITE / "oracle" / "stdlib_oracle.py"), runner.pyxc]
    script_check(runner, "oracle/stdlib-quick", oracle + ["--every", "10"])
    if runner.args.full:
        script_check(runner, "oracle/stdlib-full", oracle)
    cython_tests = ROOT / ".cache" / "cython-3.3.0" / "tests"
    if cython_tests.is_dir():
        # Every conformance test that passes today (conformance/passing.txt) must keep passing.
        script_check(runner, "conformance/regressions",
                     [sys.executable, str(SUITE / "conformance" / "run_conformance.py"), "--pyxc", runner.pyxc,
                      "--tests", str(cython_tests), "--only-listed", str(SUITE / "conformance" / "passing.txt")])
        # Cython's compile-error tests that pyxc rejects as Cython does must keep doing so.
        script_check(runner, "cython-errors/regressions",
                     [sys.executable, str(SUITE / "cython_errors" / "run_errors.py"), "--pyxc", runner.pyxc,
                      "--tests", str(cython_tests), "--only-listed", str(SUITE / "cython_errors" / "passing.txt")])
        script_check(runner, "cython-errors/rate",
                     [sys.executable, str(SUITE / "cython_errors" / "run_errors.py"), "--pyxc", runner.pyxc,
                      "--tests", str(cython_tests)])
        # What pyxc accepts of them must give C++ that compiles.
        script_check(runner, "cython-errors/accepted-compile",
                     [sys.executable, str(SUITE / "cython_errors" / "run_errors.py"), "--pyxc", runner.pyxc,
                      "--tests", str(cython_tests), "--compile-accepted"])
        script_check(runner, "conformance/parse", ["bash", str(ROOT / "scripts" / "conformance_parse.sh"),
                                                  runner.pyxc, str(cython_tests)])
    else:
        runner.record("conformance/parse", False, "run scripts/fetch_cython_tests.sh first")

    print(f"{runner.passed} passed, {len(runner.failed)} failed")
    return 1 if runner.failed else 0


if __name__ == "__main__":
    sys.exit(main())
