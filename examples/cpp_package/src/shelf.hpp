// A small C++ library: an inventory of items and a fixed-size ring
// buffer template. Errors are C++ exceptions.
#pragma once

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace shelf {

struct Item {
  std::string name;
  double price = 0;
  int count = 0;
};

class Inventory {
public:
  Inventory() = default;
  explicit Inventory(double discount);
  // Adds `count` of an item (its price set by the first addition).
  void add(const std::string &name, double price, int count);
  // Takes `count` away; std::invalid_argument for an unknown item,
  // std::out_of_range when fewer are left.
  void take(const std::string &name, int count);
  const Item &find(const std::string &name) const;
  double value() const; // every item's price times its count, less the discount
  std::vector<std::string> names() const;
  std::map<std::string, int> counts() const;
  std::size_t size() const { return items_.size(); }

private:
  std::map<std::string, Item> items_;
  double discount_ = 0;
};

// The last N values pushed (oldest first); pop() takes the oldest.
template <class T> class RingBuffer {
public:
  explicit RingBuffer(std::size_t capacity) : data_(capacity) {
    if (capacity == 0)
      throw std::invalid_argument("a ring buffer needs room for one value");
  }
  void push(const T &value) {
    data_[(start_ + size_) % data_.size()] = value;
    if (size_ < data_.size())
      ++size_;
    else
      start_ = (start_ + 1) % data_.size();
  }
  T pop() {
    if (size_ == 0)
      throw std::out_of_range("pop from an empty ring buffer");
    T value = data_[start_];
    start_ = (start_ + 1) % data_.size();
    --size_;
    return value;
  }
  const T &operator[](std::size_t i) const { return data_[(start_ + i) % data_.size()]; }
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return data_.size(); }

private:
  std::vector<T> data_;
  std::size_t start_ = 0, size_ = 0;
};

} // namespace shelf
