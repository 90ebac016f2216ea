# Object-heavy: a small class, attribute reads and writes, method calls.
class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
        if self.y < 0 or self.y > 100:
            self.vy = -self.vy


def run():
    particles = [Particle(i % 100, (i * 7) % 100, (i % 5) - 2, (i % 3) - 1) for i in range(1000)]
    for _ in range(100):
        for p in particles:
            p.step(0.5)
    return round(sum([p.x + p.y for p in particles]), 6)
