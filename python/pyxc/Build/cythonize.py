"""cythonize(): Cython's function of that name, with pyxc translating.

It takes what Cython's takes (glob patterns or Extension objects, exclude,
nthreads, aliases, quiet, force, language, exclude_failures, and the
compile options compiler_directives, include_path, build_dir, annotate,
language_level, compile_time_env) and returns setuptools Extension objects whose sources are
the translated C++ files, with pyxc's runtime added to what they build
with. Each module's `# distutils:` comments (and those its cimported .pxd
files pass on) fill the Extension as Cython fills it; pyxc itself reads
them (`pyxc --build-info`), with the same search for .pxd files the
compiler uses. A module is translated again only when it, or any .pxd or
.pxi it depends on, is newer than its C++ file.
"""
import glob
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from .. import build_config, compiler, sys_path

# Keys of Cython's distutils_settings whose value is a list.
_LIST_KEYS = {"sources", "define_macros", "undef_macros", "libraries", "library_dirs", "runtime_library_dirs",
              "include_dirs", "extra_objects", "extra_compile_args", "extra_link_args", "export_symbols", "depends"}
_TRANSITIVE_LISTS = _LIST_KEYS - {"sources", "define_macros", "undef_macros", "extra_objects", "export_symbols"}
_OPTIONS = {"compiler_directives", "include_path", "build_dir", "annotate", "language_level", "cplus",
            "common_utility_include_dir", "depfile", "compile_time_env"}


class CompileError(Exception):
    """A module pyxc could not translate (its diagnostics went to stderr)."""


def _extension_classes():
    classes = []
    try:
        import setuptools
        import setuptools.extension
        classes += [setuptools.Extension, setuptools.extension.Extension]
    except ImportError:
        pass
    try:
        from distutils.extension import Extension
        classes.append(Extension)
    except ImportError:
        pass
    return tuple(classes)


def _default_extension_class():
    try:
        from setuptools import Extension
    except ImportError:
        from distutils.extension import Extension
    return Extension


def _iglob(pattern):
    """Cython's extended glob: `**/` for any depth and `{a,b}` alternatives."""
    if "{" in pattern and "}" in pattern:
        head, rest = pattern.split("{", 1)
        options, tail = rest.split("}", 1)
        for option in options.split(","):
            yield from _iglob(head + option + tail)
        return
    yield from glob.iglob(pattern, recursive=True)


def _cython_sources(ext):
    """The .pyx/.py sources of an Extension. setuptools without Cython
    replaces `x.pyx` with `x.c` (or `x.cpp`) when the Extension is made;
    such a source whose .pyx exists counts as that .pyx."""
    found = []
    for s in ext.sources:
        root, suffix = os.path.splitext(s)
        if suffix in (".pyx", ".py"):
            found.append(s)
        elif suffix in (".c", ".cpp") and not os.path.exists(s) and os.path.exists(root + ".pyx"):
            found.append(root + ".pyx")
    return found


def _compiler_env():
    """cimport searches this interpreter's sys.path after include_path, as
    Cython's cythonize does (installed packages' .pxd files)."""
    return {**os.environ, "PYXC_SYS_PATH": sys_path()}


def _build_info(path, include_path):
    args = [compiler(), "--build-info", path]
    for d in include_path:
        args += ["-I", d]
    proc = subprocess.run(args, capture_output=True, text=True, env=_compiler_env())
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise CompileError("pyxc could not translate: %s" % path)
    return json.loads(proc.stdout)


def _substitute(values, aliases):
    """Cython's DistutilsInfo.subs: an alias names a value or a list of them."""
    if not aliases:
        return values
    out = {}
    for key, value in values.items():
        if isinstance(value, list):
            items = []
            for v in value:
                v = aliases.get(v, v)
                items += v if isinstance(v, list) else [v]
            out[key] = items
        else:
            out[key] = aliases.get(value, value) if isinstance(value, str) else value
    return out


def _template_values(ext):
    """What an Extension passed to cythonize says itself (Cython's
    DistutilsInfo(exn=...)): every setting but name and sources."""
    values = {}
    for key in _LIST_KEYS | {"language"}:
        if key == "sources":
            continue
        value = getattr(ext, key, None)
        if value:
            values[key] = value
    return values


