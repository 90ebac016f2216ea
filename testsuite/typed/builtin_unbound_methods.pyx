# bytearray.append of a one-character literal appends its code; unbound
# methods of builtin types that Cython compiles to C calls refuse None in
# Cython's words.
def append(bytearray b):
    b.append('X')
    b.append(b'Y')
    b.append(64)
    return b

def decode(bytearray b):
    return bytearray.decode(b, 'utf8')

def decode_bytes(bytes b):
    return bytes.decode(b, 'ascii')

def join(str sep, items):
    return str.join(sep, items)

def pop(dict d, key):
    return dict.pop(d, key, None)

print(append(bytearray(b'a')))
print(decode(bytearray(b'xy')), decode_bytes(b'z'), join("-", "abc"), pop({1: 2}, 1))
for f, arg in [(decode, None), (decode_bytes, None), (lambda s: join(s, "ab"), None), (lambda d: pop(d, 1), None)]:
    try:
        f(arg)
    except TypeError as e:
        print("TypeError", e)
