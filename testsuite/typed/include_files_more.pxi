GREETING = "hello from a nested include"


class Shape:
    def sides(self):
        return 4
