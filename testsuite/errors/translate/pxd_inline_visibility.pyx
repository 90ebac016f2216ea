# A .pxd's inline functions may be neither public nor api.
from included.inline_visibility cimport exported
