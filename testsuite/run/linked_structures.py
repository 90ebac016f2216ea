class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def add(self, child):
        self.children.append(child)
        return child
    def walk(self, depth=0):
        out = [("  " * depth) + str(self.value)]
        for c in self.children:
            out.extend(c.walk(depth + 1))
        return out
    def find(self, value):
        if self.value == value:
            return self
        for c in self.children:
            hit = c.find(value)
            if hit:
                return hit
        return None
root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b")).add(Node("b1")).add(Node("b11"))
print("\n".join(root.walk()))
print(root.find("b11").value, root.find("zz"))
