"""A package whose modules pyxc compiles."""
VERSION = "1.0"
