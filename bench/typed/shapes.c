#include "harness.h"

#include <math.h>

/* Shapes as a tagged struct with a table of function pointers per kind:
   the C equivalent of the cdef classes' method tables. */
typedef struct Shape Shape;
typedef struct {
  double (*area)(const Shape *);
  void (*scale)(Shape *, double);
} Methods;
struct Shape {
  const Methods *m;
  double cx, cy, a, b; /* Circle: a = r; Rect/Square: a = w, b = h */
};

static double circleArea(const Shape *s) { return 3.0 * s->a * s->a; }
static void circleScale(Shape *s, double f) { s->a *= f; }
static double rectArea(const Shape *s) { return s->a * s->b; }
static void rectScale(Shape *s, double f) {
  s->a *= f;
  s->b *= f;
}
static double squareArea(const Shape *s) { return s->a * s->a; }
static const Methods kCircle = {circleArea, circleScale}, kRect = {rectArea, rectScale},
                     kSquare = {squareArea, rectScale};

static Shape *make(int i) {
  Shape *s = calloc(1, sizeof(Shape));
  if (i % 3 == 0) {
    s->m = &kCircle;
    s->a = 1.0 + (i % 7);
  } else if (i % 3 == 1) {
    s->m = &kRect;
    s->a = 1.0 + (i % 5);
    s->b = 2.0;
  } else {
    s->m = &kSquare;
    s->a = 1.0 + (i % 4);
    s->b = s->a;
  }
  return s;
}

static double run(void) {
  int n = 2000, rounds = 200;
  Shape **shapes = malloc(sizeof(Shape *) * n);
  for (int i = 0; i < n; ++i)
    shapes[i] = make(i);
  double total = 0;
  for (int k = 0; k < rounds; ++k)
    for (int i = 0; i < n; ++i) {
      total += shapes[i]->m->area(shapes[i]);
      shapes[i]->m->scale(shapes[i], k % 2 == 0 ? 1.0001 : 0.9999);
    }
  for (int k = 0; k < rounds; ++k) {
    free(shapes[k % n]);
    shapes[k % n] = make(k);
  }
  for (int i = 0; i < n; ++i)
    free(shapes[i]);
  free(shapes);
  return round(total * 1000) / 1000;
}

int main(int argc, char **argv) { return measure(argc, argv, run); }
