// Embedded signatures (embedsignature=True), as Cython spells them.
#include "sema/signatures.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "frontend/unparse.h"

namespace pyxc::sema {

using namespace ast;
using Format = Directives::SignatureFormat;

namespace {

bool isCharString(const Type *t) {
  return (t->kind == TypeKind::Pointer || t->kind == TypeKind::Array) && t->target->kind == TypeKind::Int &&
         t->target->rank == 1;
}

// A C type in the C spelling: its declaration, bint as bool.
std::string cSpelling(const Type *t) {
  if (t->kind == TypeKind::Bint)
    return "bool";
  if (t->isObject() && t->name == "unicode")
    return "str";
  return describe(t);
}

// The Python type a value of C type `t` converts to, as Cython names it in
// the Python spelling; empty for object.
std::string pythonSpelling(const Directives &d, const Type *t) {
  switch (t->kind) {
  case TypeKind::Int: return "int";
  case TypeKind::Float: return "float";
  case TypeKind::Complex: return "complex";
  case TypeKind::Bint: return "bool";
  case TypeKind::Void: return "void";
  case TypeKind::Struct: return t->isUnion ? describe(t) : "dict";
  default: break;
  }
  if (isCharString(t))
    return d.cStringType;
  if (t->isObject())
    return t->name == "object" ? "" : t->name == "unicode" ? "str" : t->name;
  return describe(t);
}

// A default value as source text; a lambda has no short spelling (Cython
// writes an ellipsis).
std::string defaultText(const Expr *e, const SourceFile &file) {
  return e->kind == Kind::Lambda ? "..." : unparse(e, file);
}

bool hasDecorator(const Node *def, std::string_view name) {
  if (!def || def->kind != Kind::FunctionDef)
    return false;
  for (const Expr *d : as<FunctionDef>(def)->decorators)
    if (d->kind == Kind::Name && as<Name>(d)->id == name)
      return true;
  return false;
}

} // namespace

// A docstring as inspect.cleandoc() leaves it: the first line's leading
// blanks and the other lines' common indentation gone, no blank lines at
// either end. Cython cleans a docstring it puts a signature on.
std::string cleanDoc(std::string_view doc) {
  std::vector<std::string> lines;
  for (size_t start = 0;;) {
    size_t end = doc.find('\n', start);
    std::string line(doc.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    std::string expanded; // tabs to 8-column stops, as str.expandtabs()
    for (char ch : line)
      if (ch == '\t')
        expanded.append(8 - expanded.size() % 8, ' ');
      else
        expanded += ch;
    lines.push_back(std::move(expanded));
    if (end == std::string_view::npos)
      break;
    start = end + 1;
  }
  size_t margin = std::string::npos;
  for (size_t i = 1; i < lines.size(); ++i) {
    size_t indent = lines[i].find_first_not_of(' ');
    if (indent != std::string::npos)
      margin = std::min(margin, indent);
  }
  lines[0].erase(0, std::min(lines[0].find_first_not_of(' '), lines[0].size()));
  for (size_t i = 1; i < lines.size() && margin != std::string::npos; ++i)
    lines[i].erase(0, std::min(margin, lines[i].size()));
  auto blank = [](const std::string &l) { return l.find_first_not_of(' ') == std::string::npos; };
  size_t first = 0, last = lines.size();
  while (first < last && blank(lines[first]))
    ++first;
  while (last > first && blank(lines[last - 1]))
    --last;
  std::string out;
  for (size_t i = first; i < last; ++i)
    out += (i > first ? "\n" : "") + lines[i];
  return out;
}

std::string withSignature(const std::string &signature, const std::string &doc) {
  if (signature.empty())
    return doc;
  std::string cleaned = cleanDoc(doc);
  return cleaned.empty() ? signature : signature + "\n\n" + cleaned;
}

std::string functionSignature(const Typing &typing, const SourceFile &file, const Scope *inner,
                              const Arguments *args, const Expr *returns, const Type *cResult) {
  const Directives &d = typing.directivesFor(inner);
  bool python = d.signatureFormat == Format::Python;
  bool inClass = inner->parent && inner->parent->kind == ScopeKind::Class;
  if (inClass && hasDecorator(inner->node, "property"))
    return propertySignature(d, inner->parent->name, inner->name, returns, file);
  // The C spelling names methods by their qualified name.
  std::string name = python ? inner->name : inner->qualname;
  for (size_t at; (at = name.find(".<locals>")) != std::string::npos;)
    name.erase(at, 9);
  bool selfFirst = inClass && !hasDecorator(inner->node, "staticmethod");

  std::vector<std::string> parts;
  auto param = [&](const Arg *a, const Expr *defaultValue, std::string_view stars, bool self) {
    std::string p(stars), type;
    if (stars.empty() && !self) {
      const Type *t = typing.localType(inner, a->arg);
      if (!t)
        t = typing.pyType(inner, a->arg);
      if (t)
        type = python ? pythonSpelling(d, t) : cSpelling(t);
    }
    if (!python && !type.empty())
      p += type + (type.back() == '*' ? "" : " ");
    p += a->arg;
    bool annotated = a->annotation || (python && !type.empty());
    if (a->annotation)
      p += ": " + unparse(a->annotation, file);
    else if (python && !type.empty())
      p += ": " + type;
    if (defaultValue)
      p += (annotated ? " = " : "=") + defaultText(defaultValue, file);
    parts.push_back(p);
  };
  size_t positional = args->posonlyargs.size() + args->args.size();
  size_t firstDefault = positional - args->defaults.size();
  for (size_t i = 0; i < positional; ++i) {
    const Arg *a = i < args->posonlyargs.size() ? args->posonlyargs[i] : args->args[i - args->posonlyargs.size()];
    param(a, i >= firstDefault ? args->defaults[i - firstDefault] : nullptr, "", selfFirst && i == 0);
    if (i + 1 == args->posonlyargs.size())
      parts.push_back("/");
  }
  if (args->vararg)
    param(args->vararg, nullptr, "*", false);
  else if (!args->kwonlyargs.empty())
    parts.push_back("*");
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i)
    param(args->kwonlyargs[i], args->kwDefaults[i], "", false);
  if (args->kwarg)
    param(args->kwarg, nullptr, "**", false);
  std::string sig = name + "(";
  for (size_t i = 0; i < parts.size(); ++i)
    sig += (i ? ", " : "") + parts[i];
  sig += ")";
  if (returns)
    sig += " -> " + unparse(returns, file);
  else if (cResult && !cResult->isObject())
    sig += " -> " + (python ? pythonSpelling(d, cResult) : cSpelling(cResult));
  return sig;
}

std::string textSignature(const SourceFile &file, const Scope *inner, const Arguments *args) {
  bool inClass = inner->parent && inner->parent->kind == ScopeKind::Class;
  bool bound = inClass && !hasDecorator(inner->node, "staticmethod");
  std::vector<std::string> parts;
  auto param = [&](const Arg *a, const Expr *defaultValue, std::string_view stars) {
    std::string p = std::string(stars) + std::string(a->arg);
    if (defaultValue)
      p += "=" + defaultText(defaultValue, file);
    parts.push_back(p);
  };
  size_t positional = args->posonlyargs.size() + args->args.size();
  size_t firstDefault = positional - args->defaults.size();
  for (size_t i = 0; i < positional; ++i) {
    const Arg *a = i < args->posonlyargs.size() ? args->posonlyargs[i] : args->args[i - args->posonlyargs.size()];
    if (bound && i == 0) // the instance (or the class) a method is bound to
      parts.push_back(hasDecorator(inner->node, "classmethod") ? "$type" : "$self");
    else
      param(a, i >= firstDefault ? args->defaults[i - firstDefault] : nullptr, "");
    if (i + 1 == args->posonlyargs.size())
      parts.push_back("/");
  }
  if (args->vararg)
    param(args->vararg, nullptr, "*");
  else if (!args->kwonlyargs.empty())
    parts.push_back("*");
  for (size_t i = 0; i < args->kwonlyargs.size(); ++i)
    param(args->kwonlyargs[i], args->kwDefaults[i], "");
  if (args->kwarg)
    param(args->kwarg, nullptr, "**");
  std::string sig = "(";
  for (size_t i = 0; i < parts.size(); ++i)
    sig += (i ? ", " : "") + parts[i];
  return sig + ")";
}

std::string attributeSignature(const Directives &d, std::string_view name, const Type *type, std::string_view module) {
  if (d.signatureFormat == Format::Python) {
    std::string t = pythonSpelling(d, type);
    return t.empty() ? "" : fmt::format("{}: {}", name, t);
  }
  if (!type->isObject()) // C types are quoted, as Cython writes a C type's name
    return fmt::format("{}: '{}'", name, cSpelling(type));
  if (type->extension)
    return fmt::format("{}: {}.{}", name, module, type->name);
  return fmt::format("{}: {}", name, cSpelling(type));
}

std::string propertySignature(const Directives &d, std::string_view className, std::string_view name,
                              const Expr *returns, const SourceFile &file) {
  if (!returns)
    return "";
  if (d.signatureFormat == Format::Python)
    return fmt::format("{}: {}", name, unparse(returns, file));
  return fmt::format("{}.{}: {}", className, name, unparse(returns, file));
}

} // namespace pyxc::sema
