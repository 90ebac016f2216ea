// Generators. A generator function's body compiles to a C++20 coroutine
// (GeneratorCode): `yield v` is `co_yield v`, which suspends the body and
// evaluates to the value sent in on resumption; `return v` is `co_return v`.
// The runtime's Generator object drives the coroutine and implements the
// iterator and generator protocols (send, throw, close, PEP 479).
//
// The body's named locals, parameters and cells live in the Generator's
// `slots` (so the garbage collector sees them); temporaries live in the
// coroutine frame.
#pragma once

#include "pyxc/compat.h"
#include "pyxc/function.h"
#include "pyxc/ref.h"

#include <coroutine>

namespace pyxc {

class GeneratorCode {
public:
  struct promise_type {
    PyObject *yielded = nullptr; // owned: the value of the last `co_yield`
    PyObject *sent = nullptr;    // owned: what the suspended `co_yield` evaluates to; null when throwing
    PyObject *result = nullptr;  // owned: the returned value; null when the body raised
    PyObject *delegate = nullptr; // borrowed: what a suspended `yield from` delegates to

    GeneratorCode get_return_object() noexcept {
      return GeneratorCode(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    // Created suspended: the body starts at the first send.
    std::suspend_always initial_suspend() noexcept { return {}; }
    // Kept after the end, so the driver can read `result` before destroying it.
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(PyObject *value) noexcept { result = value; }
    void unhandled_exception() noexcept {} // generated code throws no C++ exceptions

    struct YieldAwaiter {
      promise_type &promise;
      bool await_ready() noexcept { return false; }
      void await_suspend(std::coroutine_handle<>) noexcept {}
      // A new reference, or null with an exception set (throw() or close()).
      PyObject *await_resume() noexcept {
        PyObject *sent = promise.sent;
        promise.sent = nullptr;
        promise.delegate = nullptr;
        return sent;
      }
    };
    // Steals `value`.
    YieldAwaiter yield_value(PyObject *value) noexcept {
      yielded = value;
      return YieldAwaiter{*this};
    }
    // A value yielded by a `yield from` delegate (gi_yieldfrom meanwhile).
    struct Delegated {
      PyObject *value; // stolen
      PyObject *delegate;
    };
    YieldAwaiter yield_value(Delegated d) noexcept {
      yielded = d.value;
      delegate = d.delegate;
      return YieldAwaiter{*this};
    }
  };
  using Handle = std::coroutine_handle<promise_type>;

  explicit GeneratorCode(Handle h) : handle(h) {}
  Handle handle;
};

using Delegated = GeneratorCode::promise_type::Delegated;

// The compiled body of a generator function: the function object (for its
// globals and closure) and the generator's slots.
using GeneratorBody = GeneratorCode (*)(Function *self, Ref *slots);

// What a generator function's call returns: a new generator whose first
// `paramCount` slots hold the bound parameters (borrowed from `params`,
// referenced here) and the rest of `slotCount` start empty.
PyObject *newGenerator(Function *fn, PyObject *const *params, int paramCount, int slotCount, GeneratorBody body);

// What an `async def` function's call returns: the same, as a coroutine.
PyObject *newCoroutine(Function *fn, PyObject *const *params, int paramCount, int slotCount, GeneratorBody body);

// What an `async def` function whose body yields returns: the same, as an
// async generator (PEP 525).
PyObject *newAsyncGenerator(Function *fn, PyObject *const *params, int paramCount, int slotCount, GeneratorBody body);

// `await x`: the iterator to delegate to (x itself for a coroutine, else
// x.__await__()), with CPython's TypeErrors.
PyObject *awaitableIter(PyObject *awaitable);

// `async for`: aiter(x) and the awaitable of anext(it), with CPython's TypeErrors.
PyObject *asyncIter(PyObject *iterable);
PyObject *asyncNext(PyObject *iterator);

// `yield from x`: the iterator to delegate to.
PyObject *yieldFromIter(PyObject *iterable);
// One step of `yield from`: passes `sent` (stolen; null when an exception
// was thrown into the generator and is set) on to `iter`. Returns 1 with a
// value to yield in *out, 0 when `iter` finished with its return value in
// *out, -1 on error.
int yieldFromStep(PyObject *iter, PyObject *sent, PyObject **out);

// Creates the generator and coroutine types and registers them with
// collections.abc; runtime initialisation.
int initGeneratorType();

} // namespace pyxc
