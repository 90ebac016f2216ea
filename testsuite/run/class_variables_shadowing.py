class Settings:
    level = 1
    names = []
    def raise_level(self):
        self.level += 1
        return self.level
    def add_name(self, n):
        self.names.append(n)
a, b = Settings(), Settings()
print(a.raise_level(), a.raise_level(), b.level, Settings.level)
a.add_name("x")
b.add_name("y")
print(Settings.names, a.names is b.names, "level" in vars(a), "level" in vars(b))
