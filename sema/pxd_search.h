// Where `cimport a.b` finds its declarations: a/b.pxd, or a/b/__init__.pxd
// for a package, in the first search folder that has either. The one search
// that typing (sema/declarations.h) and the dependency scan (driver/) share.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pyxc::sema {

// Empty when no folder of `paths` has it; `isPackage` says which form was found.
std::filesystem::path findPxd(std::string_view dotted, const std::vector<std::string> &paths,
                              bool *isPackage = nullptr);

} // namespace pyxc::sema
