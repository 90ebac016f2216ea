match 1:
    case {"k": 1, b"k": 2, -1.5: 3, 1-2j: 4, "k": 5}:
        pass
