#include "shelf.hpp"

namespace shelf {

Inventory::Inventory(double discount) : discount_(discount) {
  if (discount < 0 || discount >= 1)
    throw std::invalid_argument("the discount is a fraction in [0, 1)");
}

void Inventory::add(const std::string &name, double price, int count) {
  Item &item = items_[name];
  if (item.name.empty()) {
    item.name = name;
    item.price = price;
  }
  item.count += count;
}

void Inventory::take(const std::string &name, int count) {
  auto it = items_.find(name);
  if (it == items_.end())
    throw std::invalid_argument("no item named " + name);
  if (it->second.count < count)
    throw std::out_of_range("only " + std::to_string(it->second.count) + " left of " + name);
  it->second.count -= count;
}

const Item &Inventory::find(const std::string &name) const {
  auto it = items_.find(name);
  if (it == items_.end())
    throw std::invalid_argument("no item named " + name);
  return it->second;
}

double Inventory::value() const {
  double total = 0;
  for (const auto &[name, item] : items_)
    total += item.price * item.count;
  return total * (1 - discount_);
}

std::vector<std::string> Inventory::names() const {
  std::vector<std::string> result;
  for (const auto &[name, item] : items_)
    result.push_back(name);
  return result;
}

std::map<std::string, int> Inventory::counts() const {
  std::map<std::string, int> result;
  for (const auto &[name, item] : items_)
    result[name] = item.count;
  return result;
}

} // namespace shelf
