# A module for the subinterpreter test: importing it in a second
# interpreter must fail cleanly, and its code must keep working in the first.
def fail(message):
    raise ValueError(message)


def double(x):
    return 2 * x
