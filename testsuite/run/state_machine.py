TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise KeyError(f"no transition from {self.state!r} on {event!r}")
        self.log.append(f"{self.state}->{TRANSITIONS[key]}")
        self.state = TRANSITIONS[key]
        return self
m = Machine()
m.fire("start").fire("pause").fire("resume").fire("stop")
print(m.state, m.log)
try:
    m.fire("pause")
except KeyError as e:
    print("KeyError:", e)
