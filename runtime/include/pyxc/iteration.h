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

// A `for` loop over a value known to be an exact list (a local only ever
// bound to list displays): ForLoop's list case without the type tests.
class ListLoop {
public:
  explicit ListLoop(PyObject *list) : list_(keep(list)) {}
  ListLoop(const ListLoop &) = delete;
  ListLoop &operator=(const ListLoop &) = delete;
  // The next item (a new reference), or null at the end; never an error.
  [[gnu::always_inline]] PyObject *next() {
    if (index_ < PyList_GET_SIZE(list_.get()))
      return Py_NewRef(PyList_GET_ITEM(list_.get(), index_++));
    return nullptr;
  }

private:
  Ref list_;
  Py_ssize_t index_ = 0;
};

// A range whose bounds fit in a C long: counted in C (`ok` false otherwise).
struct RangeCount {
  long start, step, count;
  bool ok;
};
RangeCount countRange(PyObject *range);

// Every member is inline and the slow parts return values, so the loop
// object never escapes: the compiler keeps its index in a register across
// the calls of the loop body.
class ForLoop {
public:
  ForLoop() = default;
  ForLoop(const ForLoop &) = delete;
  ForLoop &operator=(const ForLoop &) = delete;
  [[gnu::always_inline]] ~ForLoop() {}

  // Returns -1 (with an exception) when the value is not iterable.
  [[gnu::always_inline]] int start(PyObject *iterable) {
    if (PyList_CheckExact(iterable) || PyTuple_CheckExact(iterable)) {
      sequence_ = keep(iterable);
      kind_ = PyList_CheckExact(iterable) ? List : Tuple;
      return 0;
    }
    if (PyRange_Check(iterable)) {
      RangeCount r = countRange(iterable);
      if (r.ok) {
        current_ = r.start;
        step_ = r.step;
        remaining_ = r.count;
        kind_ = Range;
        return 0;
      }
    }
    iterator_ = own(PyObject_GetIter(iterable));
    kind_ = Iterator;
    return iterator_ ? 0 : -1;
  }

  // The next item (a new reference), or null: exhausted when no exception is set.
  [[gnu::always_inline]] PyObject *next() {
    // Lists first, then ranges: the loops Python code runs most.
    if (PYXC_LIKELY(kind_ == List)) {
      if (index_ < PyList_GET_SIZE(sequence_.get()))
        return Py_NewRef(PyList_GET_ITEM(sequence_.get(), index_++));
      return nullptr;
    }
    if (kind_ == Range) {
      if (remaining_ <= 0)
        return nullptr;
      --remaining_;
      current_ += step_;
      return newInt(current_ - step_);
    }
    if (kind_ == Tuple) {
      if (index_ < PyTuple_GET_SIZE(sequence_.get()))
        return Py_NewRef(PyTuple_GET_ITEM(sequence_.get(), index_++));
      return nullptr;
    }
    return PyIter_Next(iterator_.get());
  }

private:
  enum Kind { List, Tuple, Range, Iterator } kind_ = Iterator;
  Ref sequence_, iterator_;
  Py_ssize_t index_ = 0;
  long current_ = 0, step_ = 1, remaining_ = 0;
};

} // namespace pyxc
