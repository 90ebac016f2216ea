from .moments import mean, variance
from .histogram import Histogram

__all__ = ["mean", "variance", "Histogram"]
