def inner():
    return {}["missing key"]
def outer():
    return inner()
print("before")
outer()
print("never")
