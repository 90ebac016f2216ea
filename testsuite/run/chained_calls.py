class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)
print(Builder().add("a").add("b").add("c").build())
text = "  Hello, World  "
print(text.strip().lower().replace("world", "there").split(", ")[1].upper().center(11, "*"))
data = {"users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}]}
print([u["name"].title() for u in data["users"] if u["roles"]], data["users"][1]["name"][::-1])
print(sorted({3: "c", 1: "a"}.items())[0][1].upper(), "a,b".split(",")[-1] * 3)
