def parse_kv(text):
    result = {}
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        if not sep:
            raise ValueError(f"missing '=' in {part!r}")
        result[key.strip()] = value.strip() if not value.strip().isdigit() else int(value)
    return result
print(parse_kv("a=1; b = two ;c=3;;"))
try:
    parse_kv("a=1;broken")
except ValueError as e:
    print("ValueError:", e)
def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit():
            num += ch
        else:
            if num:
                tokens.append(int(num))
                num = ""
            if ch in "+-*/()":
                tokens.append(ch)
    if num:
        tokens.append(int(num))
    return tokens
print(tokenize("12+(3*45)-6"))
