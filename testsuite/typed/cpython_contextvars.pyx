# cpython.contextvars through pyxc's declarations, against Cython's.
from cpython.contextvars cimport (PyContextVar_New, PyContextVar_New_with_default, PyContextVar_Set,
                                  PyContextVar_Reset, PyContext_CopyCurrent, PyContextVar_CheckExact,
                                  PyContext_CheckExact, PyContextToken_CheckExact, get_value,
                                  get_value_no_default)
import contextvars

def run():
    plain = PyContextVar_New(b"plain", NULL)
    with_default = PyContextVar_New_with_default(b"with_default", 7)
    print(PyContextVar_CheckExact(plain), PyContextVar_CheckExact(3), plain.name)
    print(get_value(plain), get_value(plain, "fallback"), get_value(with_default), get_value(with_default, 1))
    print(get_value_no_default(with_default), get_value_no_default(with_default, "mine"))
    token = PyContextVar_Set(plain, "set")
    print(PyContextToken_CheckExact(token), get_value(plain), plain.get())
    ctx = PyContext_CopyCurrent()
    print(PyContext_CheckExact(ctx), ctx[plain])
    PyContextVar_Reset(plain, token)
    print(get_value(plain, "reset"))
    print(contextvars.copy_context().run(lambda: get_value(with_default)))

run()
