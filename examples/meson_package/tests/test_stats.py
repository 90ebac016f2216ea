"""Run against the installed package: python tests/test_stats.py"""
import stats
from stats import Histogram, mean, variance


def test_all():
    assert stats.moments.__file__.endswith(".so"), stats.moments.__file__
    assert mean([1, 2, 3, 4]) == 2.5
    assert variance([1, 2, 3, 4]) == 1.25
    try:
        mean([])
    except ValueError as e:
        assert str(e) == "mean of no values"
    else:
        raise AssertionError("mean([]) did not raise")
    h = Histogram(0.0, 1.0, 4).extend([0.1, 0.3, 0.35, 0.9, 1.5, -1])
    assert h.counts == [1, 2, 0, 1], h.counts


if __name__ == "__main__":
    test_all()
    print("stats: ok")
