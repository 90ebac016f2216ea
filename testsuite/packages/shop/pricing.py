from . import VERSION
from .sub.tax import rate as tax_rate

def price(amount, region="eu"):
    return round(amount * (1 + tax_rate(region)), 2)

def describe():
    return f"pricing {VERSION} in {__name__}"
