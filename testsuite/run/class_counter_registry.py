class Tracked:
    registry = {}
    _next_id = 0
    def __init__(self, label):
        Tracked._next_id += 1
        self.id = Tracked._next_id
        self.label = label
        type(self).registry[self.id] = self
    @classmethod
    def by_label(cls, label):
        return [o.id for o in cls.registry.values() if o.label == label]
    def __repr__(self):
        return f"<{self.id}:{self.label}>"
for label in "xyxzx":
    Tracked(label)
print(Tracked.by_label("x"), Tracked.registry[2], len(Tracked.registry), sorted(Tracked.registry)[-1])
