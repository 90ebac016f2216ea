// Expressions back to source text as CPython's compiler writes them for
// PEP 563: the same precedence levels, the same places for parentheses and
// spaces, the same repr() of constants, so an annotation string equals the
// one CPython stores.
#include "frontend/unparse.h"

#include "frontend/literals.h"
#include "frontend/source.h"

namespace pyxc {

using namespace ast;

namespace {

// The C unparser's precedence levels (Python/ast_unparse.c, which makes
// PEP 563's strings; Lib/ast.py's unparse differs in places), lowest binding
// first; '|' shares EXPR's level.
enum Prec : int { TupleP, Test, Or, And, Not, Cmp, ExprP, BOr = ExprP, BXor, BAnd, Shift, Arith, Term, Factor, Power, AwaitP, Atom };

struct OpSpelling {
  const char *text;
  Prec prec;
};

OpSpelling binOp(BinOpKind k) {
  switch (k) {
#define BINARY_OPERATOR(Name, Symbol, Precedence, AugmentedToken)                                                     \
  case BinOpKind::Name: return {Symbol, Precedence};
#include "frontend/operators.def"
#undef BINARY_OPERATOR
  }
  return {"?", Atom};
}

std::string_view cmpOp(CmpOpKind k) { return ast::symbolOf(k); }

// repr() of a float or imaginary literal, with infinity spelled as a literal
// that reads back as one (ast.unparse writes 1e309).
std::string numberRepr(std::string r) {
  for (size_t at; (at = r.find("inf")) != std::string::npos;)
    r.replace(at, 3, "1e309");
  return r;
}

class Unparser {
public:
  explicit Unparser(const SourceFile &file) : file_(file) {}

  std::string out;

  // Writes `e` as it reads where precedence `context` is expected: wrapped
  // in parentheses when it binds more loosely.
  void expr(const Expr *e, int context = Test) {
    switch (e->kind) {
    case Kind::Name: out += as<Name>(e)->id; return;
    case Kind::Constant: constant(as<Constant>(e)); return;
    case Kind::Attribute: {
      auto *a = as<Attribute>(e);
      expr(a->value, Atom);
      // `1 .real`: a space keeps the dot from joining an int literal.
      if (a->value->kind == Kind::Constant && as<Constant>(a->value)->ck == ConstKind::Int)
        out += ' ';
      out += '.';
      out += a->attr;
      return;
    }
    case Kind::Subscript: {
      auto *s = as<Subscript>(e);
      expr(s->value, Atom);
      out += '[';
      expr(s->slice, TupleP);
      out += ']';
      return;
    }
    case Kind::Starred:
      out += '*';
      expr(as<Starred>(e)->value, ExprP);
      return;
    case Kind::Tuple: {
      auto elts = as<Sequence>(e)->elts;
      bool parens = elts.empty() || context > TupleP;
      open(parens, "(");
      commaList(elts);
      if (elts.size() == 1)
        out += ','; // a lone item keeps its comma
      close(parens, ")");
      return;
    }
    case Kind::List:
      out += '[';
      commaList(as<Sequence>(e)->elts);
      out += ']';
      return;
    case Kind::Set:
      out += '{';
      commaList(as<Set>(e)->elts);
      out += '}';
      return;
    case Kind::Dict: dict(as<Dict>(e)); return;
    case Kind::BinOp: binary(as<BinOp>(e), context); return;
    case Kind::UnaryOp: unary(as<UnaryOp>(e), context); return;
    case Kind::BoolOp: boolOp(as<BoolOp>(e), context); return;
    case Kind::Compare: {
      auto *c = as<Compare>(e);
      open(context > Cmp, "(");
      expr(c->left, Cmp + 1);
      for (size_t i = 0; i < c->ops.size(); ++i) {
        out += ' ';
        out += cmpOp(c->ops[i]);
        out += ' ';
        expr(c->comparators[i], Cmp + 1);
      }
      close(context > Cmp, ")");
      return;
    }
    case Kind::IfExp: {
      auto *i = as<IfExp>(e);
      open(context > Test, "(");
      expr(i->body, Test + 1);
      out += " if ";
      expr(i->test, Test + 1);
      out += " else ";
      expr(i->orelse, Test);
      close(context > Test, ")");
      return;
    }
    case Kind::NamedExpr: {
      auto *n = as<NamedExpr>(e);
      open(context > TupleP, "(");
      expr(n->target, Atom);
      out += ":=";
      expr(n->value, Atom);
      close(context > TupleP, ")");
      return;
    }
    case Kind::Lambda: {
      auto *l = as<Lambda>(e);
      open(context > Test, "(");
      // The space goes only before positional parameters (`lambda*a: 0`).
      out += l->args->args.empty() && l->args->posonlyargs.empty() ? "lambda" : "lambda ";
      arguments(l->args);
      out += ": ";
      expr(l->body, Test);
      close(context > Test, ")");
      return;
    }
    case Kind::Await:
      open(context > AwaitP, "(");
      out += "await ";
      expr(as<Await>(e)->value, Atom);
      close(context > AwaitP, ")");
      return;
    case Kind::Yield:
    case Kind::YieldFrom: {
      auto *y = as<Yield>(e);
      out += e->kind == Kind::Yield ? "(yield" : "(yield from";
      if (y->value) {
        out += ' ';
        expr(y->value);
      }
      out += ')';
      return;
    }
    case Kind::Call: call(as<Call>(e)); return;
    case Kind::ListComp:
    case Kind::SetComp:
    case Kind::DictComp:
    case Kind::GeneratorExp: comprehension(e); return;
    case Kind::Slice: {
      auto *s = as<Slice>(e);
      if (s->lower)
        expr(s->lower);
      out += ':';
      if (s->upper)
        expr(s->upper);
      if (s->step) {
        out += ':';
        expr(s->step);
      }
      return;
    }
    case Kind::JoinedStr: joinedStr(as<JoinedStr>(e)); return;
    default:
      // Cython's own expressions (casts, C types) have no ast spelling: keep
      // what the source says.
      {
        const SourceFile &in = file_.fileAt(e->range.begin); // maybe an included file
        uint32_t begin = SourceFile::localLoc(e->range.begin).offset;
        out += in.text().substr(begin, SourceFile::localLoc(e->range.end).offset - begin);
      }
      return;
    }
  }

