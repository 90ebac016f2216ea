"""Build integration tests: pyxc as build systems use it.

Fast cases run the compiler of the build tree through pyxc's Python
package (python/pyxc): the Cython-compatible command line (pyxc-cython),
the `# distutils:` keys one by one, cythonize()'s rebuild decisions and
its errors. The pip cases install pyxc itself with pip (pyproject.toml,
meson-python) into a throwaway venv and build the three examples and a
Cython-style package (pyxc-cython-compat) with it, as a user would.

Each case is a function returning (ok, detail); run_tests.py records them.
"""
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON_DIR = ROOT / "python"


def write(folder, files):
    for name, text in files.items():
        path = Path(folder) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))


def import_pyxc(pyxc_exe):
    """pyxc's Python package from the source tree, driving `pyxc_exe`."""
    os.environ["PYXC"] = pyxc_exe
    if str(PYTHON_DIR) not in sys.path:
        sys.path.insert(0, str(PYTHON_DIR))
    import pyxc.Build
    pyxc.compiler.cache_clear()
    pyxc.build_config.cache_clear()
    return pyxc.Build


@contextlib.contextmanager
def in_folder(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def cythonize_quietly(build, *args, **kw):
    """cythonize() with its stdout and the compiler's stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            return build.cythonize(*args, **kw), out.getvalue(), err.getvalue(), None
        except Exception as e:  # the cases check which
            return None, out.getvalue(), err.getvalue(), e


# ---- pyxc-cython: Cython's command line --------------------------------

def cython_cli(pyxc_exe, tmp, *args):
    exe = Path(tmp) / "pyxc-cython"
    if not exe.exists():
        exe.symlink_to(pyxc_exe)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=tmp)


def case_cli_version(pyxc_exe, tmp):
    proc = cython_cli(pyxc_exe, tmp, "-V")
    # Meson looks for "Cython" and a version; cython-cmake for ^Cython version ([^,]+).
    return proc.returncode == 0 and proc.stdout.startswith("Cython version 3.3.0 "), proc.stdout + proc.stderr


def case_cli_meson_depfile(pyxc_exe, tmp):
    write(tmp, {"pkg/__init__.py": "", "pkg/defs.pxd": "ctypedef long index_t\n",
                "pkg/mod.pyx": "from pkg.defs cimport index_t\ndef f(index_t i):\n    return i + 1\n"})
    os.mkdir(Path(tmp) / "out")
    # What Meson runs, flag for flag.
    proc = cython_cli(pyxc_exe, tmp, "-M", "--fast-fail", "-3", "--cplus", "pkg/mod.pyx", "-o", "out/mod.pyx.cpp")
    dep = Path(tmp) / "out" / "mod.pyx.cpp.dep"
    want = "out/mod.pyx.cpp: \\\n  pkg/mod.pyx \\\n  pkg/defs.pxd\n"
    got = dep.read_text() if dep.exists() else ""
    return proc.returncode == 0 and got == want, f"{proc.stderr}\nwant {want!r}\ngot  {got!r}"


def case_cli_errors(pyxc_exe, tmp):
    write(tmp, {"m.pyx": "x = 1\n"})
    cases = [
        (["--bogus", "m.pyx"], "pyxc-cython: error: unrecognized argument --bogus (pyxc-cython --help lists what is accepted)\n"),
        (["-a", "m.pyx"], "pyxc-cython: error: -a is a Cython option pyxc does not support\n"),
        (["m.pyx"], "pyxc-cython: error: pyxc writes C++, and 'm.c' names a C file: pass --cplus "
                    "(Meson: -Dcython_language=cpp; CMake: LANGUAGE CXX) or an output ending in .cpp\n"),
        (["-X", "boundscheck=maybe", "--cplus", "m.pyx"],
         "pyxc-cython: error: -X boundscheck=maybe: boundscheck directive must be set to True or False, got 'maybe'\n"),
        (["--cplus"], "pyxc-cython: error: no source files given (pyxc-cython --help)\n"),
    ]
    for args, want in cases:
        proc = cython_cli(pyxc_exe, tmp, *args)
        if proc.returncode != 2 or proc.stderr != want:
            return False, f"{args}: exit {proc.returncode}\nwant {want!r}\ngot  {proc.stderr!r}"
    return True, ""


def case_cli_self_contained(pyxc_exe, tmp):
    """The C++ builds with Python's headers alone, as Cython's output does;
    without generators, as C++17 (a compiler's default, which Meson's
    sanity check uses)."""
    import sysconfig
    write(tmp, {"plain.pyx": "cdef int twice(int x):\n    return 2 * x\ndef f(int x):\n    return twice(x) + 1\n"})
    proc = cython_cli(pyxc_exe, tmp, "--cplus", "plain.pyx")
    if proc.returncode != 0:
        return False, proc.stderr
    target = Path(tmp) / ("plain" + sysconfig.get_config_var("EXT_SUFFIX"))
    cc = subprocess.run(["g++", "-std=c++17", "-shared", "-fPIC", "-I" + sysconfig.get_paths()["include"],
                         "plain.cpp", "-o", str(target)], capture_output=True, text=True, cwd=tmp)
    if cc.returncode != 0:
        return False, cc.stderr[-2000:]
    run = subprocess.run([sys.executable, "-c", "import plain; print(plain.f(20))"], capture_output=True,
                         text=True, cwd=tmp)
    return run.stdout == "41\n", run.stdout + run.stderr


def case_compile_time_env(pyxc_exe, tmp):
    """-E NAME=VALUE (pyxc-cython) and compile_time_env (cythonize) define
    names as DEF would, with Cython's reading of the values."""
    import sysconfig
    write(tmp, {"env.pyx": "IF FAST:\n    def mode():\n        return 'fast', THREADS, NAME, RATIO\n"
                           "ELSE:\n    def mode():\n        return 'slow'\n"})
    proc = cython_cli(pyxc_exe, tmp, "--cplus", "-E", "FAST=True,THREADS=4", "--compile-time-env", "NAME=abc,RATIO=1.5",
                      "env.pyx")
    if proc.returncode != 0:
        return False, proc.stderr
    target = Path(tmp) / ("env" + sysconfig.get_config_var("EXT_SUFFIX"))
    cc = subprocess.run(["g++", "-shared", "-fPIC", "-I" + sysconfig.get_paths()["include"], "env.cpp", "-o",
                         str(target)], capture_output=True, text=True, cwd=tmp)
    if cc.returncode != 0:
        return False, cc.stderr[-2000:]
    run = subprocess.run([sys.executable, "-c", "import env; print(env.mode())"], capture_output=True, text=True,
                         cwd=tmp)
    if run.stdout != "('fast', 4, 'abc', 1.5)\n":
        return False, run.stdout + run.stderr
    bad = cython_cli(pyxc_exe, tmp, "--cplus", "-E", "FAST", "env.pyx")
    want = 'pyxc-cython: error: -E FAST: expected "=" in "FAST"\n'
    if bad.returncode != 2 or bad.stderr != want:
        return False, f"want {want!r}, got {bad.stderr!r}"
    build = import_pyxc(pyxc_exe)
    with in_folder(tmp):
        _, _, err, exc = cythonize_quietly(build, "env.pyx", quiet=True, force=True,
                                           compile_time_env={"FAST": False})
        text = Path("env.cpp").read_text()
    return exc is None and "return 'slow'" in text and "THREADS" not in text, f"{exc!r} {err}"


# ---- # distutils: keys, one by one -------------------------------------

# key: (the comment's value, the Extension attribute cythonize() must give)
DISTUTILS_KEYS = {
    "sources": ("[helper.c, 'other file.c']", lambda e: e.sources[1:] == ["helper.c", "other file.c"]),
    "define_macros": ("NDEBUG LEVEL=3", lambda e: e.define_macros == [("NDEBUG", None), ("LEVEL", "3")]),
    "undef_macros": ("DEBUG", lambda e: e.undef_macros == ["DEBUG"]),
    "libraries": ("m z", lambda e: e.libraries == ["m", "z"]),
    "library_dirs": ("/opt/lib", lambda e: e.library_dirs == ["/opt/lib"]),
    "runtime_library_dirs": ("/opt/lib", lambda e: e.runtime_library_dirs == ["/opt/lib"]),
    "include_dirs": ("inc", lambda e: e.include_dirs[0] == "inc"),
    "extra_objects": ("vendored.o", lambda e: e.extra_objects[0] == "vendored.o"),
    "extra_compile_args": ("-O3 -Wno-unused", lambda e: e.extra_compile_args[:2] == ["-O3", "-Wno-unused"]),
    "extra_link_args": ("-Wl,--as-needed -s", lambda e: e.extra_link_args == ["-Wl,--as-needed", "-s"]),
    "export_symbols": ("PyInit_m", lambda e: e.export_symbols == ["PyInit_m"]),
    "depends": ("data.h", lambda e: e.depends[0] == "data.h"),
    "language": ("c++", lambda e: e.language == "c++"),
    # Cython's cythonize names the module from its file, whatever `name` says.
    "name": ("pkg.renamed", lambda e: e.name == "m"),
    "np_pythran": ("False", lambda e: not getattr(e, "np_pythran", False)),
}


def case_distutils_key(key):
    def case(pyxc_exe, tmp):
        build = import_pyxc(pyxc_exe)
        value, check = DISTUTILS_KEYS[key]
        write(tmp, {"m.pyx": f"# distutils: {key} = {value}\ndef f():\n    return 1\n",
                    "helper.c": "", "other file.c": ""})
        with in_folder(tmp):
            exts, out, err, exc = cythonize_quietly(build, "m.pyx", quiet=True)
        if exc is not None:
            return False, f"{exc!r}\n{err}"
        ext = exts[0]
        return check(ext) and ext.sources[0] == "m.cpp", f"{vars(ext)}"
    return case


def case_distutils_from_pxd(pyxc_exe, tmp):
    """What a cimported .pxd passes on, as Cython's merge does: libraries and
    other transitive lists are added, language applies when the module has
    none, sources and macros stay the .pxd's own module's."""
    build = import_pyxc(pyxc_exe)
    write(tmp, {"lib.pxd": "# distutils: libraries = z\n# distutils: language = c++\n"
                           "# distutils: sources = lib_impl.c\ncdef extern from *:\n    int abs(int)\n",
                "m.pyx": "# distutils: libraries = m\nfrom lib cimport abs\ndef f(int x):\n    return abs(x)\n"})
    with in_folder(tmp):
        exts, out, err, exc = cythonize_quietly(build, "m.pyx", quiet=True)
    if exc is not None:
        return False, f"{exc!r}\n{err}"
    e = exts[0]
    ok = e.libraries == ["m", "z"] and e.language == "c++" and e.sources == ["m.cpp"] and "lib.pxd" in e.depends
    return ok, f"{vars(e)}"


def case_distutils_real_build(pyxc_exe, tmp):
    """sources, include_dirs and define_macros taking effect in a real
    setuptools build: the module calls a C function of a vendored source."""
    import sysconfig
    write(tmp, {
        "src/twice.h": "int twice(int x);\n",
        "src/twice.c": "#include \"twice.h\"\nint twice(int x) { return FACTOR * x; }\n",
        "calc.pyx": """\
            # distutils: sources = src/twice.c
            # distutils: include_dirs = src
            # distutils: define_macros = FACTOR=2
            cdef extern from "twice.h":
                int twice(int x)
            def f(int x):
                return twice(x)
            """,
        "setup.py": """\
            from setuptools import setup
            from pyxc.Build import cythonize
            setup(name="calc", ext_modules=cythonize("calc.pyx", quiet=True))
            """})
    env = {**os.environ, "PYXC": pyxc_exe, "PYTHONPATH": str(PYTHON_DIR)}
    proc = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], capture_output=True,
                          text=True, cwd=tmp, env=env)
    if proc.returncode != 0:
        return False, proc.stdout[-1500:] + proc.stderr[-1500:]
    run = subprocess.run([sys.executable, "-c", "import calc; print(calc.f(21))"], capture_output=True, text=True,
                         cwd=tmp)
    return run.stdout == "42\n", run.stdout + run.stderr


