match 1:
    case {1-2j: 4, 1.0-2j: 5}:
        pass