  void arguments(const Arguments *a) {
    bool first = true;
    auto comma = [&] {
      if (!first)
        out += ", ";
      first = false;
    };
    size_t positional = a->posonlyargs.size() + a->args.size();
    size_t firstDefault = positional - a->defaults.size();
    for (size_t i = 0; i < positional; ++i) {
      comma();
      arg(i < a->posonlyargs.size() ? a->posonlyargs[i] : a->args[i - a->posonlyargs.size()]);
      if (i >= firstDefault) {
        out += '=';
        expr(a->defaults[i - firstDefault]);
      }
      if (i + 1 == a->posonlyargs.size())
        out += ", /";
    }
    if (a->vararg || !a->kwonlyargs.empty()) {
      comma();
      out += '*';
      if (a->vararg)
        arg(a->vararg);
    }
    for (size_t i = 0; i < a->kwonlyargs.size(); ++i) {
      out += ", ";
      arg(a->kwonlyargs[i]);
      if (a->kwDefaults[i]) {
        out += '=';
        expr(a->kwDefaults[i]);
      }
    }
    if (a->kwarg) {
      comma();
      out += "**";
      arg(a->kwarg);
    }
  }

private:
  const SourceFile &file_;

  void open(bool when, const char *s) {
    if (when)
      out += s;
  }
  void close(bool when, const char *s) {
    if (when)
      out += s;
  }

  void arg(const Arg *a) {
    out += a->arg;
    if (a->annotation) {
      out += ": ";
      expr(a->annotation);
    }
  }

  void commaList(List<Expr> elts) {
    for (size_t i = 0; i < elts.size(); ++i) {
      if (i)
        out += ", ";
      expr(elts[i]);
    }
  }

  void constant(const Constant *c) {
    switch (c->ck) {
    case ConstKind::None: out += "None"; return;
    case ConstKind::True: out += "True"; return;
    case ConstKind::False: out += "False"; return;
    case ConstKind::Ellipsis: out += "..."; return;
    case ConstKind::Int: out += c->value; return;
    case ConstKind::Float: out += numberRepr(literals::reprFloat(c->number)); return;
    case ConstKind::Complex: out += numberRepr(literals::reprImaginary(c->number)); return;
    case ConstKind::Str:
      if (c->uPrefix)
        out += 'u';
      out += literals::reprStr(c->value);
      return;
    case ConstKind::Bytes: out += literals::reprBytes(c->value); return;
    case ConstKind::Char: out += "c" + literals::reprBytes(c->value).substr(1); return;
    }
  }

