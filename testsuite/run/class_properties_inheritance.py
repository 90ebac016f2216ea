class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Doubling(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 2
d = Doubling()
d.v = 5
print(d.v)
class Computed:
    @property
    def area(self):
        return self.w * self.h
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Computed(2, 3).area, isinstance(Computed.area, property), Computed.area.fget.__name__)
