def evaluate(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        value = term()
        while peek() in ("+", "-"):
            value = value + term() if take() == "+" else value - term()
        return value
    def term():
        value = factor()
        while peek() in ("*", "/"):
            value = value * factor() if take() == "*" else value / factor()
        return value
    def factor():
        tok = take()
        if tok == "(":
            value = expr()
            take()
            return value
        if tok == "-":
            return -factor()
        return tok
    return expr()
print(evaluate([2, "+", 3, "*", 4]), evaluate(["(", 2, "+", 3, ")", "*", 4]), evaluate(["-", 3, "/", 2]))
