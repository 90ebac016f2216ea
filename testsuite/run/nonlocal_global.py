total = 0
def outer():
    x = 0
    def add(n):
        nonlocal x
        global total
        x += n
        total += n
    for i in range(4):
        add(i)
    return x
print(outer(), total)
def make():
    state = []
    def push(v):
        state.append(v)
    def rebind():
        nonlocal state
        state = ["new"]
    push(1); rebind(); push(2)
    return state
print(make())
def deep():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()
print(deep())
