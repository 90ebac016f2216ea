// Indented C++ text: generated code is meant to be read.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace pyxc::codegen {

// Text safe inside a // comment: one line that cannot be continued by a
// trailing backslash.
inline std::string commentText(std::string_view text) {
  std::string out;
  for (char c : text)
    out += (c == '\n' || c == '\r') ? ' ' : c;
  while (!out.empty() && (out.back() == '\\' || out.back() == ' '))
    out.pop_back();
  return out;
}

class CppWriter {
public:
  explicit CppWriter(int indent = 0) : indent_(indent) {}
  int indentLevel() const { return indent_; }
  template <class... Args> void line(fmt::format_string<Args...> f, Args &&...args) {
    out_.append(size_t(indent_) * 2, ' ');
    fmt::format_to(std::back_inserter(out_), f, std::forward<Args>(args)...);
    out_ += '\n';
  }
  void raw(std::string_view text) { out_ += text; }
  void blank() { out_ += '\n'; }
  // A label sits one level left of the code around it, as clang-format puts it.
  void label(std::string_view name) {
    out_.append(size_t(indent_ > 0 ? indent_ - 1 : 0) * 2, ' ');
    out_ += name;
    out_ += ":;\n";
  }
  void open(std::string_view head = "{") {
    out_.append(size_t(indent_) * 2, ' ');
    out_ += head;
    out_ += '\n';
    ++indent_;
  }
  void close(std::string_view tail = "}") {
    --indent_;
    out_.append(size_t(indent_) * 2, ' ');
    out_ += tail;
    out_ += '\n';
  }
  // `} else {`: closes one level and opens the next at the same depth.
  void middle(std::string_view text) {
    close(text);
    ++indent_;
  }
  const std::string &str() const { return out_; }
  std::string take() { return std::move(out_); }

private:
  std::string out_;
  int indent_ = 0;
};

} // namespace pyxc::codegen
