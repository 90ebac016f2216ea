class Config:
    defaults = {"debug": False}
    version = 1
    def __init__(self, **overrides):
        self.settings = dict(self.defaults, **overrides)
    @property
    def debug(self):
        return self.settings["debug"]
c = Config(debug=True)
print(c.debug, Config.version, c.version, Config.defaults, c.settings)
Config.version = 2
c.version = 3
print(Config.version, c.version, type(c).version, vars(c))
del c.version
print(c.version, hasattr(Config, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "dynamic", 42)
print(c.dynamic, "dynamic" in c.__dict__)
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, start=0):
        self.value = start
print(Counter(5).value, Counter().value, Counter.instances)
