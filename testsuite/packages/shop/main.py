import shop.pricing as pricing
from shop.sub import tax
from .pricing import price

print(pricing.describe(), price(10), price(10, "us"), tax.rate("none"), __name__, __package__)
print(pricing.price.__module__, tax.__name__)
