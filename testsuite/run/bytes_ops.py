b = b"hello world"
print(b.upper(), b.split(), b[0], b[1:4], b.find(b"o"), b + b"!", b * 2, len(b), bytes([65, 66]), b.hex())
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, bytes(ba), ba.decode(), list(b"ab"), b"a" in b, b.replace(b"l", b"L"))
print(b"%d-%s" % (5, b"x"), bytes.fromhex("4142"), b"\x00\xff".hex(), b"abc".startswith(b"a"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
