# std::pair (as libcpp.utility declares it).
from libcpp.utility cimport pair