def case_numpy_headers(pyxc_exe, tmp):
    """cimport numpy in a setuptools build: NumPy's .pxd found on sys.path,
    its headers added without include_dirs (pyxc --build-info says them),
    import_array() called for the module."""
    write(tmp, {
        "arr.pyx": """\
            cimport numpy as np
            def ndim(np.ndarray a):
                return a.ndim, np.PyArray_SIZE(a)
            """,
        "setup.py": """\
            from setuptools import setup
            from pyxc.Build import cythonize
            setup(name="arr", ext_modules=cythonize("arr.pyx", quiet=True))
            """})
    env = {**os.environ, "PYXC": pyxc_exe, "PYTHONPATH": str(PYTHON_DIR)}
    proc = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], capture_output=True,
                          text=True, cwd=tmp, env=env)
    if proc.returncode != 0:
        return False, proc.stdout[-1500:] + proc.stderr[-1500:]
    run = subprocess.run([sys.executable, "-c", "import arr, numpy; print(arr.ndim(numpy.zeros((2, 3))))"],
                         capture_output=True, text=True, cwd=tmp)
    return run.stdout == "(2, 6)\n", run.stdout + run.stderr


# ---- cythonize(): rebuilds and errors ------------------------------------

def case_pxd_change_rebuilds_dependents(pyxc_exe, tmp):
    build = import_pyxc(pyxc_exe)
    write(tmp, {"shared.pxd": "ctypedef double real\n",
                "a.pyx": "from shared cimport real\ndef f(real x):\n    return x\n",
                "b.pyx": "def g():\n    return 2\n"})
    with in_folder(tmp):
        _, first, err, exc = cythonize_quietly(build, ["a.pyx", "b.pyx"])
        if exc is not None:
            return False, f"{exc!r}\n{err}"
        _, second, _, _ = cythonize_quietly(build, ["a.pyx", "b.pyx"])
        stamp = os.path.getmtime("a.cpp")
        os.utime("shared.pxd", (stamp + 10, stamp + 10))
        _, third, err, exc = cythonize_quietly(build, ["a.pyx", "b.pyx"])
    want_first = ("Compiling a.pyx because it changed.\nCompiling b.pyx because it changed.\n"
                  "[1/2] Cythonizing a.pyx\n[2/2] Cythonizing b.pyx\n")
    want_third = "Compiling a.pyx because it depends on shared.pxd.\n[1/1] Cythonizing a.pyx\n"
    ok = first == want_first and second == "" and third == want_third and exc is None
    return ok, f"first {first!r}\nsecond {second!r}\nthird {third!r}\n{err}"


