// The types of the typed AST: Python objects, and the C types Cython adds
// (integers, floating point, bint, pointers, arrays, C functions). Types are
// made once by a TypeTable and compared by address.
#pragma once

#include "frontend/source.h"

#include <deque>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pyxc::ast {
struct CppClassDef;
}

namespace pyxc::sema {

enum class TypeKind : uint8_t {
  Object, Void, Bint, Int, Float, Complex, Pointer, Array, Function, Struct, MemoryView,
  CppClass,      // an instance of a C++ class (`cdef cppclass`), templates instantiated
  TemplateParam, // a C++ template's parameter (`T` in `cppclass vector[T]`), in its members' types
  Error
};

// How a C function reports an exception to its caller.
enum class ExceptStyle : uint8_t {
  NoExcept,   // `noexcept`: it cannot; errors are written as unraisable
  Value,      // `except V`: returning V always means an error
  MaybeValue, // `except? V`: V means an error when an exception is set
  Star,       // `except *`: the caller checks for a set exception after every call
  Object,     // returns a Python object: null means an error
  Cpp,        // `except +`: a C++ exception it throws becomes a Python one where it is called
};

struct Type;
struct ExtensionType;
struct CppClass;
struct CSymbol; // sema/typer.h

struct Param {
  std::string name;
  const Type *type;
  bool hasDefault = false;
  // `E x not None`, or an annotation naming an extension type (`x: E`, which
  // Cython reads as not None): C calls check their argument for None.
  bool notNone = false;
  bool reference = false; // C++'s `T&`: an object converted for it is a copy the function sees
  bool constReference = false; // `const T&` (a compiled function's parameter is printed as one)
};

struct Type {
  TypeKind kind = TypeKind::Error;
  // Int, Float and Complex: the C spelling ("unsigned long", "Py_ssize_t", "double complex");
  // Object: "object" or the builtin type ("list", "dict", ...).
  std::string name;
  // Int: char 1, short 2, int 3, long 4, Py_ssize_t/size_t 5, long long 6;
  // Float: float 1, double 2, long double 3 (Cython's ordering).
  int rank = 0;
  bool isSigned = true;
  const Type *target = nullptr; // Pointer and Array: the element; Function: the result; Complex: the part
  long long length = 0;         // Array
  std::vector<Param> params;    // Function; Struct: the fields
  bool isUnion = false;         // Struct
  bool packed = false;          // Struct: `cdef packed struct`
  bool fromHeader = false;      // Struct: declared in an extern block (the header defines it)
  bool contiguous = false;      // MemoryView: `::1` on the last dimension (length: the dimensions)
  bool readonly = false;        // MemoryView: `const double[:]`
  // Object: Cython's buffer syntax, `np.ndarray[double, ndim=2, mode='c']`:
  // an object of the type whose buffer has `length` dimensions of `target`
  // elements (`contiguous`: mode='c').
  bool buffer = false;
  std::string elementName; // buffer: the element type as written ("float64_t"), for messages
  bool typedefName = false;     // Struct: C names it without the `struct` keyword
  bool incomplete = false;      // Struct: declared (`cdef struct S`) but its fields never given
  bool nogil = false;           // Function
  bool exceptionType = false;   // Object: a builtin exception type (`cdef ValueError e`): subclasses match
  bool varargs = false;         // Function: `...`
  ExceptStyle except = ExceptStyle::NoExcept;
  std::string exceptValue; // Value/MaybeValue: the value as a C literal; Cpp: the handler ("": Cython's mapping,
                           // "*": that, then a Python exception set by the call; else a Python exception type's name)
  bool cppHandlerFunction = false; // Cpp: exceptValue is the C name of a function that sets the Python exception
  bool referenceResult = false;    // Function: returns a C++ reference (`T& front()`): its call is an lvalue
  bool rvalueResult = false;       // Function: returns an rvalue reference (`T&& move(T&)`)
  std::string pythonEnum;  // Int: the cpdef enum whose Python class its values convert to
  bool scopedEnum = false; // ... a C++ enum class: only its items convert from Python (ValueError)
  // Int: an enum a header declares, spelled by its name (C++ converts an int
  // to it only by a cast); arithmetic on it is arithmetic on int.
  bool isEnum = false;
  bool headerInt = false; // Int: a header's typedef (`ctypedef int Int24`): C++ knows its size (it may be a class)
  // Object: an extension type (`cdef class`): its layout, methods and
  // attributes; null for `object` and the builtin types.
  const ExtensionType *extension = nullptr;
  // CppClass: the class and its template arguments (its outer classes'
  // first, for a nested class); TemplateParam: `name` is the parameter's.
  const CppClass *cpp = nullptr;
  std::vector<const Type *> templateArgs;

