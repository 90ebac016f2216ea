#include "harness.h"

typedef struct {
  double x, y, vx, vy;
} Particle;

static double simulate(int n, int steps) {
  Particle *ps = malloc(sizeof(Particle) * n);
  for (int i = 0; i < n; ++i)
    ps[i] = (Particle){(double)i / n, (double)(i * 7 % n) / n, 0.01 * (i % 5), 0.02 * (i % 3)};
  for (int s = 0; s < steps; ++s)
    for (int i = 0; i < n; ++i) {
      Particle *p = &ps[i];
      p->x += p->vx * 0.1;
      p->y += p->vy * 0.1;
      if (p->x < 0 || p->x > 1)
        p->vx = -p->vx;
      if (p->y < 0 || p->y > 1)
        p->vy = -p->vy;
    }
  double total = 0;
  for (int i = 0; i < n; ++i)
    total += 0.5 * (ps[i].vx * ps[i].vx + ps[i].vy * ps[i].vy) + ps[i].x + ps[i].y;
  free(ps);
  return total;
}

static double run(void) { return simulate(1000, 300); }

int main(int argc, char **argv) { return measure(argc, argv, run); }
