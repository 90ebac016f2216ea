IF N > 1:
    x = )