def _merge(kwds, base):
    """Cython's merge of an Extension's own settings into the module's."""
    for key, value in base.items():
        if key in _TRANSITIVE_LISTS and key in kwds:
            kwds[key] = kwds[key] + [v for v in value if v not in kwds[key]]
        elif key not in kwds:
            kwds[key] = value
    return kwds


def _macro(m):
    if isinstance(m, (tuple, list)):
        return tuple(m)
    name, eq, value = m.partition("=")
    return (name, value if eq else None)


class _Module:
    def __init__(self, name, source, template, base, explicit_name):
        self.name = name
        self.source = source
        self.template = template
        self.base = base
        self.explicit_name = explicit_name
        self.info = None
        self.cpp = None


def _collect(patterns, exclude, language, include_path, exclude_failures):
    if patterns is None:
        return [], []
    if isinstance(patterns, str) or not isinstance(patterns, (list, tuple)):
        patterns = [patterns]
    extension_classes = _extension_classes()
    excluded = set()
    for pattern in exclude or []:
        excluded.update(os.path.abspath(p) for p in _iglob(pattern))
    explicit = {p.name for p in patterns if isinstance(p, extension_classes)}
    modules, passthrough, seen = [], [], set()
    for pattern in patterns:
        if isinstance(pattern, str):
            filepattern, template, name, base = pattern, None, "*", {}
            if language:
                base = {"language": language}
        elif isinstance(pattern, extension_classes):
            sources = _cython_sources(pattern)
            if not sources:
                passthrough.append(pattern)  # not a Cython module: kept as it is
                continue
            filepattern, template, name, base = sources[0], pattern, pattern.name, _template_values(pattern)
        else:
            raise TypeError("pattern is not of type str nor subclass of Extension (%s) but of type %s"
                            % (extension_classes[0] if extension_classes else "Extension", type(pattern)))
        files = sorted(_iglob(filepattern))
        if not files:
            raise ValueError("'%s' doesn't match any files" % filepattern)
        for path in files:
            if os.path.abspath(path) in excluded:
                continue
            try:
                info = _build_info(path, include_path)
            except CompileError:
                if exclude_failures:
                    continue
                raise
            module_name = info["module"]
            if "*" in name:
                if module_name in explicit:
                    continue
            else:
                module_name = name
            if module_name in seen:
                continue
            seen.add(module_name)
            m = _Module(module_name, path, template, base, "*" not in name)
            m.info = info
            modules.append(m)
    return modules, passthrough


def _cpp_path(source, build_dir):
    cpp = os.path.splitext(source)[0] + ".cpp"
    if build_dir:
        rel = os.path.relpath(cpp) if not os.path.isabs(cpp) else cpp.lstrip(os.sep)
        cpp = os.path.join(build_dir, rel)
    return cpp


def _stale_reason(m, force):
    """Why `m` must be translated again; None when its C++ is current."""
    if force:
        return "because it is forced"  # Cython says nothing; pyxc says why
    if not os.path.exists(m.cpp):
        return "because it changed"
    built = os.path.getmtime(m.cpp)
    for dep in m.info["dependencies"]:
        if os.path.getmtime(dep) > built:
            return "because it changed" if os.path.samefile(dep, m.source) else "because it depends on %s" % dep
    return None


def _translate(m, include_path, directives, compile_time_env):
    os.makedirs(os.path.dirname(os.path.abspath(m.cpp)), exist_ok=True)
    args = [compiler(), m.source, "-o", m.cpp]
    if m.kwds.get("language") == "c++":  # Cython's C++ mode: extern declarations keep C++ linkage
        args.append("--cplus")
    if m.explicit_name:
        args += ["--module-name", m.name]
    for d in include_path:
        args += ["-I", d]
    for name, value in directives.items():
        args += ["-X", "%s=%s" % (name, value)]
    for name, value in compile_time_env.items():  # as DEF would define them
        args += ["-E", "%s=%s" % (name, value)]
    proc = subprocess.run(args, capture_output=True, text=True, env=_compiler_env())
    sys.stderr.write(proc.stderr)
    return proc.returncode == 0


def _settings(m, aliases):
    """The module's Extension settings: its # distutils: comments (with
    what cimported .pxd files pass on) merged with the Extension's own."""
    kwds = _merge(_substitute(dict(m.info["distutils"]), aliases), dict(m.base))
    kwds.pop("np_pythran", None)
    kwds.pop("name", None)
    return kwds


