#include "sema/pxd_search.h"

#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;

namespace pyxc::sema {

fs::path findPxd(std::string_view dotted, const std::vector<std::string> &paths, bool *isPackage) {
  std::string rel(dotted);
  std::replace(rel.begin(), rel.end(), '.', '/');
  // Cython 3 prefers a file written for it (`.cython-30.pxd`, as NumPy
  // ships its __init__.cython-30.pxd beside the older __init__.pxd).
  for (const std::string &dir : paths) {
    for (bool package : {false, true}) {
      for (const char *suffix : {".cython-30.pxd", ".pxd"}) {
        fs::path p = fs::path(dir) / (rel + (package ? "/__init__" : "") + suffix);
        std::error_code ec;
        if (fs::is_regular_file(p, ec)) {
          if (isPackage)
            *isPackage = package;
          return p;
        }
      }
    }
  }
  return {};
}

} // namespace pyxc::sema
