// A bump allocator for the AST: nodes, their lists and interned strings live
// as long as the Arena and are freed together. Everything allocated here must
// be trivially destructible.
#pragma once

#include <cstring>
#include <memory_resource>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pyxc {

class Arena {
public:
  template <class T, class... Args> T *make(Args &&...args) {
    static_assert(std::is_trivially_destructible_v<T>);
    void *mem = pool_.allocate(sizeof(T), alignof(T));
    return new (mem) T{std::forward<Args>(args)...};
  }

  template <class T> std::span<T> copy(const std::vector<T> &items) {
    static_assert(std::is_trivially_destructible_v<T>);
    if (items.empty())
      return {};
    T *mem = static_cast<T *>(pool_.allocate(sizeof(T) * items.size(), alignof(T)));
    std::uninitialized_copy(items.begin(), items.end(), mem);
    return {mem, items.size()};
  }

  std::string_view str(std::string_view s) {
    if (s.empty())
      return {};
    char *mem = static_cast<char *>(pool_.allocate(s.size(), 1));
    std::memcpy(mem, s.data(), s.size());
    return {mem, s.size()};
  }

private:
  std::pmr::monotonic_buffer_resource pool_{1 << 16};
};

} // namespace pyxc
