class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 1:
            self.vx = -self.vx
        if self.y < 0 or self.y > 1:
            self.vy = -self.vy

    def energy(self):
        return 0.5 * (self.vx * self.vx + self.vy * self.vy) + self.x + self.y


def simulate(n, steps):
    particles = [Particle(i / n, (i * 7 % n) / n, 0.01 * (i % 5), 0.02 * (i % 3)) for i in range(n)]
    total = 0.0
    for s in range(steps):
        for p in particles:
            p.step(0.1)
    for p in particles:
        total += p.energy()
    return total


def run():
    return simulate(1000, 300)
