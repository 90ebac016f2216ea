samples = ["tab\there", "quote'single", 'quote"double', "both'\"", "back\\slash", "nul\0", "\x7f\x80", "é\u2028"]
for s in samples:
    print(repr(s), len(s))
print(repr(b"\x00\n\\'"), repr(r"\d+"), "\101\x42\u0043", "a\
b")
