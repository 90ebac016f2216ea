// pyxc::Ref: the owning handle for every Python reference generated code
// creates. Destruction releases the reference, so every path out of a block
// (normal, early return, a jump to an error handler) leaves refcounts right.
#pragma once

#include <Python.h>

#include <array>
#include <utility>

namespace pyxc {

class Ref {
public:
  Ref() = default;
  Ref(const Ref &other) : p_(other.p_) { Py_XINCREF(p_); }
  Ref(Ref &&other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
  Ref &operator=(const Ref &other) {
    Ref copy(other);
    std::swap(p_, copy.p_);
    return *this;
  }
  Ref &operator=(Ref &&other) noexcept {
    Ref moved(std::move(other));
    std::swap(p_, moved.p_);
    return *this;
  }
  ~Ref() { Py_XDECREF(p_); }

  // Takes over a new reference (as C API functions return them); null stays null.
  static Ref steal(PyObject *p) {
    Ref r;
    r.p_ = p;
    return r;
  }
  // Adds a reference to a borrowed pointer.
  static Ref borrow(PyObject *p) {
    Py_XINCREF(p);
    return steal(p);
  }

  PyObject *get() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }
  // Hands the reference to the caller (a C API "steals" argument or a return value).
  PyObject *release() { return std::exchange(p_, nullptr); }
  // Replaces the held reference with a new one, releasing the old one last
  // (its destructor may run arbitrary code).
  void reset(PyObject *stolen = nullptr) {
    PyObject *old = std::exchange(p_, stolen);
    Py_XDECREF(old);
  }

private:
  PyObject *p_ = nullptr;
};

// Shorthands for generated code: own() a new reference, keep() a borrowed one.
inline Ref own(PyObject *p) { return Ref::steal(p); }
inline Ref keep(PyObject *p) { return Ref::borrow(p); }

// A parameter the function never rebinds: the caller's reference, used
// as it is (no reference counting), with Ref's reading interface.
class Borrowed {
public:
  explicit Borrowed(PyObject *p) : p_(p) {}
  PyObject *get() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }

private:
  PyObject *p_;
};

// A nogil cdef function's object locals (assigned in its `with gil:`
// blocks) must be released with the GIL held, and the function may be
// called without it. A GilForLocals declared before them outlives them;
// the LocalsReleaser declared after them is destroyed first and takes
// the GIL when one of them still holds an object (the GilForLocals gives
// it back once they are gone).
class GilForLocals {
public:
  GilForLocals() = default;
  GilForLocals(const GilForLocals &) = delete;
  GilForLocals &operator=(const GilForLocals &) = delete;
  ~GilForLocals() {
    if (taken_)
      PyGILState_Release(state_);
  }
  void take() {
    state_ = PyGILState_Ensure();
    taken_ = true;
  }

private:
  PyGILState_STATE state_{};
  bool taken_ = false;
};

template <size_t N> class LocalsReleaser {
public:
  template <class... R>
  explicit LocalsReleaser(GilForLocals &gil, const R &...locals) : gil_(gil), locals_{&locals...} {}
  LocalsReleaser(const LocalsReleaser &) = delete;
  LocalsReleaser &operator=(const LocalsReleaser &) = delete;
  ~LocalsReleaser() {
    for (const Ref *r : locals_)
      if (*r) {
        gil_.take();
        return;
      }
  }

private:
  GilForLocals &gil_;
  std::array<const Ref *, N> locals_;
};
template <class... R> LocalsReleaser(GilForLocals &, const R &...) -> LocalsReleaser<sizeof...(R)>;

} // namespace pyxc
