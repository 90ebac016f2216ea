RATES = {"eu": 0.2, "us": 0.07}

def rate(region):
    from .. import VERSION
    return RATES.get(region, 0.0) if VERSION else 0.0
