// Cells of C variables: a C-typed local that an inner function captures
// keeps its C type (as in Cython), so it lives in a Python object that the
// closure tuple holds as it holds ordinary cells. Both functions reach the
// value itself as a C lvalue (pyxc::cellValue<T>).
#pragma once

#include <Python.h>

#include <memory>
#include <new>
#include <type_traits>

namespace pyxc {

struct CCellBase {
  PyObject_HEAD
  void (*destroy)(CCellBase *); // runs the value's destructor (a C++ class's)
};

template <class T> struct CCell : CCellBase {
  T value;
};

// The type of every C cell ("pyxc_c_cell"), made once.
PyTypeObject *cCellType();

// A new cell holding a zero-initialised T (a new reference; null with
// MemoryError).
template <class T> PyObject *newCCell() {
  PyTypeObject *type = cCellType();
  if (!type)
    return nullptr;
  auto *cell = static_cast<CCell<T> *>(PyObject_Malloc(sizeof(CCell<T>)));
  if (!cell)
    return PyErr_NoMemory();
  PyObject_Init(reinterpret_cast<PyObject *>(cell), type);
  cell->destroy = [](CCellBase *base) {
    if constexpr (!std::is_trivially_destructible_v<T>) // a C++ class's
      std::destroy_at(std::addressof(static_cast<CCell<T> *>(base)->value));
  };
  new (&cell->value) T{};
  return reinterpret_cast<PyObject *>(cell);
}

template <class T> inline T &cellValue(PyObject *cell) {
  return static_cast<CCell<T> *>(reinterpret_cast<CCellBase *>(cell))->value;
}

} // namespace pyxc