  void dict(const Dict *d) {
    out += '{';
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (i)
        out += ", ";
      if (d->keys[i]) {
        expr(d->keys[i]);
        out += ": ";
        expr(d->values[i]);
      } else {
        out += "**";
        expr(d->values[i], ExprP);
      }
    }
    out += '}';
  }

  void binary(const BinOp *b, int context) {
    OpSpelling op = binOp(b->op);
    bool rightAssoc = b->op == BinOpKind::Pow;
    open(context > op.prec, "(");
    expr(b->left, rightAssoc ? op.prec + 1 : op.prec);
    out += ' ';
    out += op.text;
    out += ' ';
    expr(b->right, rightAssoc ? op.prec : op.prec + 1);
    close(context > op.prec, ")");
  }

  void unary(const UnaryOp *u, int context) {
    const char *text = u->op == UnaryOpKind::Not      ? "not "
                       : u->op == UnaryOpKind::Invert ? "~"
                       : u->op == UnaryOpKind::UAdd   ? "+"
                                                      : "-";
    Prec prec = u->op == UnaryOpKind::Not ? Not : Factor;
    open(context > prec, "(");
    out += text;
    expr(u->operand, prec);
    close(context > prec, ")");
  }

  void boolOp(const BoolOp *b, int context) {
    int prec = b->op == BoolOpKind::And ? And : Or;
    open(context > prec, "(");
    for (size_t i = 0; i < b->values.size(); ++i) {
      if (i)
        out += b->op == BoolOpKind::And ? " and " : " or ";
      expr(b->values[i], prec + 1);
    }
    close(context > prec, ")");
  }

  void call(const Call *c) {
    expr(c->func, Atom);
    if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == Kind::GeneratorExp) {
      comprehension(c->args[0]); // `f(x for x in y)`: the call's parentheses are the genexp's
      return;
    }
    out += '(';
    bool first = true;
    for (const Expr *a : c->args) {
      if (!first)
        out += ", ";
      first = false;
      expr(a);
    }
    for (const Keyword *k : c->keywords) {
      if (!first)
        out += ", ";
      first = false;
      if (k->arg.empty()) {
        out += "**";
      } else {
        out += k->arg;
        out += '=';
      }
      expr(k->value);
    }
    out += ')';
  }

  void comprehension(const Expr *e) {
    auto *c = as<Comp>(e);
    const char *brackets = e->kind == Kind::ListComp ? "[]" : e->kind == Kind::GeneratorExp ? "()" : "{}";
    out += brackets[0];
    expr(c->elt);
    if (e->kind == Kind::DictComp) {
      out += ": ";
      expr(c->value);
    }
    for (const Comprehension *g : c->generators) {
      out += g->isAsync ? " async for " : " for ";
      expr(g->target, TupleP);
      out += " in ";
      expr(g->iter, Test + 1);
      for (const Expr *cond : g->ifs) {
        out += " if ";
        expr(cond, Test + 1);
      }
    }
    out += brackets[1];
  }

  // f-strings: literal parts with their braces doubled and replacement
  // fields unparsed make the body, which is then written as repr() would.
  void joinedStr(const JoinedStr *j) {
    std::string body;
    fstringBody(j, body);
    out += 'f';
    out += literals::reprStr(body);
  }

  void fstringBody(const JoinedStr *j, std::string &body) {
    for (const Expr *v : j->values) {
      if (v->kind == Kind::Constant) {
        for (char ch : as<Constant>(v)->value) {
          body += ch;
          if (ch == '{' || ch == '}')
            body += ch;
        }
        continue;
      }
      auto *f = as<FormattedValue>(v);
      Unparser inner(file_);
      inner.expr(f->value, Test + 1); // a lambda's ':' must not end the field
      body += inner.out.starts_with('{') ? "{ " : "{";
      body += inner.out;
      if (f->conversion > 0) {
        body += '!';
        body += char(f->conversion);
      }
      if (f->formatSpec) {
        body += ':';
        fstringBody(as<JoinedStr>(f->formatSpec), body);
      }
      body += '}';
    }
  }
};

} // namespace

std::string unparse(const Expr *e, const SourceFile &file) {
  Unparser u(file);
  u.expr(e);
  return std::move(u.out);
}

} // namespace pyxc
