match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case [1, 2, *others] | (3, *_):
        pass
    case -1 | 1.5 | -2j | 1 + 2j | -1 - 2j | "s" b"b" | None | True | False:
        pass
    case a.b.c if a > 0:
        pass
    case (x as y) as z:
        pass
    case {1: _, a.b: [c, *d], None: {}}:
        pass
    case ():
        pass
    case []:
        pass
    case (a,):
        pass
    case _:
        pass
match a, *b:
    case x, y:
        pass
match = 1
match.x = 2
match[3] = 4
match(5)
case = 6
_ = 7
