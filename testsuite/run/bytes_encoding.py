text = "Grüße, 世界"
for enc in ("utf-8", "utf-16-le", "latin-1"):
    try:
        data = text.encode(enc)
        print(enc, len(data), data[:6], data.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e.reason, e.start, e.end)
print(text.encode("ascii", "replace"), text.encode("ascii", "ignore"), b"\xe4".decode("latin-1"))
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
