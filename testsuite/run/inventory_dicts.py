inventory = {"apples": 5, "pears": 0, "plums": 12}
orders = [("apples", 3), ("pears", 1), ("plums", 5), ("kiwis", 2), ("apples", 3)]
filled, failed = [], []
for item, qty in orders:
    have = inventory.get(item, 0)
    if have >= qty:
        inventory[item] = have - qty
        filled.append(item)
    else:
        failed.append((item, qty - have))
print(filled, failed, {k: v for k, v in inventory.items() if v})
by_stock = sorted(inventory, key=inventory.get, reverse=True)
print(by_stock, sum(inventory.values()), max(inventory.items(), key=lambda kv: kv[1]))
