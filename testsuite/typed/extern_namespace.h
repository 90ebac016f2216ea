// Declarations in a C++ namespace, for extern_namespace.pyx.
namespace geo {
struct Point {
  double x, y;
};
inline double norm2(Point p) { return p.x * p.x + p.y * p.y; }
const int ORIGIN_ID = 7;
enum Quadrant { FIRST = 1, SECOND, THIRD, FOURTH };
} // namespace geo
