// C++ classes as sema reads them (`cdef cppclass`): looking up members of
// an instance (its own, then its bases'), choosing among overloads by the
// arguments' types, and the operators Python syntax calls.
#pragma once

#include "sema/types.h"

#include <optional>
#include <string_view>
#include <vector>

namespace pyxc::sema {

// A member of a C++ class instance, with its type in that instance.
struct CppMemberRef {
  const CppClass::Member *member = nullptr;
  const Type *type = nullptr;
  const Type *owner = nullptr; // the instance (or base instance) that declares it
};

// The members named `name` of an instance: its own overloads, else its
// bases' (depth first, in declaration order), as C++ hides names.
std::vector<CppMemberRef> cppMembers(TypeTable &types, const Type *instance, std::string_view name);

// Whether class `derived` is class `base` (any instance of it) or derives
// from it, through any number of bases.
bool cppDerivesFrom(TypeTable &types, const Type *derived, const Type *base);

// The C++ operator a Python operator calls ("operator+"), by the
// spelling of the Python operator ("+", "[]", "==", "unary -").
std::string cppOperatorName(std::string_view pythonOperator);

// How well an argument of type `arg` (null: an integer literal; object: any
// Python object, converted) matches a parameter: 3 exactly, 2 by a
// promotion of its kind, 1 by a conversion, 0 not at all.
int cppArgumentMatch(const Type *arg, const Type *param);

// The overload of `candidates` (C function types) the arguments call, as
// C++ picks the best viable one; null when none takes them (or two tie).
// `ambiguous` is set when two tie.
const Type *pickOverload(const std::vector<const Type *> &candidates, const std::vector<const Type *> &args,
                         bool *ambiguous = nullptr);

// Whether a C++ class instance converts to and from Python objects as
// Cython converts the standard library's containers and strings (element
// types too): vector, list -> list; set, unordered_set -> set; map,
// unordered_map -> dict; pair -> tuple; string -> bytes.
bool cppConvertsToPython(const Type *t);
bool cppConvertsFromPython(const Type *t);
// The standard container an instance is ("std::vector", ...), or empty.
std::string_view cppStandardClass(const Type *t);

} // namespace pyxc::sema

namespace pyxc::sema {
// The member `name` of a class instance or its bases (its C++ name), as declared.
const CppClass::Member *cppMember(const Type *cls, std::string_view name);
} // namespace pyxc::sema