def case_missing_source(pyxc_exe, tmp):
    build = import_pyxc(pyxc_exe)
    with in_folder(tmp):
        _, _, _, exc = cythonize_quietly(build, "nope/*.pyx")
    return isinstance(exc, ValueError) and str(exc) == "'nope/*.pyx' doesn't match any files", repr(exc)


def case_missing_distutils_source(pyxc_exe, tmp):
    build = import_pyxc(pyxc_exe)
    write(tmp, {"m.pyx": "# distutils: sources = gone.c\ndef f():\n    return 1\n"})
    with in_folder(tmp):
        _, _, _, exc = cythonize_quietly(build, "m.pyx", quiet=True)
    want = "m.pyx: '# distutils: sources' names 'gone.c', which does not exist"
    return isinstance(exc, build.CompileError) and str(exc) == want, repr(exc)


def case_bad_directive(pyxc_exe, tmp):
    build = import_pyxc(pyxc_exe)
    write(tmp, {"m.pyx": "def f():\n    return 1\n"})
    with in_folder(tmp):
        _, _, err, exc = cythonize_quietly(build, "m.pyx", quiet=True, compiler_directives={"boundscheck": "maybe"})
    want = "pyxc: error: -X boundscheck=maybe: boundscheck directive must be set to True or False, got 'maybe'\n"
    ok = isinstance(exc, build.CompileError) and str(exc) == "pyxc could not translate: m" and err == want
    return ok, f"{exc!r}\n{err!r}"


