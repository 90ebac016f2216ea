// A `for` loop's source of items: exact lists, tuples and ranges are walked
// directly (as CPython's specialised FOR_ITER does), anything else through
// the iterator protocol. Lists are re-measured at every step, so a loop
// sees appends made during it, exactly as the list iterator does.
#pragma once

#include "pyxc/compat.h"
#include "pyxc/numbers.h"
#include "pyxc/ref.h"

#include <climits>

namespace pyxc {

class ForLoop {
public:
  // Returns -1 (with an exception) when the value is not iterable.
  int start(PyObject *iterable) {
    if (PyList_CheckExact(iterable) || PyTuple_CheckExact(iterable)) {
      sequence_ = keep(iterable);
      kind_ = PyList_CheckExact(iterable) ? List : Tuple;
      return 0;
    }
    if (PyRange_Check(iterable) && rangeBounds(iterable))
      return 0;
    iterator_ = own(PyObject_GetIter(iterable));
    kind_ = Iterator;
    return iterator_ ? 0 : -1;
  }

  // The next item (a new reference), or null: exhausted when no exception is set.
  PyObject *next() {
    switch (kind_) {
    case List:
      if (index_ < PyList_GET_SIZE(sequence_.get()))
        return Py_NewRef(PyList_GET_ITEM(sequence_.get(), index_++));
      return nullptr;
    case Tuple:
      if (index_ < PyTuple_GET_SIZE(sequence_.get()))
        return Py_NewRef(PyTuple_GET_ITEM(sequence_.get(), index_++));
      return nullptr;
    case Range:
      if (remaining_ <= 0)
        return nullptr;
      --remaining_;
      current_ += step_;
      return newInt(current_ - step_);
    case Iterator:
      return PyIter_Next(iterator_.get());
    }
    return nullptr;
  }

private:
  enum Kind { List, Tuple, Range, Iterator } kind_ = Iterator;
  Ref sequence_, iterator_;
  Py_ssize_t index_ = 0;
  long current_ = 0, step_ = 1, remaining_ = 0;

  // A range whose bounds fit in a C long is counted in C.
  bool rangeBounds(PyObject *range) {
    long values[3];
    const char *names[] = {"start", "stop", "step"};
    for (int i = 0; i < 3; ++i) {
      Ref v = own(PyObject_GetAttrString(range, names[i]));
      if (!v)
        return PyErr_Clear(), false;
      int overflow = 0;
      values[i] = PyLong_AsLongAndOverflow(v.get(), &overflow);
      if (overflow || (values[i] == -1 && PyErr_Occurred()))
        return PyErr_Clear(), false;
      // Keep start + count * step inside a long.
      if (values[i] > LONG_MAX / 4 || values[i] < LONG_MIN / 4)
        return false;
    }
    Py_ssize_t length = PyObject_Length(range);
    if (length < 0)
      return PyErr_Clear(), false;
    current_ = values[0];
    step_ = values[2];
    remaining_ = long(length);
    kind_ = Range;
    return true;
  }
};

} // namespace pyxc
