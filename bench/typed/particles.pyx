# Particles in a box as a cdef class: C attributes read and written through
# typed references, a cdef method called per particle per step.
cdef class Particle:
    cdef double x, y, vx, vy

    def __init__(self, double x, double y, double vx, double vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    cdef void step(self, double dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 1:
            self.vx = -self.vx
        if self.y < 0 or self.y > 1:
            self.vy = -self.vy

    cdef double energy(self):
        return 0.5 * (self.vx * self.vx + self.vy * self.vy) + self.x + self.y


def simulate(int n, int steps):
    cdef list particles = [Particle(i / n, (i * 7 % n) / n, 0.01 * (i % 5), 0.02 * (i % 3)) for i in range(n)]
    cdef Particle p
    cdef double total = 0
    cdef int s
    for s in range(steps):
        for p in particles:
            p.step(0.1)
    for p in particles:
        total += p.energy()
    return total


def run():
    return simulate(1000, 300)
