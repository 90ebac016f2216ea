#include "sema/pxd_search.h"

#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;

namespace pyxc::sema {

fs::path findPxd(std::string_view dotted, const std::vector<std::string> &paths, bool *isPackage) {
  std::string rel(dotted);
  std::replace(rel.begin(), rel.end(), '.', '/');
  for (const std::string &dir : paths) {
    for (bool package : {false, true}) {
      fs::path p = fs::path(dir) / (rel + (package ? "/__init__.pxd" : ".pxd"));
      std::error_code ec;
      if (fs::is_regular_file(p, ec)) {
        if (isPackage)
          *isPackage = package;
        return p;
      }
    }
  }
  return {};
}

} // namespace pyxc::sema
