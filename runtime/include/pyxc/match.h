// Structural pattern matching (PEP 634): the checks CPython's MATCH_*
// opcodes make, with their errors.
#pragma once

#include "pyxc/compat.h"

namespace pyxc {

// MATCH_SEQUENCE / MATCH_MAPPING: 1 or 0.
int isMatchSequence(PyObject *subject);
int isMatchMapping(PyObject *subject);

// MATCH_KEYS: looks up `count` keys (duplicates are an error); fills `out`
// with new references and returns 1, returns 0 when a key is missing, -1 on error.
int matchKeys(PyObject *subject, PyObject *const *keys, Py_ssize_t count, PyObject **out);
// `**rest`: a dict of the subject without the matched keys.
PyObject *mappingRest(PyObject *subject, PyObject *const *keys, Py_ssize_t count);

// MATCH_CLASS: isinstance check, then `positional` sub-patterns through
// __match_args__ and the keyword attributes in `names`; fills `out`
// (positional + names) with new references. 1 matched, 0 not, -1 error.
int matchClass(PyObject *subject, PyObject *cls, Py_ssize_t positional, PyObject *names, PyObject **out);

} // namespace pyxc