def case_translate_error(pyxc_exe, tmp):
    """A module pyxc rejects: CompileError, or left out with exclude_failures."""
    build = import_pyxc(pyxc_exe)
    write(tmp, {"good.pyx": "def f():\n    return 1\n", "bad.pyx": "def f(:\n"})
    with in_folder(tmp):
        _, _, err, exc = cythonize_quietly(build, "*.pyx", quiet=True)
        exts, _, _, exc2 = cythonize_quietly(build, "*.pyx", quiet=True, exclude_failures=True)
    ok = (isinstance(exc, build.CompileError) and "bad.pyx:1:6: error: '(' was never closed" in err and exc2 is None
          and [e.name for e in exts] == ["good"])
    return ok, f"{exc!r} {exc2!r}\n{err}"


def case_aliases_exclude_build_dir(pyxc_exe, tmp):
    """aliases fill a # distutils: value, exclude leaves a file out, build_dir
    takes the C++ files out of the source tree (mirroring its folders)."""
    build = import_pyxc(pyxc_exe)
    write(tmp, {"pkg/__init__.py": "", "pkg/a.pyx": "# distutils: libraries = MATH_LIBS\ndef f():\n    return 1\n",
                "pkg/skip.pyx": "def g():\n    return 2\n"})
    with in_folder(tmp):
        exts, _, err, exc = cythonize_quietly(build, "pkg/*.pyx", quiet=True, exclude=["pkg/skip.pyx"],
                                              aliases={"MATH_LIBS": ["m", "rt"]}, build_dir="gen")
        made = sorted(str(p) for p in Path("gen").rglob("*.cpp"))
        untouched = not list(Path("pkg").glob("*.cpp"))
    if exc is not None:
        return False, f"{exc!r}\n{err}"
    ok = ([e.name for e in exts] == ["pkg.a"] and exts[0].libraries == ["m", "rt"]
          and exts[0].sources == ["gen/pkg/a.cpp"] and made == ["gen/pkg/a.cpp"] and untouched)
    return ok, f"{[vars(e) for e in exts]}\n{made}"


