// The type of C cells (pyxc/ccell.h).
#include "pyxc/ccell.h"

namespace pyxc {

namespace {

void cCellDealloc(PyObject *self) {
  auto *cell = reinterpret_cast<CCellBase *>(self);
  cell->destroy(cell);
  PyTypeObject *type = Py_TYPE(self);
  PyObject_Free(self);
  Py_DECREF(type); // a heap type: each instance holds a reference
}

PyType_Slot cCellSlots[] = {
    {Py_tp_dealloc, reinterpret_cast<void *>(cCellDealloc)},
    {0, nullptr},
};

PyType_Spec cCellSpec = {
    "pyxc.c_cell",
    sizeof(CCellBase), // the values follow, sized per cell
    0,
    Py_TPFLAGS_DEFAULT,
    cCellSlots,
};

} // namespace

PyTypeObject *cCellType() {
  static PyTypeObject *type = nullptr;
  if (!type) // (made again after a failure, which left its exception)
    type = reinterpret_cast<PyTypeObject *>(PyType_FromSpec(&cCellSpec));
  return type;
}

} // namespace pyxc