def _extension(m, config):
    kwds = dict(m.kwds)
    sources = [m.cpp]
    if m.template is not None:
        sources += [s for s in m.template.sources if os.path.splitext(s)[0] != os.path.splitext(m.source)[0]]
    for s in kwds.pop("sources", []):
        # Relative to the folder the build runs in, as Cython takes them.
        if not os.path.exists(s):
            raise CompileError("%s: '# distutils: sources' names '%s', which does not exist" % (m.source, s))
        if s not in sources:
            sources.append(s)
    if "define_macros" in kwds:
        kwds["define_macros"] = [_macro(d) for d in kwds["define_macros"]]
    # The module is C++ built against pyxc's runtime, whatever the language
    # setting said (pyxc writes C++ only).
    kwds["language"] = "c++"
    # pyxc's runtime, and the headers of packages the module cimports
    # (NumPy's, which Cython users add by hand).
    wanted = config["include_dirs"] + m.info.get("include_dirs", [])
    kwds["include_dirs"] = list(kwds.get("include_dirs", [])) + [
        d for d in wanted if d not in kwds.get("include_dirs", [])]
    kwds["extra_objects"] = list(kwds.get("extra_objects", [])) + config["extra_objects"]
    kwds["extra_compile_args"] = list(kwds.get("extra_compile_args", [])) + [
        a for a in config["extra_compile_args"] if a not in kwds.get("extra_compile_args", [])]
    kwds["depends"] = list(kwds.get("depends", [])) + [d for d in m.info["dependencies"] if d != m.source]
    cls = type(m.template) if m.template is not None else _default_extension_class()
    ext = cls(m.name, sources, **kwds)
    # What pyxc.Distutils.build_ext restores should a build script replace
    # the compile flags (extra_compile_args = [...] in build_extensions).
    ext.pyxc_build = {key: config[key] for key in ("include_dirs", "extra_objects", "extra_compile_args")}
    if m.template is not None:  # what the Extension had that cythonize does not set (py_limited_api ...)
        for key, value in vars(m.template).items():
            if key not in kwds and key not in ("name", "sources") and not hasattr(ext, key):
                setattr(ext, key, value)
    return ext


def cythonize(module_list, exclude=None, nthreads=0, aliases=None, quiet=False, force=None, language=None,
              exclude_failures=False, show_all_warnings=False, **options):
    """Translates the modules of `module_list` with pyxc and returns the
    Extension objects that build them (see the module's docstring)."""
    unknown = set(options) - _OPTIONS
    if unknown:
        raise TypeError("cythonize() got unexpected keyword argument(s): %s" % ", ".join(sorted(unknown)))
    include_path = list(options.get("include_path") or [])
    directives = dict(options.get("compiler_directives") or {})
    if options.get("language_level") is not None:
        directives.setdefault("language_level", options["language_level"])
    if force is None:
        force = os.environ.get("CYTHON_FORCE_REGEN") == "1"
    if options.get("annotate") and not quiet:
        print("pyxc: annotate=%r: pyxc writes no HTML annotation; the C++ has each source line as a comment"
              % options["annotate"])
    config = build_config()
    modules, passthrough = _collect(module_list, exclude, language, include_path, exclude_failures)
    stale = []
    for m in modules:
        m.kwds = _settings(m, aliases)
        m.cpp = _cpp_path(m.source, options.get("build_dir"))
        reason = _stale_reason(m, force)
        if reason:
            if not quiet and not force:
                print("Compiling %s %s." % (m.source, reason))
            stale.append(m)
    failed = set()

    def run(item):
        index, m = item
        if not quiet:
            print("[%d/%d] Cythonizing %s" % (index + 1, len(stale), m.source))
        if not _translate(m, include_path, directives, dict(options.get("compile_time_env") or {})):
            failed.add(m.name)
            if os.path.exists(m.cpp):  # a stale C++ file must not build as if current
                os.remove(m.cpp)

    if nthreads and len(stale) > 1:
        with ThreadPoolExecutor(max_workers=nthreads) as pool:
            list(pool.map(run, enumerate(stale)))
    else:
        for item in enumerate(stale):
            run(item)
    if failed and not exclude_failures:
        raise CompileError("pyxc could not translate: %s" % ", ".join(sorted(failed)))
    return [_extension(m, config) for m in modules if m.name not in failed] + passthrough
