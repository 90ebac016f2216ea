import kernels

print(kernels.calls())
print(kernels.scale(2.5, 3), kernels.scale["float|int"](2.5, 3))
print(sorted(kernels.scale.__signatures__))
