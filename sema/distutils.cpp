#include "sema/distutils.h"

#include "sema/directives.h"

#include <algorithm>
#include <utility>

namespace pyxc::sema {

namespace {

struct KeyInfo {
  std::string_view key;
  DistutilsKind kind;
};

// Cython 3.3's distutils_settings, key for key.
constexpr KeyInfo kKeys[] = {
    {"name", DistutilsKind::String},
    {"sources", DistutilsKind::List},
    {"define_macros", DistutilsKind::List},
    {"undef_macros", DistutilsKind::List},
    {"libraries", DistutilsKind::TransitiveList},
    {"library_dirs", DistutilsKind::TransitiveList},
    {"runtime_library_dirs", DistutilsKind::TransitiveList},
    {"include_dirs", DistutilsKind::TransitiveList},
    {"extra_objects", DistutilsKind::List},
    {"extra_compile_args", DistutilsKind::TransitiveList},
    {"extra_link_args", DistutilsKind::TransitiveList},
    {"export_symbols", DistutilsKind::List},
    {"depends", DistutilsKind::TransitiveList},
    {"language", DistutilsKind::TransitiveString},
    {"np_pythran", DistutilsKind::BoolOr},
};

bool isList(DistutilsKind k) { return k == DistutilsKind::List || k == DistutilsKind::TransitiveList; }

} // namespace

bool distutilsKind(std::string_view key, DistutilsKind &kind) {
  for (const KeyInfo &k : kKeys)
    if (k.key == key) {
      kind = k.kind;
      return true;
    }
  return false;
}

std::vector<std::string> parseDistutilsList(std::string_view text) {
  text = trimBlanks(text);
  char delimiter = ' ';
  if (text.size() >= 2 && text.front() == '[' && text.back() == ']') {
    text = text.substr(1, text.size() - 2);
    delimiter = ',';
  }
  std::vector<std::string> items;
  std::string item;
  bool quoted = false; // the item had quotes: keep it even when empty
  auto finish = [&] {
    std::string_view t = trimBlanks(item);
    if (!t.empty() || quoted)
      items.emplace_back(quoted ? std::string_view(item) : t);
    item.clear();
    quoted = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\'' || c == '"') {
      size_t end = text.find(c, i + 1);
      if (end == std::string_view::npos)
        end = text.size();
      if (!quoted)
        item = std::string(trimBlanks(item)); // `a "b"`: the quotes hold the item
      item += text.substr(i + 1, end - i - 1);
      quoted = true;
      i = end;
    } else if (c == delimiter || (delimiter == ' ' && c == '\t')) {
      finish();
    } else {
      item += c;
    }
  }
  finish();
  return items;
}

void DistutilsSettings::add(const std::string &key, const std::string &value) {
  std::vector<std::string> &list = values[key];
  if (std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(value);
}

void DistutilsSettings::merge(const DistutilsSettings &from) {
  for (const auto &[key, list] : from.values) {
    DistutilsKind kind;
    if (!distutilsKind(key, kind))
      continue;
    switch (kind) {
    case DistutilsKind::TransitiveString:
      values.try_emplace(key, list);
      break;
    case DistutilsKind::TransitiveList:
      for (const std::string &v : list)
        add(key, v);
      break;
    case DistutilsKind::BoolOr: {
      bool any = (values.count(key) && values[key] == std::vector<std::string>{"True"}) ||
                 list == std::vector<std::string>{"True"};
      values[key] = {any ? "True" : "False"};
      break;
    }
    default: break; // sources, macros ...: the module's own only
    }
  }
}

DistutilsSettings readDistutilsComments(const SourceFile &file, DiagnosticEngine &diags) {
  DistutilsSettings settings;
  for (uint32_t line = 1; line <= file.lineCount(); ++line) {
    std::string_view text = trimBlanks(file.lineText(line));
    if (text.empty())
      continue;
    if (text[0] != '#')
      break; // only the comments before the first statement count
    text = trimBlanks(text.substr(1));
    bool distutils = text.substr(0, 10) == "distutils:";
    if (!distutils && text.substr(0, 7) != "cython:")
      continue;
    std::string_view rest = text.substr(distutils ? 10 : 7);
    size_t eq = rest.find('=');
    std::string_view key = trimBlanks(rest.substr(0, eq));
    std::string_view value = eq == std::string_view::npos ? std::string_view() : trimBlanks(rest.substr(eq + 1));
    DistutilsKind kind;
    if (!distutilsKind(key, kind)) {
      if (distutils)
        diags.report(DiagId::UnknownDistutilsKey, file, {uint32_t(key.data() - file.text().data())}, key);
      continue; // `# cython: boundscheck=False`: a directive (sema/directives.cpp)
    }
    std::vector<std::string> &values = settings.values[std::string(key)];
    if (isList(kind)) {
      values = parseDistutilsList(value);
    } else if (kind == DistutilsKind::BoolOr) {
      if (value != "True" && value != "False")
        diags.report(DiagId::BadDistutilsBool, file, {uint32_t(value.data() - file.text().data())}, key, value);
      values = {value == "True" ? "True" : "False"};
    } else {
      values = {std::string(value)};
    }
  }
  return settings;
}

} // namespace pyxc::sema
