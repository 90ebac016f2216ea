from ._counting import WordCounter, count_vowels

__all__ = ["WordCounter", "count_vowels"]
