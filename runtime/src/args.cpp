// Binding call arguments to parameters, with CPython's rules and messages
// (Python/ceval.c: positional_only_passed_as_keyword, missing_arguments,
// too_many_positional).
#include "pyxc/function.h"

#include <string>
#include <vector>

namespace pyxc {

namespace {

struct Binder {
  Function *fn;
  const FunctionSpec *spec;
  PyObject **out;
  int total;

  PyObject *qualname() const { return fn->qualname; }

  int varargsIndex() const { return spec->positionalCount; }
  int kwonlyBegin() const { return spec->positionalCount + int(spec->hasVarargs); }
  int varkwIndex() const { return total - 1; }

  void fail() {
    for (int i = 0; i < total; ++i)
      Py_CLEAR(out[i]);
  }

  // "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
  static std::string nameList(const std::vector<const char *> &names) {
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) {
      if (i)
        s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
      s += "'";
      s += names[i];
      s += "'";
    }
    return s;
  }

  // Cython's __Pyx_RaiseArgtupleInvalid.
  // A cdef class's method counts its arguments without self, as Cython's
  // method wrappers take self apart.
  int cythonArgCount(bool tooMany, Py_ssize_t given) {
    Py_ssize_t defaults = fn->defaults ? PyTuple_GET_SIZE(fn->defaults) : 0;
    Py_ssize_t max = spec->positionalCount, min = max - defaults;
    if (spec->selfExcluded) {
      max -= 1;
      min = min > 0 ? min - 1 : 0;
      given = given > 0 ? given - 1 : 0;
    }
    const char *how = min == max && !spec->hasVarargs ? "exactly" : tooMany ? "at most" : "at least";
    Py_ssize_t expected = tooMany ? max : min;
    PyErr_Format(PyExc_TypeError, "%U() takes %s %zd positional argument%s (%zd given)", fn->name, how, expected,
                 expected == 1 ? "" : "s", given);
    return -1;
  }

  int tooManyPositional(Py_ssize_t given, Py_ssize_t kwonlyGiven) {
    if (spec->cythonMessages)
      return cythonArgCount(true, given);
    Py_ssize_t defaults = fn->defaults ? PyTuple_GET_SIZE(fn->defaults) : 0;
    int max = spec->positionalCount;
    std::string takes;
    if (defaults) {
      takes = "from " + std::to_string(max - defaults) + " to " + std::to_string(max) + " positional arguments";
    } else {
      takes = std::to_string(max) + (max == 1 ? " positional argument" : " positional arguments");
    }
    std::string kwonly;
    if (kwonlyGiven)
      kwonly = " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
               std::to_string(kwonlyGiven) + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")";
    PyErr_Format(PyExc_TypeError, "%U() takes %s but %zd%s %s given", qualname(), takes.c_str(), given,
                 kwonly.c_str(), given == 1 && !kwonlyGiven ? "was" : "were");
    return -1;
  }

  int missing(const std::vector<const char *> &names, const char *kind) {
    PyErr_Format(PyExc_TypeError, "%U() missing %zu required %s argument%s: %s", qualname(), names.size(), kind,
                 names.size() == 1 ? "" : "s", nameList(names).c_str());
    return -1;
  }

  // The parameter a keyword names, -1 when none, -2 on error; positional-only
  // names are not keyword targets. A str subclass key is compared with its
  // own __eq__, as CPython compares it.
  int findKeyword(PyObject *key) const {
    bool exact = PyUnicode_CheckExact(key);
    auto matches = [&](int i) -> int {
      if (exact)
        return PyUnicode_CompareWithASCIIString(key, spec->paramNames[i]) == 0;
      Ref name = own(PyUnicode_FromString(spec->paramNames[i]));
      return name ? PyObject_RichCompareBool(key, name.get(), Py_EQ) : -1;
    };
    for (int i = spec->posonlyCount; i < spec->positionalCount; ++i)
      if (int m = matches(i))
        return m < 0 ? -2 : i;
    for (int i = kwonlyBegin(); i < kwonlyBegin() + spec->kwonlyCount; ++i)
      if (int m = matches(i))
        return m < 0 ? -2 : i;
    return -1;
  }

  bool isPositionalOnly(PyObject *key) const {
    for (int i = 0; i < spec->posonlyCount; ++i)
      if (PyUnicode_CompareWithASCIIString(key, spec->paramNames[i]) == 0)
        return true;
    return false;
  }