def case_unknown_option(pyxc_exe, tmp):
    build = import_pyxc(pyxc_exe)
    _, _, _, exc = cythonize_quietly(build, [], bogus_option=1)
    return isinstance(exc, TypeError) and "bogus_option" in str(exc), repr(exc)


FAST_CASES = {
    "build/cython-cli/version": case_cli_version,
    "build/cython-cli/meson-depfile": case_cli_meson_depfile,
    "build/cython-cli/errors": case_cli_errors,
    "build/cython-cli/self-contained": case_cli_self_contained,
    "build/cython-cli/compile-time-env": case_compile_time_env,
    **{f"build/distutils/{key}": case_distutils_key(key) for key in DISTUTILS_KEYS},
    "build/distutils/merged-from-pxd": case_distutils_from_pxd,
    "build/distutils/real-build": case_distutils_real_build,
    "build/distutils/numpy-headers": case_numpy_headers,
    "build/cythonize/pxd-change-rebuilds-dependents": case_pxd_change_rebuilds_dependents,
    "build/cythonize/missing-source": case_missing_source,
    "build/cythonize/missing-distutils-source": case_missing_distutils_source,
    "build/cythonize/bad-directive": case_bad_directive,
    "build/cythonize/translate-error": case_translate_error,
    "build/cythonize/unknown-option": case_unknown_option,
    "build/cythonize/aliases-exclude-build-dir": case_aliases_exclude_build_dir,
}


def run_fast(pyxc_exe, wanted):
    for name, case in FAST_CASES.items():
        if not wanted(name):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            try:
                ok, detail = case(pyxc_exe, tmp)
            except Exception as e:  # a crash is a failure with its traceback
                import traceback
                ok, detail = False, traceback.format_exc()
        yield name, ok, detail


# ---- pip: pyxc installed, the examples and Cython-style packages built ----

