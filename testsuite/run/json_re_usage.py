import json, re
data = {"name": "pyxc", "tags": ["c++", "python"], "stars": 5, "nested": {"ok": True, "none": None}}
text = json.dumps(data, sort_keys=True)
print(text, json.loads(text) == data, json.dumps([1.5, "é"], ensure_ascii=False))
m = re.match(r"(\w+)-(\d+)", "item-42 rest")
print(m.group(1), int(m.group(2)) + 1, m.span(), re.findall(r"\d", "a1b22c3"), re.sub(r"\s+", " ", "a  b\t c"))
pattern = re.compile(r"(?P<key>\w+)=(?P<val>\w+)")
print([mm.groupdict() for mm in pattern.finditer("a=1 b=2")], re.split(r"[,;]", "x,y;z"))