  int bind(PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (spec->selfExcluded && spec->cythonMessages && nargs == 0 && spec->positionalCount > 0) {
      // Called through the class with no instance (the method descriptor's check).
      PyErr_Format(PyExc_TypeError, "%U() needs an argument", fn->name);
      return -1;
    }
    for (int i = 0; i < total; ++i)
      out[i] = nullptr;
    Py_ssize_t npos = nargs < spec->positionalCount ? nargs : spec->positionalCount;
    for (Py_ssize_t i = 0; i < npos; ++i)
      out[i] = Py_NewRef(args[i]);
    if (spec->hasVarargs) {
      Py_ssize_t extra = nargs - npos;
      PyObject *rest = PyTuple_New(extra);
      if (!rest)
        return fail(), -1;
      for (Py_ssize_t i = 0; i < extra; ++i)
        PyTuple_SET_ITEM(rest, i, Py_NewRef(args[npos + i]));
      out[varargsIndex()] = rest;
    }
    if (spec->hasVarkw && !(out[varkwIndex()] = PyDict_New()))
      return fail(), -1;

    // Cython counts positional arguments before it looks at keywords;
    // CPython reports a bad keyword first.
    if (spec->cythonMessages && nargs > spec->positionalCount && !spec->hasVarargs) {
      tooManyPositional(nargs, 0);
      return fail(), -1;
    }
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    std::vector<const char *> posonlyAsKeyword;
    for (Py_ssize_t k = 0; k < nkw; ++k) {
      PyObject *key = PyTuple_GET_ITEM(kwnames, k);
      PyObject *value = args[nargs + k];
      if (!PyUnicode_Check(key)) {
        PyErr_Format(PyExc_TypeError, "%U() keywords must be strings", qualname());
        return fail(), -1;
      }
      int index = findKeyword(key);
      if (index == -2)
        return fail(), -1;
      if (index >= 0) {
        if (out[index]) {
          if (spec->cythonMessages)
            PyErr_Format(PyExc_TypeError, "%U() got multiple values for keyword argument '%S'", fn->name, key);
          else
            PyErr_Format(PyExc_TypeError, "%U() got multiple values for argument '%S'", qualname(), key);
          return fail(), -1;
        }
        out[index] = Py_NewRef(value);
      } else if (spec->hasVarkw) {
        if (PyDict_SetItem(out[varkwIndex()], key, value) < 0)
          return fail(), -1;
      } else if (isPositionalOnly(key)) {
        posonlyAsKeyword.push_back(PyUnicode_AsUTF8(key));
      } else {
        PyErr_Format(PyExc_TypeError, "%U() got an unexpected keyword argument '%S'",
                     spec->cythonMessages ? fn->name : qualname(), key);
        return fail(), -1;
      }
    }
    if (!posonlyAsKeyword.empty()) {
      std::string names;
      for (size_t i = 0; i < posonlyAsKeyword.size(); ++i)
        names += (i ? ", " : "") + std::string(posonlyAsKeyword[i]);
      PyErr_Format(PyExc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%s'",
                   qualname(), names.c_str());
      return fail(), -1;
    }
    if (nargs > spec->positionalCount && !spec->hasVarargs) {
      Py_ssize_t kwonlyGiven = 0;
      for (int i = kwonlyBegin(); i < kwonlyBegin() + spec->kwonlyCount; ++i)
        kwonlyGiven += out[i] != nullptr;
      tooManyPositional(nargs, kwonlyGiven);
      return fail(), -1;
    }

    // Defaults fill the last positional parameters, then keyword-only ones.
    Py_ssize_t ndefaults = fn->defaults ? PyTuple_GET_SIZE(fn->defaults) : 0;
    Py_ssize_t firstDefault = spec->positionalCount - ndefaults;
    std::vector<const char *> missingNames;
    for (int i = 0; i < spec->positionalCount; ++i) {
      if (out[i])
        continue;
      if (i >= firstDefault)
        out[i] = Py_NewRef(PyTuple_GET_ITEM(fn->defaults, i - firstDefault));
      else
        missingNames.push_back(spec->paramNames[i]);
    }
    if (!missingNames.empty() && spec->cythonMessages) {
      Py_ssize_t given = 0;
      while (given < spec->positionalCount && out[given])
        ++given;
      return cythonArgCount(false, given), fail(), -1;
    }
    if (!missingNames.empty())
      return missing(missingNames, "positional"), fail(), -1;
    for (int i = kwonlyBegin(); i < kwonlyBegin() + spec->kwonlyCount; ++i) {
      if (out[i])
        continue;
      PyObject *dflt = fn->kwdefaults ? PyDict_GetItemString(fn->kwdefaults, spec->paramNames[i]) : nullptr;
      if (dflt)
        out[i] = Py_NewRef(dflt);
      else
        missingNames.push_back(spec->paramNames[i]);
    }
    if (!missingNames.empty() && spec->cythonMessages) {
      PyErr_Format(PyExc_TypeError, "%U() needs keyword-only argument %s", fn->name, missingNames[0]);
      return fail(), -1;
    }
    if (!missingNames.empty())
      return missing(missingNames, "keyword-only"), fail(), -1;
    return 0;
  }
};

} // namespace

int bindArguments(Function *fn, PyObject *const *args, size_t nargsf, PyObject *kwnames, PyObject **out) {
  Binder b{fn, fn->spec, out, paramCount(fn->spec)};
  return b.bind(args, nargsf, kwnames);
}

} // namespace pyxc