def pip_env():
    """The environment without the source tree's pyxc: the venv's own runs."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYXC", "PYTHONPATH", "CYTHON")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def run(argv, cwd, env=None, timeout=900):
    proc = subprocess.run([str(a) for a in argv], capture_output=True, text=True, cwd=cwd, env=env or pip_env(),
                          timeout=timeout)
    return proc.returncode == 0, (proc.stdout[-2500:] + proc.stderr[-2500:])


def run_pip(cache, wanted):
    """Builds pyxc with pip into a venv (seeing the system's build tools:
    setuptools, wheel, meson-python, scikit-build-core, cython-cmake), then
    builds the examples and Cython-style packages with that pyxc."""
    names = ["build/pip/install-pyxc", "build/pip/example-setuptools", "build/pip/example-meson",
             "build/pip/example-cmake", "build/pip/cython-compat", "build/pip/example-cpp"]
    if not any(wanted(n) for n in names):
        return
    venv = cache / "build-venv"
    shutil.rmtree(venv, ignore_errors=True)
    ok, detail = run([sys.executable, "-m", "venv", "--system-site-packages", venv], ROOT)
    bin_dir = venv / "bin"
    pip = [bin_dir / "python", "-m", "pip", "install", "-q", "--no-build-isolation", "--no-deps"]
    if ok:
        # Unoptimised (buildtype=plain): this checks the install, not pyxc's
        # speed, and -O3 would double the test's build time.
        ok, detail = run(pip + ["-Cbuild-dir=" + str(cache / "pip-build"), "-Csetup-args=-Dbuildtype=plain", ROOT],
                         ROOT)
    if ok:
        ok, version = run([bin_dir / "pyxc", "--version"], ROOT)
        ok2, cython_version = run([bin_dir / "pyxc-cython", "-V"], ROOT)
        ok3, where = run([bin_dir / "python", "-c", "import pyxc, pyxc.Build; print(pyxc.compiler())"], "/")
        ok = (ok and ok2 and ok3 and version == "pyxc 0.1.0\n" and cython_version.startswith("Cython version 3.3.0")
              and where.startswith(str(venv)))
        detail = f"{version!r} {cython_version!r} {where!r}"
    yield names[0], ok, detail
    if not ok:
        for n in names[1:]:
            yield n, False, "pyxc did not install"
        return
    examples = ROOT / "examples"
    cython = str(bin_dir / "pyxc-cython")
    builds = [
        (names[1], "setuptools_package", [], {}, "tests/test_geometry.py"),
        (names[2], "meson_package", [], {"CYTHON": cython}, "tests/test_stats.py"),
        (names[3], "cmake_package", ["-Ccmake.define.CYTHON_EXECUTABLE=" + cython], {}, "tests/test_textkit.py"),
        (names[5], "cpp_package", [], {}, "tests/test_shelf.py"),
    ]
    for name, folder, args, env, test in builds:
        if not wanted(name):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / folder
            shutil.copytree(examples / folder, src)
            ok, detail = run(pip + args + ["."], src, {**pip_env(), **env})
            if ok:  # from another folder, so the installed package is what is imported
                ok, detail = run([bin_dir / "python", src / test], tmp)
        yield name, ok, detail
    if wanted(names[4]):
        yield names[4], *cython_compat(pip, bin_dir)


def cython_compat(pip, bin_dir):
    """A package written for Cython (setup.py imports Cython.Build; another
    lists a .pyx in a plain Extension, which setuptools hands to
    Cython.Distutils.build_ext) builds with pyxc-cython-compat installed."""
    with tempfile.TemporaryDirectory() as tmp:
        compat = Path(tmp) / "cython_compat"  # setuptools builds in the tree: a copy keeps the checkout clean
        shutil.copytree(ROOT / "python" / "cython_compat", compat)
        ok, detail = run(pip + [compat], tmp)
        if not ok:
            return False, detail
        write(tmp, {
            "explicit/pyproject.toml": PYPROJECT.format(name="explicit"),
            "explicit/setup.py": """\
                from setuptools import setup
                from Cython.Build import cythonize
                setup(ext_modules=cythonize("fib.pyx", language_level=3))
                """,
            "explicit/fib.pyx": "def fib(int n):\n    cdef long a = 0, b = 1\n    for _ in range(n):\n"
                                "        a, b = b, a + b\n    return a\n",
            "implicit/pyproject.toml": PYPROJECT.format(name="implicit"),
            "implicit/setup.py": """\
                from setuptools import Extension, setup
                setup(ext_modules=[Extension("square", ["square.pyx"])])
                """,
            "implicit/square.pyx": "def square(double x):\n    return x * x\n",
        })
        for folder in ("explicit", "implicit"):
            ok, detail = run(pip + ["."], Path(tmp) / folder)
            if not ok:
                return False, f"{folder}: {detail}"
        ok, detail = run([bin_dir / "python", "-c", "import fib, square; print(fib.fib(10), square.square(1.5))"], tmp)
        if detail.strip() != "55 2.25":
            return False, detail
        for generated in (Path(tmp) / "explicit" / "fib.cpp", Path(tmp) / "implicit" / "square.cpp"):
            if not generated.exists() or not generated.read_text().startswith("// Generated by pyxc"):
                return False, f"{generated} was not written by pyxc"
    return True, ""


PYPROJECT = """\
[build-system]
requires = ["setuptools>=61", "Cython"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "1.0"
"""
