global module_level
module_level = 1
def increment():
    global module_level
    module_level += 1
def read_only():
    return module_level * 10
for _ in range(3):
    increment()
print(module_level, read_only())
def create_many():
    global a1, a2
    a1, a2 = "x", "y"
create_many()
print(a1 + a2)
def global_in_nested():
    def inner():
        global late
        late = "set late"
    inner()
global_in_nested()
print(late)