  bool isObject() const { return kind == TypeKind::Object; }
  bool isNumeric() const {
    return kind == TypeKind::Int || kind == TypeKind::Float || kind == TypeKind::Bint || kind == TypeKind::Complex;
  }
  bool isIntegral() const { return kind == TypeKind::Int || kind == TypeKind::Bint; }
  // A pointer to chars (char *, unsigned char *...): bytes lend their
  // data to it, and it converts to bytes.
  bool isCharPointer() const { return kind == TypeKind::Pointer && target->kind == TypeKind::Int && target->rank == 1; }
  // A C value that converts to and from a Python object.
  bool coercesToObject() const { return isNumeric(); }
};

// A `cdef class`: a Python type whose instances are a C struct (its C
// attributes after the object header, its base's first) with a table of
// C methods (cdef and cpdef methods, called through it from typed code).
struct ExtensionType {
  struct Attribute {
    std::string name;
    const Type *type = nullptr;
    bool pythonVisible = false; // `cdef public` / `cdef readonly`: a descriptor on the type
    bool writable = false;      // `cdef public`
    std::string doc;            // the string statement after its declaration (its descriptor's __doc__)
    std::string cName;          // an extern type's: the header struct's member (`cdef int x "c_x"`), else empty
    const SourceFile *declaredIn = nullptr; // where it is declared (for "Previous declaration is here")
    SourceLoc declaredAt;
  };
  struct Method {
    std::string name;
    const Type *signature = nullptr; // a C function type; the first parameter is self
    bool cpdef = false;              // also a Python method (overridable from Python)
    bool isStatic = false;           // @staticmethod: no self, not in the method table
    bool final = false;              // @cython.final: subclasses may not override it
    // __getbuffer__ / __releasebuffer__: called by the type's buffer slots,
    // not through the table (frontend/buffer_methods.h).
    bool bufferSlot = false;
    // `@property cdef inline T name(self)` of an extern type (Cython's
    // declarations of datetime, complex, array, numpy's ndarray): `obj.name`
    // calls it, compiled into the module; not in a method table.
    bool property = false;
    const ExtensionType *owner = nullptr; // the class that declares it first
    // An entry of the class's table of C methods (called through it).
    bool inTable() const { return !isStatic && !bufferSlot && !property; }
    const CSymbol *symbol = nullptr; // the C function (its definition, whether it can raise)
  };
  std::string name;    // the Python name
  std::string module;  // the dotted module that defines it
  const Type *type = nullptr;             // the static type of its instances
  const ExtensionType *base = nullptr;    // null: object, or the builtin base
  std::string builtinBase;                // `cdef class L(list)`: the builtin type it extends (else empty)
  std::vector<Attribute> attributes;      // its own, in declaration order
  std::vector<Method> methods;            // its own cdef/cpdef methods (overrides too), in order
  bool final = false;                     // @cython.final: no subclasses, methods called directly
  bool implemented = false;               // its body is compiled here (not only declared)
  bool imported = false;                  // another module's, declared by a cimported .pxd
  bool declared = false;                  // a declaration (forward, .pxd or definition) was read
  bool membersDeclared = false;           // a declaration with a body (its attributes) was read
  // `cdef extern class pkg.Name [object S, type T, check_size warn]` (and
  // `ctypedef class` in an extern block): a type some C library defines.
  // Its instances are the header's struct `cStruct` (empty: one pyxc lays
  // out from the declared attributes, as for a cimported class); its type
  // object is the header's `cTypeObject`, else imported from `module` when
  // the module runs, its size checked as `checkSize` says.
  bool external = false;
  std::string cStruct, cTypeObject;
  std::string checkSize = "warn"; // "warn", "error" or "ignore"

