# distutils: libraries = m
# distutils: librarys = m
# distutils: np_pythran = yes
def f():
    pass
