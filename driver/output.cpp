// Writing outputs: never over a source file, never half-written. A file is
// written under a temporary name beside its target and renamed over it, so
// an interrupted or failed write leaves the old file (or none), never a
// truncated one.
#include "driver/driver.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace fs = std::filesystem;

namespace pyxc::driver {

static const SourceFile &noFile(DiagnosticEngine &diags) {
  return diags.adopt(std::make_unique<SourceFile>("", ""));
}

static bool reportWriteError(const fs::path &path, int error, DiagnosticEngine &diags) {
  diags.report(DiagId::CannotWrite, noFile(diags), {0}, path.string(), std::strerror(error ? error : EIO));
  return false;
}

bool isSourceSuffix(const fs::path &path) {
  std::string ext = path.extension().string();
  return ext == ".py" || ext == ".pyx" || ext == ".pxd" || ext == ".pxi";
}

bool checkOutputPath(const fs::path &path, const std::vector<fs::path> &sources, DiagnosticEngine &diags) {
  if (isSourceSuffix(path)) {
    diags.report(DiagId::OutputHasSourceSuffix, noFile(diags), {0}, path.string(), path.extension().string());
    return false;
  }
  // The same file under another name (a symbolic or hard link).
  for (const fs::path &source : sources) {
    std::error_code ec;
    if (fs::equivalent(path, source, ec)) {
      diags.report(DiagId::OutputIsSource, noFile(diags), {0}, path.string(), source.string());
      return false;
    }
  }
  return true;
}

fs::path temporaryBeside(const fs::path &path) {
  fs::path tmp = path;
  tmp += ".pyxc-tmp-" + std::to_string(::getpid());
  return tmp;
}

bool writeOutput(const fs::path &path, std::string_view text, DiagnosticEngine &diags,
                 const std::vector<fs::path> &sources) {
  if (!checkOutputPath(path, sources, diags))
    return false;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status))
    return reportWriteError(path, EISDIR, diags);
  // A device or pipe (/dev/null, /dev/stdout) is written as it is: it
  // cannot be replaced by a rename.
  bool special = fs::exists(status) && !fs::is_regular_file(status);
  fs::path target = special ? path : temporaryBeside(path);
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  if (out)
    out.write(text.data(), std::streamsize(text.size()));
  if (out)
    out.close();
  if (!out) {
    int error = errno;
    if (!special)
      fs::remove(target, ec);
    return reportWriteError(path, error, diags);
  }
  if (special)
    return true;
  fs::rename(target, path, ec);
  if (ec) {
    fs::remove(target, ec);
    return reportWriteError(path, ec.value(), diags);
  }
  return true;
}

} // namespace pyxc::driver