  const Attribute *attribute(std::string_view n) const {
    for (const ExtensionType *e = this; e; e = e->base)
      for (const Attribute &a : e->attributes)
        if (a.name == n)
          return &a;
    return nullptr;
  }
  // The most derived declaration of the method `n` (this class's first);
  // property methods are read as attributes (property()), never called.
  const Method *method(std::string_view n) const {
    for (const ExtensionType *e = this; e; e = e->base)
      for (const Method &m : e->methods)
        if (m.name == n)
          return m.property ? nullptr : &m;
    return nullptr;
  }
  // The property method `n` (`@property cdef inline`) this type declares;
  // null if none. As in Cython, a subclass does not read its base's as C.
  const Method *property(std::string_view n) const {
    for (const Method &m : methods)
      if (m.name == n && m.property)
        return &m;
    return nullptr;
  }
  bool isSubtypeOf(const ExtensionType *other) const {
    for (const ExtensionType *e = this; e; e = e->base)
      if (e == other)
        return true;
    return false;
  }
};

// A C++ class (`cdef cppclass` in an extern block): its members as
// declared, their types written with its template parameters (and its outer
// classes', for a nested class), which an instance's Type substitutes
// (TypeTable::memberType).
struct CppClass {
  struct Member {
    std::string name;  // Cython's name: "push_back", "operator[]", "operator=="
    std::string cname; // C++'s (`void f "g"()`): the same unless a string renames it
    const Type *type = nullptr; // a field's type, or a method's C function type
    bool method = false;
    bool isStatic = false;
    std::vector<std::string> templateParams; // a member template's (`void insert[It](It, It)`)
  };
  std::string name;  // Cython's: "vector"
  std::string cname; // C++'s: "std::vector" (a nested class: its own name, "iterator")
  const Type *outer = nullptr; // a nested class: the class it is in (with the outer template parameters)
  std::vector<std::string> params; // template parameters, the outer classes' first
  size_t ownParams = 0;            // this class's own (the last ones)
  size_t optionalParams = 0;       // trailing own ones with defaults (`T=*`)
  std::vector<const Type *> bases; // with the template parameters
  std::vector<Member> members;     // fields, methods and operators, in declaration order
  std::vector<const Type *> constructors; // C function types returning the class
  std::map<std::string, const Type *, std::less<>> types; // nested classes and ctypedefs
  bool complete = false; // a body was read (an empty class, or one declared first without one, is incomplete)
  const ast::CppClassDef *definition = nullptr; // the body read
  // The module's own class: the definition whose methods have the bodies
  // compiled (the .pyx's where the module's .pxd declared the class).
  const ast::CppClassDef *bodies = nullptr;
  bool nogil = false;    // `cppclass C nogil:`: its methods need no GIL
  const Type *generic = nullptr; // the instance with the class's own parameters as arguments
};

class TypeTable {
public:
  TypeTable();

  const Type *object() const { return object_; }
  const Type *voidType() const { return void_; }
  const Type *bint() const { return bint_; }
  const Type *error() const { return error_; }
  const Type *cLong() const { return named_.at("long"); }
  // Python's int as a static type (`x: int` in Cython code): an object,
  // not C's int, which owns the name.
  const Type *pythonInt() const { return pythonInt_; }
  const Type *cDouble() const { return named_.at("double"); }
  // `float complex`, `double complex`, `long double complex` of a float type.
  const Type *complexOf(const Type *part) const { return named_.at(part->name + " complex"); }

