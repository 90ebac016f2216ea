/* An enum a header declares, used through a C++-compiled module. */
typedef enum { LIGHT_RED, LIGHT_AMBER, LIGHT_GREEN } light_t;
enum speed { SLOW = 10, FAST = 20 };

static light_t next_light(light_t l) { return (light_t)((l + 1) % 3); }
static int limit_of(enum speed s) { return (int)s * 2; }
