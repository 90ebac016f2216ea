"""Run against the installed package: python tests/test_textkit.py"""
import textkit
from textkit import WordCounter, count_vowels


def test_all():
    assert textkit._counting.__file__.endswith(".so"), textkit._counting.__file__
    assert count_vowels("Hello, World") == 3
    w = WordCounter().feed("the cat and the hat").feed("the end")
    assert w.total == 7
    assert w.most_common(2) == [("the", 3), ("and", 1)]


if __name__ == "__main__":
    test_all()
    print("textkit: ok")
