// cdef classes (extension types), as the lowering planned them
// (ir::ExtensionClass): the C++ struct of their instances, their table of
// C methods, their type slots (tp_new, tp_dealloc, tp_traverse, tp_clear,
// descriptors of public attributes), the statement that runs their body,
// and typed access to their attributes.
//
// Each class's slot functions are static members of its object struct
// (`obj_Point::tp_new`), so their names cannot collide with any other.
#include "codegen/emitter_impl.h"
#include "sema/signatures.h"

#include <fmt/format.h>

namespace pyxc::codegen {

using namespace ast;
using sema::Binding;
using sema::Type;
using sema::TypeKind;

namespace {

// The class of the hierarchy whose struct holds the method table's pointer.
const ir::ExtensionClass *vtableHolder(const ir::ExtensionClass *c) {
  while (c && !c->holdsVtablePointer)
    c = c->base;
  return c;
}

// A C method's table member: a pointer to its C function (self as a
// PyObject *, whichever class implements it).
std::string slotDeclaration(const ir::ExtensionClass::Method &m) {
  const Type *sig = m.method->signature;
  std::string params = "PyObject *";
  for (size_t i = 1; i < sig->params.size(); ++i)
    params += ", " + cType(sig->params[i].type);
  if (sig->varargs)
    params += ", ...";
  return fmt::format("{} (*{})({})", cType(sig->target), m.slot, params);
}

using ir::specialMethod;

// A builtin base's C struct and type object.
struct BuiltinBase {
  const char *object, *type;
};
BuiltinBase builtinBase(std::string_view name) {
  static const std::map<std::string_view, BuiltinBase> bases = {
      {"list", {"PyListObject", "PyList_Type"}},           {"dict", {"PyDictObject", "PyDict_Type"}},
      {"set", {"PySetObject", "PySet_Type"}},              {"bytearray", {"PyByteArrayObject", "PyByteArray_Type"}},
      {"float", {"PyFloatObject", "PyFloat_Type"}},        {"complex", {"PyComplexObject", "PyComplex_Type"}},
      {"Exception", {"PyBaseExceptionObject", "(*reinterpret_cast<PyTypeObject *>(PyExc_Exception))"}},
      {"BaseException", {"PyBaseExceptionObject", "(*reinterpret_cast<PyTypeObject *>(PyExc_BaseException))"}},
      {"str", {"PyUnicodeObject", "PyUnicode_Type"}},      {"unicode", {"PyUnicodeObject", "PyUnicode_Type"}},
  };
  return bases.at(name);
}

} // namespace

std::string ModuleEmitter::staticTypeObject(const Type *t) const {
  if (t->extension) {
    const ir::ExtensionClass *c = ir.extensionClass(t->extension);
    return c ? c->typeObject : "";
  }
  return builtinTypeObject(t);
}

std::string ModuleEmitter::bufferCheck(const Type *t, const std::string &value) const {
  if (!t->buffer)
    return "";
  std::string element = cType(t->target);
  return fmt::format("pyxc::checkBuffer({}, {{pyxc::bufferKind<{}>(), sizeof({}), {}, {}, true, {}}})", value, element,
                     element, cString(t->elementName), t->length, t->contiguous ? "true" : "false");
}

std::string ModuleEmitter::staticTypeCheck(const Type *t, const std::string &value) const {
  std::string type = staticTypeObject(t);
  if (t->buffer && !type.empty()) // the type, then the buffer
    return fmt::format("(pyxc::checkInstance({}, {}) < 0 || {} < 0 ? -1 : 0)", value, type, bufferCheck(t, value));
  if (t->buffer)
    return bufferCheck(t, value);
  if (type.empty())
    return "";
  if (t->exceptionType)
    return fmt::format("pyxc::checkStaticType({}, {}, true)", value, type);
  return fmt::format("pyxc::{}({}, {})", t->extension ? "checkInstance" : "checkStaticType", value, type);
}

// The structs, method tables and type globals of the module's cdef
// classes, bases first.
void ModuleEmitter::emitClassDeclarations(CppWriter &w) const {
  for (const auto &c : ir.classes) {
    if (c->external)
      w.line("// extern class {}.{}: a type a C library defines.", c->type->module, c->type->name);
    else if (c->imported)
      w.line("// cdef class {}.{} (cimported): its instances and its C methods, as its .pxd declares them.",
             c->type->module, c->type->name);
    else
      w.line("// cdef class {} ({}:{}): its instances and its C methods.", c->type->name, options.sourceName,
             file.lineCol(c->def->range.begin).line);
    if (!c->vtableStruct.empty()) {
      w.open(c->base && !c->base->vtableStruct.empty()
                 ? fmt::format("struct {} : {} {{", c->vtableStruct, c->base->vtableStruct)
                 : fmt::format("struct {} {{", c->vtableStruct));
      for (const ir::ExtensionClass::Method &m : c->methods)
        if (m.introduces)
          w.line("{};", slotDeclaration(m));
      w.close("};");
    }
    if (c->headerStruct) {
      w.line("// {}.{}: its instances are the header's {}.", c->type->module, c->type->name, c->objectStruct);
      w.line("PyTypeObject *{} = nullptr;", c->typeObject);
      continue;
    }
    w.open(c->base ? fmt::format("struct {} : {} {{", c->objectStruct, c->base->objectStruct)
                   : fmt::format("struct {} {{", c->objectStruct));
    if (!c->base && !c->builtinBase.empty())
      w.line("{} base; // the builtin type's instance", builtinBase(c->builtinBase).object);
    else if (!c->base)
      w.line("PyObject_HEAD");
    if (c->holdsVtablePointer)
      w.line("{} *vtab;", c->vtableStruct);
    for (const ir::ExtensionClass::Field &f : c->fields)
      w.line("{};", f.attribute->type->isObject() ? "PyObject *" + f.cName : cDeclaration(f.attribute->type, f.cName));
    if (!c->dictField.empty())
      w.line("PyObject *{}; // __dict__", c->dictField);
    if (!c->weakrefField.empty())
      w.line("PyObject *{}; // __weakref__", c->weakrefField);
    if (c->imported) {
      w.close("};");
      w.line("PyTypeObject *{} = nullptr; // {}.{}, imported", c->typeObject, c->type->module, c->type->name);
      if (!c->vtablePointer.empty())
        w.line("{} *{} = nullptr; // its table of C methods (its type's __pyx_vtable__)", c->vtableStruct,
               c->vtablePointer);
      continue;
    }
    w.line("static PyObject *tp_new(PyTypeObject *type, PyObject *args, PyObject *kwargs);");
    w.line("static void tp_dealloc(PyObject *self);");
    if (c->gc) {
      w.line("static int tp_traverse(PyObject *self, visitproc visit, void *arg);");
      w.line("static int tp_clear(PyObject *self);");
    }
    w.line("static int initType(PyObject *module, PyObject *bases = nullptr);");
    w.line("static inline PyObject *cinit = nullptr;   // __cinit__, taken from the class body");
    w.line("static inline PyObject *dealloc = nullptr; // __dealloc__");
    if (c->freelist) {
      w.line("static inline PyObject *freelist[{}] = {{}}; // @cython.freelist: freed instances kept for reuse", c->freelist);
      w.line("static inline int freeCount = 0;");
    }
    w.close("};");
    w.line("PyTypeObject *{} = nullptr;", c->typeObject);
    if (!c->vtableStruct.empty())
      w.line("{} {}{{}};", c->vtableStruct, c->vtable);
    if (c->pickling.enabled && c->pickling.refusal.empty()) // bound by the module body's end
      w.line("static PyObject *pickle_{}_unpickle(PyObject *, PyObject *args);", c->objectStruct);
  }
}

// A public attribute's getter (and setter, unless readonly), converting
// between its C type and Python objects.
void FunctionEmitter::emitAccessors(const ir::ExtensionClass &c, const ir::ExtensionClass::Field &f,
                                    std::vector<std::string> &getset) {
  std::string getter = fmt::format("get_{}", f.cName), setter = fmt::format("set_{}", f.cName);
  emitFieldGetter(c, f, getter);
  if (f.attribute->writable)
    emitFieldSetter(c, f, setter);
  getset.push_back(fmt::format("{{{}, {}, {}, {}, nullptr}},", m.cString(f.attribute->name), getter,
                               f.attribute->writable ? setter : "nullptr", f.doc.empty() ? "nullptr" : m.cString(f.doc)));
}

// The function body written so far, as `signature`, with the error path
// every converter shares.
void FunctionEmitter::finishConverter(const ir::ExtensionClass &c, const ir::ExtensionClass::Field &f,
                                      const std::string &signature, const std::string &failure, std::string_view what) {
  CppWriter out(0);
  out.open(fmt::format("{} {{", signature));
  out.line("int line = {};", c.def ? m.file.lineCol(c.def->range.begin).line : 0);
  out.raw(w.str());
  out.label("error");
  out.line("pyxc::addTraceback(\"{}.{}.{}.{}\", {}, line);", m.options.moduleName, c.type->name, f.attribute->name,
           what, c.def ? m.sourceNameOf(c.def) : "kSourceName");
  out.line("return {};", failure);
  out.close();
  m.functions.push_back(out.take());
  w = CppWriter(1);
}

// `name(self, closure)`: the attribute as a Python object.
void FunctionEmitter::emitFieldGetter(const ir::ExtensionClass &c, const ir::ExtensionClass::Field &f,
                                      const std::string &name) {
  const Type *t = f.attribute->type;
  std::string field = fmt::format("reinterpret_cast<{} *>(self)->{}", c.objectStruct, f.cName);
  targets.push_back({"error", "", "", ""});
  w.open(); // the conversion's temporaries end before the error path
  if (t->isObject())
    w.line("return Py_NewRef({});", field);
  else
    w.line("return {}.release();", box(field, t, c.def));
  w.close();
  finishConverter(c, f, fmt::format("static PyObject *{}(PyObject *self, void *)", name), "nullptr", "__get__");
  targets.pop_back();
}

// `name(self, value, closure)`: the attribute set from a Python object,
// converted (C values) or checked against the attribute's static type.
void FunctionEmitter::emitFieldSetter(const ir::ExtensionClass &c, const ir::ExtensionClass::Field &f,
                                      const std::string &name) {
  const Type *t = f.attribute->type;
  std::string field = fmt::format("reinterpret_cast<{} *>(self)->{}", c.objectStruct, f.cName);
  targets.push_back({"error", "", "", ""});
  w.open("if (!value) {");
  if (t->isObject()) {
    w.line("Py_SETREF({}, Py_NewRef(Py_None));", field);
    w.line("return 0;");
  } else {
    w.line("PyErr_SetString(PyExc_NotImplementedError, \"__del__\");");
    w.line("return -1;");
  }
  w.close();
  w.open(); // the conversion's temporaries end before the error path
  if (t->isObject()) {
    if (std::string check = m.staticTypeCheck(t, "value"); !check.empty())
      checkInt(check);
    w.line("Py_SETREF({}, Py_NewRef(value));", field);
  } else if (t->kind == TypeKind::Array) {
    std::string v = unbox("value", t, c.def);
    w.line("memcpy({}, {}, sizeof({}));", field, v, field);
  } else {
    std::string v = unbox("value", t, c.def);
    w.line("{} = {};", field, v);
  }
  w.line("return 0;");
  w.close();
  finishConverter(c, f, fmt::format("static int {}(PyObject *self, PyObject *value, void *)", name), "-1", "__set__");
  targets.pop_back();
}

// Cython's automatic pickling of a class (ir::ExtensionClass::Pickling):
// converters for every attribute of the state, the spec the runtime reads,
// __reduce_cython__ / __setstate_cython__, and `__pyx_unpickle_<Class>`.
// Returns the method table's entries.
std::vector<std::string> FunctionEmitter::emitPickling(const ir::ExtensionClass &c) {
  const ir::ExtensionClass::Pickling &p = c.pickling;
  std::string spec = fmt::format("pickle_{}", c.objectStruct);
  std::string members = "nullptr", names;
  if (p.refusal.empty()) {
    std::vector<std::string> entries;
    for (const auto &member : p.members) {
      const ir::ExtensionClass::Field &f = *member.field;
      std::string getter = fmt::format("pickle_get_{}", f.cName), setter = fmt::format("pickle_set_{}", f.cName);
      if (m.pickleConverters.insert(f.cName).second) { // a base's attributes: converted once
        emitFieldGetter(*member.owner, f, getter);
        emitFieldSetter(*member.owner, f, setter);
      }
      entries.push_back(fmt::format("{{{}, {}, {}, {}}},", m.cString(f.attribute->name), getter, setter,
                                    f.attribute->type->isObject() ? "true" : "false"));
      names += (names.empty() ? "" : ", ") + f.attribute->name;
    }
    members = spec + "_members";
    CppWriter table(0);
    table.open(fmt::format("static const pyxc::PickleMember {}[] = {{", members));
    for (const std::string &e : entries)
      table.line("{}", e);
    if (entries.empty())
      table.line("{{nullptr, nullptr, nullptr, false}},");
    table.close("};");
    m.functions.push_back(table.take());
  }
  CppWriter out(0);
  out.line("static pyxc::PickleSpec {} = {{{}, {}, {}, {}, {}, {}, &{}, {{0, 0, 0}}, false}};", spec,
           m.cString(c.type->name), m.cString(p.unpickleName), members, p.refusal.empty() ? p.members.size() : 0,
           m.cString(names), p.refusal.empty() ? "nullptr" : m.cString(p.refusal), c.typeObject);
  out.line("static PyObject *{}_reduce(PyObject *self, PyObject *) {{ return pyxc::reduceCython(self, {}, moduleGlobals); }}",
           spec, spec);
  out.line("static PyObject *{}_setstate(PyObject *self, PyObject *state) {{ return pyxc::setstateCython(self, state, {}); }}",
           spec, spec);
  if (p.refusal.empty())
    out.line("static PyObject *{}_unpickle(PyObject *, PyObject *args) {{ return pyxc::unpickleCython(args, {}); }}", spec,
             spec);
  m.functions.push_back(out.take());
  return {fmt::format("{{\"__reduce_cython__\", {}_reduce, METH_NOARGS, nullptr}},", spec),
          fmt::format("{{\"__setstate_cython__\", {}_setstate, METH_O, nullptr}},", spec)};
}

// The base class's slot function `slot`: its struct's (a class of this
// module), or through its type object (another module's class).
static std::string baseSlot(const ir::ExtensionClass &c, std::string_view slot) {
  if (c.base->imported)
    return fmt::format("{}->{}", c.base->typeObject, slot);
  return fmt::format("{}::{}", c.base->objectStruct, slot);
}

// The slot functions, descriptors and spec of each class, and the
// function that creates the types before the module body runs.
void ModuleEmitter::emitClassTypes(CppWriter &w) {
  for (const auto &owned : ir.classes) {
    const ir::ExtensionClass &c = *owned;
    if (c.imported)
      continue;
    const std::string &obj = c.objectStruct;
    std::vector<std::string> objectFields;
    for (const ir::ExtensionClass::Field &f : c.fields)
      if (f.attribute->type->isObject())
        objectFields.push_back(f.cName);

    // tp_new: the base's (or an allocation), the method table, None in
    // every object attribute, then __cinit__.
    const FunctionDef *cinit = specialMethod(c.def, "__cinit__");
    bool cinitTakesArguments = false;
    if (cinit) {
      const Arguments *a = cinit->args;
      cinitTakesArguments = a->posonlyargs.size() + a->args.size() + a->kwonlyargs.size() > 1 || a->vararg || a->kwarg;
    }
    w.open(fmt::format("PyObject *{}::tp_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {{", obj));
    if (c.base)
      w.line("PyObject *self = {}(type, args, kwargs);", baseSlot(c, "tp_new"));
    else if (!c.builtinBase.empty())
      w.line("PyObject *self = {}.tp_new(type, args, kwargs);", builtinBase(c.builtinBase).type);
    else if (c.freelist) {
      // A kept instance of exactly this class, wiped, or a new one.
      w.line("PyObject *self;");
      w.open(fmt::format("if (type == {} && freeCount > 0) {{", c.typeObject));
      w.line("self = freelist[--freeCount];");
      w.line("memset(static_cast<void *>(self), 0, sizeof({}));", obj);
      w.line("(void)PyObject_Init(self, type);");
      if (c.gc)
        w.line("PyObject_GC_Track(self);");
      w.middle("} else {");
      w.line("self = pyxc::allocInstance(type);");
      w.close();
    } else
      w.line("PyObject *self = pyxc::allocInstance(type);");
    w.line("if (!self)");
    w.line("  return nullptr;");
    if (!c.vtableStruct.empty())
      w.line("reinterpret_cast<{} *>(self)->vtab = &{};", obj, c.vtable);
    for (const std::string &f : objectFields)
      w.line("reinterpret_cast<{} *>(self)->{} = Py_NewRef(Py_None);", obj, f);
    if (!cinit) {
      w.line("(void)args;");
      w.line("(void)kwargs;");
    }
    w.open(fmt::format("if (cinit && pyxc::callCinit(cinit, self, args, kwargs, {}) < 0) {{",
                       cinitTakesArguments ? "true" : "false"));
    w.line("Py_DECREF(self);");
    w.line("return nullptr;");
    w.close();
    w.line("return self;");
    w.close();
    w.blank();

    // tp_dealloc: __dealloc__, the object attributes, then the base's.
    w.open(fmt::format("void {}::tp_dealloc(PyObject *self) {{", obj));
    if (c.gc)
      w.line("PyObject_GC_UnTrack(self);");
    if (!c.weakrefField.empty()) {
      w.line("if (reinterpret_cast<{} *>(self)->{})", obj, c.weakrefField);
      w.line("  PyObject_ClearWeakRefs(self);");
    }
    w.line("if (dealloc)");
    w.line("  pyxc::callDealloc(dealloc, self);");
    for (const std::string &f : objectFields)
      w.line("Py_CLEAR(reinterpret_cast<{} *>(self)->{});", obj, f);
    if (!c.dictField.empty())
      w.line("Py_CLEAR(reinterpret_cast<{} *>(self)->{});", obj, c.dictField);
    if (c.base) {
      w.line("{}(self);", baseSlot(c, "tp_dealloc"));
    } else if (!c.builtinBase.empty()) {
      w.line("PyTypeObject *type = Py_TYPE(self);");
      w.line("{}.tp_dealloc(self);", builtinBase(c.builtinBase).type);
      w.line("Py_DECREF(type); // instances of heap types own a reference to their type");
    } else {
      w.line("PyTypeObject *type = Py_TYPE(self);");
      if (c.freelist) {
        w.line("if (type == {} && freeCount < {})", c.typeObject, c.freelist);
        w.line("  freelist[freeCount++] = self;");
        w.line("else");
        w.line("  type->tp_free(self);");
      } else {
        w.line("type->tp_free(self);");
      }
      w.line("Py_DECREF(type); // instances of heap types own a reference to their type");
    }
    w.close();
    w.blank();

    if (c.gc) {
      w.open(fmt::format("int {}::tp_traverse(PyObject *self, visitproc visit, void *arg) {{", obj));
      for (const std::string &f : objectFields)
        w.line("Py_VISIT(reinterpret_cast<{} *>(self)->{});", obj, f);
      if (!c.dictField.empty())
        w.line("Py_VISIT(reinterpret_cast<{} *>(self)->{});", obj, c.dictField);
      if (c.base && c.base->gc) {
        w.line("return {}(self, visit, arg);", baseSlot(c, "tp_traverse"));
      } else if (!c.base && !c.builtinBase.empty() && c.builtinBase != "bytearray" && c.builtinBase != "float" &&
                 c.builtinBase != "complex") {
        w.line("Py_VISIT(Py_TYPE(self));");
        w.line("return {}.tp_traverse(self, visit, arg);", builtinBase(c.builtinBase).type);
      } else {
        w.line("Py_VISIT(Py_TYPE(self));");
        w.line("return 0;");
      }
      w.close();
      w.blank();
      w.open(fmt::format("int {}::tp_clear(PyObject *self) {{", obj));
      if (c.noGcClear) {
        // @cython.no_gc_clear: the collector leaves its attributes (and its
        // bases') for __dealloc__, which may need them.
        w.line("(void)self;");
        w.line("return 0;");
      } else {
        for (const std::string &f : objectFields)
          w.line("Py_SETREF(reinterpret_cast<{} *>(self)->{}, Py_NewRef(Py_None));", obj, f);
        if (!c.dictField.empty())
          w.line("Py_CLEAR(reinterpret_cast<{} *>(self)->{});", obj, c.dictField);
        if (c.base && c.base->gc)
          w.line("return {}(self);", baseSlot(c, "tp_clear"));
        else if (!c.base && !c.builtinBase.empty() && c.builtinBase != "bytearray" && c.builtinBase != "float" &&
                 c.builtinBase != "complex")
          w.line("return {}.tp_clear(self);", builtinBase(c.builtinBase).type);
        else
          w.line("return 0;");
      }
      w.close();
      w.blank();
    }

    // Descriptors of the public and readonly attributes.
    std::vector<std::string> getset;
    size_t written = functions.size(); // the module's functions are out already
    std::vector<std::string> methods;
    {
      FunctionEmitter accessors(*this, c.scope, nullptr);
      for (const ir::ExtensionClass::Field &f : c.fields)
        if (f.attribute->pythonVisible)
          accessors.emitAccessors(c, f, getset);
      if (c.pickling.enabled)
        methods = accessors.emitPickling(c);
    }
    if (!c.dictField.empty()) // `obj.__dict__` itself (getattr finds the dict's items without it)
      getset.push_back("{\"__dict__\", PyObject_GenericGetDict, PyObject_GenericSetDict, nullptr, nullptr},");
    for (size_t i = written; i < functions.size(); ++i) {
      w.raw(functions[i]);
      w.blank();
    }
    functions.resize(written);

    // The type: created from its spec; its method table filled (the
    // base's entries first, then this class's own and overriding ones).
    w.open(fmt::format("int {}::initType(PyObject *module, PyObject *bases) {{", obj));
    if (!getset.empty()) {
      w.open("static PyGetSetDef getset[] = {");
      for (const std::string &g : getset)
        w.line("{}", g);
      w.line("{{nullptr, nullptr, nullptr, nullptr, nullptr}},");
      w.close("};");
    }
    if (!methods.empty()) {
      w.open("static PyMethodDef methods[] = {");
      for (const std::string &method : methods)
        w.line("{}", method);
      w.line("{{nullptr, nullptr, 0, nullptr}},");
      w.close("};");
    }
    std::vector<std::pair<std::string, std::string>> offsets; // special member, field
    if (!c.dictField.empty())
      offsets.emplace_back("__dictoffset__", c.dictField);
    if (!c.weakrefField.empty())
      offsets.emplace_back("__weaklistoffset__", c.weakrefField);
    if (!offsets.empty()) {
      w.open("static PyMemberDef members[] = {");
      for (const auto &[name, field] : offsets)
        w.line("{{\"{}\", T_PYSSIZET, 0, READONLY, nullptr}},", name);
      w.line("{{nullptr, 0, 0, 0, nullptr}},");
      w.close("};");
      w.line("{} probe; // the offsets of the instance dict and weak references", obj);
      for (size_t i = 0; i < offsets.size(); ++i)
        w.line("members[{}].offset = reinterpret_cast<char *>(&probe.{}) - reinterpret_cast<char *>(&probe);", i,
               offsets[i].second);
    }
    w.open("static PyType_Slot slots[] = {");
    w.line("{{Py_tp_new, reinterpret_cast<void *>(tp_new)}},");
    w.line("{{Py_tp_dealloc, reinterpret_cast<void *>(tp_dealloc)}},");
    if (c.gc) {
      w.line("{{Py_tp_traverse, reinterpret_cast<void *>(tp_traverse)}},");
      w.line("{{Py_tp_clear, reinterpret_cast<void *>(tp_clear)}},");
    }
    if (specialMethod(c.def, "__richcmp__"))
      w.line("{{Py_tp_richcompare, reinterpret_cast<void *>(pyxc::richcmpSlot)}},");
    if (!getset.empty())
      w.line("{{Py_tp_getset, getset}},");
    if (!offsets.empty())
      w.line("{{Py_tp_members, members}},");
    if (!methods.empty())
      w.line("{{Py_tp_methods, methods}},");
    if (c.getBuffer)
      w.line("{{Py_bf_getbuffer, reinterpret_cast<void *>(&pyxc::getBufferSlot<{}>)}},", ir.cEntry(c.getBuffer)->cName);
    if (c.releaseBuffer) // void (PyObject *, Py_buffer *): the slot's own signature
      w.line("{{Py_bf_releasebuffer, reinterpret_cast<void *>({})}},", ir.cEntry(c.releaseBuffer)->cName);
    w.line("{{0, nullptr}},");
    w.close("};");
    std::string flags = "Py_TPFLAGS_DEFAULT";
    if (!c.type->final)
      flags += " | Py_TPFLAGS_BASETYPE";
    if (c.gc)
      flags += " | Py_TPFLAGS_HAVE_GC";
    // A variable-size base's instances keep its size (no field follows them).
    w.line("static PyType_Spec spec = {{{}, {}, 0, {}, slots}};", cString(options.moduleName + "." + c.type->name),
           c.variableSize ? "0" : fmt::format("sizeof({})", obj), flags);
    if (!c.vtableStruct.empty()) {
      if (c.base && !c.base->vtableStruct.empty())
        w.line("static_cast<{} &>({}) = {};", c.base->vtableStruct, c.vtable,
               c.base->imported ? "*" + c.base->vtablePointer : c.base->vtable);
      for (const ir::ExtensionClass::Method &m : c.methods) {
        if (!m.entry)
          continue; // declared in the .pxd only: the base's stays
        std::string fn = m.dispatcher.empty() ? m.entry->cName : m.dispatcher;
        w.line("{}.{} = reinterpret_cast<decltype({}.{})>({});", c.vtable, m.slot, c.vtable, m.slot, fn);
      }
    }
    std::string baseType = c.base                    ? c.base->typeObject
                           : !c.builtinBase.empty() ? fmt::format("&{}", builtinBase(c.builtinBase).type)
                                                    : "nullptr";
    w.line("Py_XSETREF({}, pyxc::newExtensionType(module, &spec, {}, bases));", c.typeObject, baseType);
    if (!c.vtableStruct.empty()) // for subclasses in other modules (Cython's convention)
      w.line("if ({0} && pyxc::exportVtable({0}, &{1}) < 0) return -1;", c.typeObject, c.vtable);
    w.line("return {} ? 0 : -1;", c.typeObject);
    w.close();
    w.blank();
  }
  w.open("int initExtensionTypes(PyObject *module) {");
  if (ir.classes.empty())
    w.line("(void)module;");
  // Each type is in the module's dict from the start, as Cython puts it.
  for (const auto &c : ir.classes) {
    if (!c->knownTypeObject.empty()) {
      w.line("Py_XSETREF({}, reinterpret_cast<PyTypeObject *>(Py_NewRef({})));", c->typeObject, c->knownTypeObject);
      continue;
    }
    if (c->imported) {
      // A pyxc module's class: the struct its .pxd declares may leave out
      // what the implementation adds at the end; only a smaller one fails.
      std::string check = !c->external ? "Ignore" : c->type->checkSize == "error" ? "Error"
                                                 : c->type->checkSize == "ignore" ? "Ignore" : "Warn";
      w.line("Py_XSETREF({}, pyxc::importExtensionType({}, {}, sizeof({}), alignof({}), pyxc::CheckSize::{}));",
             c->typeObject, cString(c->type->module), cString(c->type->name), c->objectStruct, c->objectStruct, check);
      w.line("if (!{}) return -1;", c->typeObject);
      if (!c->vtablePointer.empty()) {
        w.line("{} = static_cast<{} *>(pyxc::importVtable({}));", c->vtablePointer, c->vtableStruct, c->typeObject);
        w.line("if (!{}) return -1;", c->vtablePointer);
      }
      continue;
    }
    if (c->madeByStatement)
      continue; // made by its class statement, from the bases it evaluates
    w.line("if ({}::initType(module) < 0) return -1;", c->objectStruct);
    if (!c->internal)
      w.line("if (PyObject_SetAttr(module, {}, reinterpret_cast<PyObject *>({})) < 0) return -1;",
             constants.str(c->type->name), c->typeObject);
  }
  w.line("return 0;");
  w.close();
  w.blank();
}

// `cdef class Point:` where it stands in the module body: its body runs
// into a namespace whose names go onto the type made before the module
// ran; then the module's name is bound to it.
void FunctionEmitter::cdefClass(const CClassDef *c) {
  const ir::ExtensionClass *cls = m.ir.extensionClass(c);
  if (!cls)
    return; // a forward declaration, or refused by the lowering
  const sema::Scope *inner = cls->scope;
  {
    FunctionEmitter body(m, inner, this);
    body.emitClassBody(cls->body->cName, c, c->body);
  }
  w.open();
  if (cls->madeByStatement) {
    // The bases as the statement evaluates them: the cdef base, then the
    // Python classes (which must add no instance dict to its layout).
    std::string items;
    for (const Expr *b : c->bases)
      items += ", " + expr(b);
    std::string bases = temp("bases");
    w.line("Ref {} = own(PyTuple_Pack({}{}));", bases, c->bases.size(), items);
    check(bases);
    checkInt(fmt::format("{}::initType(module, {}.get())", cls->objectStruct, bases));
  }
  std::string ns = temp("namespace");
  w.line("Ref {} = own(PyDict_New());", ns);
  check(ns);
  checkInt(fmt::format("pyxc::initClassNamespace({}.get(), globals, {})", ns, m.constants.str(inner->qualname)));
  std::string cell = classCell(inner);
  w.line("if ({}({}.get(), globals, nullptr, {}) < 0) goto {}_unwind;", cls->body->cName, ns, cell,
         targets.back().error);
  std::string type = fmt::format("reinterpret_cast<PyObject *>({})", cls->typeObject);
  checkInt(fmt::format("pyxc::finishExtensionType({}, {}.get(), &{}::cinit, &{}::dealloc{})", cls->typeObject, ns,
                       cls->objectStruct, cls->objectStruct, cls->totalOrdering ? ", true" : ""));
  if (cls->sequenceSlots)
    w.line("pyxc::useSequenceSlotsOnly({});", cls->typeObject);
  if (cls->pickling.enabled) // __reduce__ is __reduce_cython__ unless the body (or a Python base) has its own
    checkInt(fmt::format("pyxc::setupReduce({})", cls->typeObject));
  if (inner->needsClassCell)
    checkInt(fmt::format("PyCell_Set({}, {})", cell, type));
  if (!cls->internal) { // @cython.internal: not in the module's dict
    std::string bound = temp("cls");
    w.line("Ref {} = keep({});", bound, type);
    decorateAndBind({}, bound, c->name);
  }
  w.close();
}

// `property x:` in a cdef class: its __get__, __set__ and __del__ defs
// (and docstring) make a property bound to x in the class body.
void FunctionEmitter::propertyBlock(const CPropertyDef *p) {
  lineMark(p);
  w.open();
  std::map<std::string_view, std::string> accessors{{"__get__", "Py_None"}, {"__set__", "Py_None"}, {"__del__", "Py_None"}};
  std::string docText;
  if (const Constant *d = docstringConstant(p->body))
    docText = d->value;
  const sema::Directives &directives = m.typing.directivesFor(scope);
  if (directives.embedsignature && directives.signatureFormat != sema::Directives::SignatureFormat::Clinic)
    for (const Stmt *s : p->body) // `def __get__(self) -> int`: "x: int" on top
      if (s->kind == Kind::FunctionDef && as<FunctionDef>(s)->name == "__get__")
        docText = sema::withSignature(
            sema::propertySignature(directives, scope->name, p->name, as<FunctionDef>(s)->returns, m.file), docText);
  std::string doc = docText.empty() ? "Py_None" : m.constants.str(docText);
  for (const Stmt *s : p->body) {
    if (s->kind != Kind::FunctionDef)
      continue;
    auto *f = as<FunctionDef>(s);
    const sema::Scope *inner = m.scopes.scopeOf(f);
    std::string cppName = m.functionName(f, ir::FunctionKind::Def);
    {
      FunctionEmitter body(m, inner, this);
      std::vector<const Stmt *> stmts(f->body.begin(), f->body.end());
      body.emitDef(cppName, stmts, nullptr);
    }
    inPropertyBlock = true;
    accessors[f->name] = makeFunction(inner, f->args, docstringOf(f->body), cppName, f->returns) + ".get()";
    inPropertyBlock = false;
  }
  std::string property = temp("property");
  w.line("Ref {} = own(PyObject_CallFunctionObjArgs(reinterpret_cast<PyObject *>(&PyProperty_Type), {}, {}, {}, {}, "
         "nullptr));",
         property, accessors["__get__"], accessors["__set__"], accessors["__del__"], doc);
  check(property);
  checkInt(fmt::format("PyObject_SetItem(ns, {}, {}.get())", m.constants.str(p->name), property));
  w.close();
}

// --- typed access ---------------------------------------------------------------------------

// The first parameter of a method of a cdef class (self), or empty.
std::string_view FunctionEmitter::instanceParam() const {
  const sema::Scope *s = scope;
  if (s->kind != sema::ScopeKind::Function || !s->parent || s->parent->kind != sema::ScopeKind::Class ||
      s->parent->node->kind != Kind::CClassDef || s->params.empty())
    return {};
  const Type *t = m.typing.pyType(s, s->params[0]);
  return t && t->extension ? std::string_view(s->params[0]) : std::string_view();
}

// Whether `e` is self in a method that never rebinds it: never None.
bool FunctionEmitter::knownInstance(const Expr *e) const {
  if (e->kind != Kind::Name)
    return false;
  std::string_view id = as<Name>(e)->id;
  return id == instanceParam() && !scope->rebound.count(std::string(id)) && !scope->unbound.count(std::string(id)) &&
         binding(id) == Binding::Local && comprehensionVar(id).empty();
}

// The attribute of a typed extension instance that `a` names, or null.
const ir::ExtensionClass::Field *FunctionEmitter::extensionField(const Attribute *a) const {
  const Type *base = typeOf(a->value);
  if (!base->extension)
    return nullptr;
  const ir::ExtensionClass *c = m.ir.extensionClass(base->extension);
  return c ? c->field(a->attr) : nullptr;
}

// The receiver of a typed access as an instance pointer of its class, with
// None refused (typed access never dereferences None).
// The struct is the one of the class that declares the attribute: a
// header's structs (`cdef extern class`) nest their bases' as members,
// not as C++ bases.
std::string FunctionEmitter::instancePointer(const Expr *receiver, std::string_view attr) {
  // `c.a.b`: the instance `c.a` is read where it lives (borrowed, no
  // reference taken: as Cython does, without the GIL too).
  bool nested = receiver->kind == Kind::Attribute && extensionField(as<Attribute>(receiver));
  std::string obj = nested ? fieldLvalue(as<Attribute>(receiver)) : expr(receiver);
  if (!knownInstance(receiver))
    w.line("if (PYXC_UNLIKELY({} == Py_None)) {{ pyxc::raiseNoneAttribute({}); goto {}; }}", obj,
           m.constants.str(attr), targets.back().error);
  const ir::ExtensionClass *c = m.ir.extensionClass(typeOf(receiver)->extension);
  for (const ir::ExtensionClass *owner = c; owner; owner = owner->base)
    for (const ir::ExtensionClass::Field &f : owner->fields)
      if (f.attribute->name == attr)
        c = owner;
  return fmt::format("reinterpret_cast<{} *>({})", c->objectStruct, obj);
}

// `obj.attr` for an attribute of obj's cdef class: the struct member.
std::string FunctionEmitter::fieldLvalue(const Attribute *a) {
  const ir::ExtensionClass::Field *f = extensionField(a);
  return fmt::format("{}->{}", instancePointer(a->value, a->attr), f->cName);
}

// `obj.attr = value` for an object attribute of obj's cdef class: the
// value's type checked against the attribute's, the old value released.
void FunctionEmitter::storeObjectField(const Attribute *a, const std::string &value, const Type *from) {
  const ir::ExtensionClass::Field *f = extensionField(a);
  if (std::string check = m.staticTypeCheck(f->attribute->type, value);
      !check.empty() && !staticallyKnown(from, f->attribute->type))
    checkInt(check);
  w.line("Py_SETREF({}, Py_NewRef({}));", fieldLvalue(a), value);
}

// The callee of a call of a C method: its class's table entry, through
// the receiver's table pointer (or the function itself where no override
// can exist: a final class).
std::string FunctionEmitter::methodCallee(const ir::CCall &call, const sema::CSymbol *f, const std::string &receiver) {
  const ir::ExtensionClass *c = call.receiverClass;
  std::string_view name = f->def ? f->def->name : std::string_view();
  const ir::ExtensionClass::Method *method = nullptr;
  for (const sema::ExtensionType::Method &m : f->owner->methods)
    if (m.symbol == f)
      name = m.name;
  method = c->method(name);
  if (c->type->final && method->entry)
    return method->entry->cName;
  const ir::ExtensionClass *holder = vtableHolder(c);
  return fmt::format("static_cast<{} *>(reinterpret_cast<{} *>({})->vtab)->{}", c->vtableStruct, holder->objectStruct,
                     receiver, method->slot);
}

} // namespace pyxc::codegen
