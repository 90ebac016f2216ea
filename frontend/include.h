// Cython's `include "file.pxi"`: the named file's statements take the place
// of the include statement, as if written there.
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"

#include <string>
#include <vector>

namespace pyxc {

// Replaces every module-level include statement of `module` (and of the
// files it includes) with the included file's statements. A file is looked
// for beside the file that includes it, then in `searchPaths`. The included
// files are adopted by `file`, so locations in them stay resolvable.
// Moves every location under `n` by `base` (what SourceFile::adopt
// returned for the file `n` was parsed from): the nodes then name their
// file by their offsets alone, as part of the adopting file.
void rebase(const ast::Node *n, uint32_t base);

void spliceIncludes(ast::Module *module, SourceFile &file, Arena &arena, DiagnosticEngine &diags,
                    const std::vector<std::string> &searchPaths);

} // namespace pyxc
