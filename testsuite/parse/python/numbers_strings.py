ints = [0, 00, 0_0, 123_456, 0xDEAD_beef, 0o17, 0b1010_1010, 99999999999999999999999999999]
floats = [1., .5, 1e10, 1E-3, 1_0.5_0, 1e-05, 1e16, 1e15, 123456789012345678.0, 1e400, 0.1, 2.5e-300]
complexes = [1j, 1.5J, 1e10j, 0j, 1e400j, 1_000j]
strings = ['a' "b" '''c''' """d""", r'\n', 'it\'s', "say \"hi\"", '\t\r\x0b\x1f\x7f\x80\xa0\xad', 'é ☃ \u2028 \ud800']
raw = [R"\'", Rb"\x", BR'\\', br"x"]
weird = "\
continued"
ident = [ﬁ, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, µ, Ω]
x = 1if 1else 2
y = [0x1for x in []]
