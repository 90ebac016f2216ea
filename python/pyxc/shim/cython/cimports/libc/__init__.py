"""Stand-ins for the C standard library's declarations under CPython."""
