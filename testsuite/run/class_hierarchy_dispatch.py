class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic)
        return method(node)
    def generic(self, node):
        return f"generic({type(node).__name__})"
class Num:
    def __init__(self, v):
        self.v = v
class Add:
    def __init__(self, l, r):
        self.l, self.r = l, r
class Neg:
    def __init__(self, e):
        self.e = e
class Evaluator(Visitor):
    def visit_Num(self, n):
        return n.v
    def visit_Add(self, n):
        return self.visit(n.l) + self.visit(n.r)
class Printer(Visitor):
    def visit_Num(self, n):
        return str(n.v)
    def visit_Add(self, n):
        return f"({self.visit(n.l)} + {self.visit(n.r)})"
tree = Add(Num(1), Add(Num(2), Num(3)))
print(Evaluator().visit(tree), Printer().visit(tree), Evaluator().visit(Neg(Num(1))))
