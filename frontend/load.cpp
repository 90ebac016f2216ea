#include "frontend/load.h"

#include "frontend/decode.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace pyxc {

std::unique_ptr<SourceFile> loadSourceBytes(const std::string &path, std::string_view bytes, DiagnosticEngine &diags) {
  std::string text;
  if (auto err = decodeSource(bytes, text)) {
    // The error belongs to the raw file: show it against the bytes as text.
    const SourceFile &raw = diags.adopt(std::make_unique<SourceFile>(path, std::string(bytes)));
    if (err->id == DiagId::UndecodableSource)
      diags.report(err->id, raw, {uint32_t(err->position)}, err->arg1, err->byte, err->position);
    else
      diags.report(err->id, raw, {0}, err->arg1);
    return nullptr;
  }
  return std::make_unique<SourceFile>(path, std::move(text));
}

std::unique_ptr<SourceFile> loadSource(const std::string &path, DiagnosticEngine &diags) {
  // A folder opens as a stream that reads nothing: refuse it by name.
  std::error_code ec;
  bool folder = std::filesystem::is_directory(path, ec);
  std::ifstream in;
  if (!folder)
    in.open(path, std::ios::binary);
  if (folder || !in) {
    const SourceFile &none = diags.adopt(std::make_unique<SourceFile>("", ""));
    diags.report(DiagId::CannotOpen, none, {0}, path, std::strerror(folder ? EISDIR : errno));
    return nullptr;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return loadSourceBytes(path, ss.str(), diags);
}

} // namespace pyxc