  // A type by the name Cython gives it: "int", "unsigned long long",
  // "Py_ssize_t", "double", "bint", "object", "list", ...; null if unknown.
  const Type *byName(std::string_view name) const;
  // A C type every module has (`long`, `double`, `Py_ssize_t`, `bint`):
  // no value in an expression, as in Cython.
  bool isPrimitiveName(std::string_view name) const;
  void declareBufferStruct();
  // A name for a type (ctypedef): later byName() calls find it.
  void define(std::string_view name, const Type *t) { named_[std::string(name)] = t; }
  // An integer type that C code names (an extern ctypedef such as int64_t).
  const Type *externInt(std::string_view cname, const Type *like);
  const Type *externEnum(std::string_view cname, bool scoped = false);
  // A cpdef enum's type: an int to C, a member of the enum's class to Python.
  const Type *cpdefEnum(std::string_view name, bool scoped = false);
  // A new extension type named `name` (its fields filled in by the caller;
  // later byName() calls find it).
  ExtensionType *extensionType(std::string_view name, std::string_view module);

  // A struct or union (fields are filled in by the caller, which may
  // refer to the struct itself first).
  Type *structType(std::string_view cname, bool isUnion, bool typedefName);
  const Type *memoryView(const Type *of, int ndim, bool contiguous, bool readonly);
  // `base[dtype, ndim=N, mode='c']` (Type::buffer).
  const Type *bufferObject(const Type *base, const Type *dtype, std::string_view dtypeName, int ndim, bool contiguous);
  const Type *pointer(const Type *to);
  // C++ classes (sema/cpp_types.cpp): a new class (members filled in by the
  // caller); its instance with template arguments (interned); a template
  // parameter; a type with template parameters replaced by arguments.
  CppClass *cppClass(std::string_view name, std::string_view cname);
  const Type *cppInstance(const CppClass *c, std::vector<const Type *> args);
  const Type *templateParam(std::string_view name);
  const Type *substitute(const Type *t, const std::vector<std::string> &params, const std::vector<const Type *> &args);
  // A member's type in an instance (its class's template parameters
  // replaced by the instance's arguments).
  const Type *memberType(const Type *instance, const Type *declared) {
    return instance->cpp ? substitute(declared, instance->cpp->params, instance->templateArgs) : declared;
  }
  // Forgets a name (the template parameters once a class's members are read).
  void undefine(std::string_view name) { named_.erase(std::string(name)); }
  const Type *array(const Type *of, long long length);
  const Type *function(const Type *result, std::vector<Param> params, ExceptStyle except, std::string exceptValue,
                       bool nogil);

  // The type of C arithmetic between a and b: the wider, by Cython's ranks
  // (complex beats floating beats integral; at equal rank unsigned wins).
  const Type *widest(const Type *a, const Type *b) const;

private:
  std::deque<Type> types_;
  std::deque<ExtensionType> extensions_;
  std::deque<CppClass> cppClasses_;
  std::map<std::pair<const CppClass *, std::vector<const Type *>>, const Type *> cppInstances_;
  std::map<std::string, const Type *, std::less<>> templateParams_;
  std::map<std::string, const Type *> named_;
  std::set<std::string> primitiveNames_; // the C types declared before any module's (isPrimitiveName)
  std::map<std::pair<const Type *, long long>, const Type *> derived_; // pointers (-1) and arrays
  const Type *object_, *void_, *bint_, *error_, *pythonInt_;
  const Type *add(Type t);
};

// How Cython writes a type in messages: "int", "double *", "long[10]".
std::string describe(const Type *t);

// Whether a union converts to a Python dict as Cython allows: not when a
// pointer member (whose target may not be valid) shares it with other
// members, nor two different pointer types.
bool unionConvertsToPython(const Type *t);

// The runtime test of truth for a value typed as a sized builtin (list,
// tuple, set, frozenset, bytes, bytearray, str): its length, read without
// the GIL, as Cython allows. Empty for every other type.
std::string_view sizedTruthTest(const Type *t);

} // namespace pyxc::sema
