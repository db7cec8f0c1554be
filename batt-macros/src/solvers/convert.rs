//! Python source to a model of straight-line functions, or the reason one is not one.

use std::collections::HashSet;

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote};
use rustpython_parser::ast::{self, Constant, Expr, Stmt, UnaryOp};
use rustpython_parser::{Parse, text_size::TextSize};

use super::names::{dsl_ident, is_dsl, is_primitive, is_ternary};

/// One `def` of the file.
pub(crate) struct Solver {
    /// The Python name, which is also the Rust one.
    pub(crate) name: String,
    /// The line of the `def`, from 1.
    pub(crate) line: usize,
    /// The converted lines, or why not.
    pub(crate) body: Converted,
}

/// A converted function, or the reason it is skipped.
pub(crate) enum Converted {
    /// The parameters in the order written, the body's lines (the last is a
    /// [`Line::Return`]), and the names it takes from the user's `primitives` module, each
    /// with the line of its first use.
    Function { params: Vec<Param>, lines: Vec<Line>, foreign: Vec<(String, usize)> },
    /// Why the function is outside the straight-line form.
    Skipped(String),
}

/// A parameter. Its name gives its Rust type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Param {
    /// `S: &Samples`: the task's demonstration pairs.
    S,
    /// `I: &Grid`: the grid to solve.
    I,
    /// `C: &Grid`: a candidate output grid for `I`.
    C,
}

impl Param {
    /// Every parameter, in the order of the `BATTS` table's functions.
    pub(crate) const ALL: [Param; 3] = [Param::S, Param::I, Param::C];

    fn from_name(name: &str) -> Option<Param> {
        match name {
            "S" => Some(Param::S),
            "I" => Some(Param::I),
            "C" => Some(Param::C),
            _ => None,
        }
    }

    /// The Python (and Rust) name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Param::S => "S",
            Param::I => "I",
            Param::C => "C",
        }
    }

    /// The name as a Rust identifier.
    pub(crate) fn ident(self, span: Span) -> proc_macro2::Ident {
        proc_macro2::Ident::new(self.name(), span)
    }

    /// The Rust type: `&Samples` or `&Grid`.
    pub(crate) fn ty(self, rt: &TokenStream) -> TokenStream {
        match self {
            Param::S => quote!(&#rt::Samples),
            Param::I | Param::C => quote!(&#rt::Grid),
        }
    }
}

/// A value in a call or a `return`.
pub(crate) enum Value {
    /// A parameter, still unbound again.
    Param(Param),
    /// A variable bound by an earlier line.
    Var(String),
    /// A DSL primitive or constant.
    Dsl(String),
    /// An integer literal.
    Int(i32),
    /// A name of the user's `primitives` module (a function or a constant).
    Foreign(String),
}

/// What a line calls.
pub(crate) enum Callee {
    /// A DSL primitive (already renamed, `rbind` of a three-parameter one being `rbind3`).
    Dsl(String),
    /// A function held in a variable (`x3 = x2(x1)`).
    Var(String),
    /// A function of the user's `primitives` module.
    Foreign(String),
}

/// The right-hand side of a line.
pub(crate) enum Rhs {
    /// `f(a, b, ...)`, wrapped in `try_dsl!`.
    Call(Callee, Vec<Value>),
    /// A line of the sample pattern, `apply(first, S)`, `apply(second, S)` or
    /// `mapply(p_g, x)` of such a line's grids: written as a plain call (in the form that
    /// `#[batt]` fuses), because its value is never an `Option` and `try_dsl!` would leave it
    /// as it is.
    Pattern(&'static str, Vec<Value>),
    /// A plain value (`O = x5`).
    Value(Value),
}

/// One line of a converted body.
pub(crate) enum Line {
    /// `name = rhs`.
    Let(String, Rhs),
    /// `return rhs`.
    Return(Rhs),
}

impl Line {
    /// The Rust statement (or, for `return`, the tail expression).
    pub(crate) fn tokens(&self, rt: &TokenStream, span: Span) -> TokenStream {
        match self {
            Line::Let(name, rhs) => {
                let name = format_ident!("{}", name, span = span);
                let rhs = rhs.tokens(rt, span);
                quote!(let #name = #rhs;)
            }
            // The last value may be a grid or arc-dsl's tuple of rows (`merge` of grids):
            // either becomes the output grid, `None` where rows make no grid.
            Line::Return(Rhs::Value(Value::Var(name))) => {
                // The last use: moved, not cloned.
                let name = format_ident!("{}", name, span = span);
                quote!(#rt::dsl::GridLike::into_grid(#name))
            }
            Line::Return(rhs) => {
                let rhs = rhs.tokens(rt, span);
                quote!(#rt::dsl::GridLike::into_grid(#rhs))
            }
        }
    }
}

/// How a call passes an argument.
#[derive(Clone, Copy)]
enum Pass {
    /// Borrowed (`&x1`, `I`): DSL functions take references.
    Borrow,
    /// Owned: a value cloned, a DSL function built by the DSL lent (`ToArg`): what a function
    /// held in a variable takes, and what `rbind`/`lbind` keep.
    Owned,
    /// Owned, and a DSL function boxed (the runtime's `dsl::func`), so that a function
    /// variable can take several DSL functions in turn.
    OwnedFunction,
}

impl Rhs {
    fn tokens(&self, rt: &TokenStream, span: Span) -> TokenStream {
        match self {
            Rhs::Call(callee, args) => {
                let f = match callee {
                    Callee::Dsl(name) => dsl_path(rt, name, span),
                    Callee::Var(name) | Callee::Foreign(name) => {
                        let name = format_ident!("{}", name, span = span);
                        quote!(#name)
                    }
                };
                let args = args.iter().enumerate().map(|(k, a)| {
                    let pass = match callee {
                        Callee::Var(_) => Pass::OwnedFunction,
                        // The fixed argument of a partial application is kept by value, so
                        // that the function built does not borrow a later line's variable.
                        Callee::Dsl(name)
                            if k == 1
                                && matches!(
                                    name.as_str(),
                                    "rbind" | "lbind" | "rbind3" | "lbind3"
                                ) =>
                        {
                            Pass::Owned
                        }
                        Callee::Dsl(_) | Callee::Foreign(_) => Pass::Borrow,
                    };
                    a.tokens(rt, span, pass)
                });
                quote!(#rt::try_dsl!(#f(#(#args),*)))
            }
            Rhs::Pattern(f, args) => {
                let f = dsl_path(rt, f, span);
                let args = args.iter().map(|a| a.tokens(rt, span, Pass::Borrow));
                quote!(#f(#(#args),*))
            }
            Rhs::Value(v) => v.tokens(rt, span, Pass::Owned),
        }
    }
}

impl Value {
    /// The argument, passed as `pass` says.
    fn tokens(&self, rt: &TokenStream, span: Span, pass: Pass) -> TokenStream {
        match (self, pass) {
            (Value::Param(p), Pass::Borrow) => {
                let p = p.ident(span);
                quote!(#p)
            }
            (Value::Param(p), _) => {
                let p = p.ident(span);
                quote!(::core::clone::Clone::clone(#p))
            }
            (Value::Var(name), Pass::Borrow) => {
                let name = format_ident!("{}", name, span = span);
                quote!(&#name)
            }
            (Value::Var(name), _) => {
                let name = format_ident!("{}", name, span = span);
                quote!(#rt::dsl::ToArg::to_arg(&#name))
            }
            (Value::Dsl(name), Pass::OwnedFunction) if is_primitive(name) => {
                let f = dsl_path(rt, name, span);
                quote!(#rt::dsl::func(#f))
            }
            (Value::Dsl(name), _) => dsl_path(rt, name, span),
            // Found in the function's glob import of the user's module.
            (Value::Foreign(name), _) => {
                let name = format_ident!("{}", name, span = span);
                quote!(#name)
            }
            (Value::Int(i), _) => {
                let mut lit = Literal::i32_suffixed(*i);
                lit.set_span(span);
                quote!(#lit)
            }
        }
    }
}

/// `rt::dsl::name`, with primitives named by Rust keywords (`box`, `move`) as raw identifiers.
fn dsl_path(rt: &TokenStream, name: &str, span: Span) -> TokenStream {
    let ident = dsl_ident(name, span);
    quote!(#rt::dsl::#ident)
}

/// Parses `source` and converts each top-level `def`; a syntax error is `Err` with the
/// file, line and column. With `foreign`, a name that is neither the DSL's nor bound is
/// taken from the user's `primitives` module; without it, such a name skips its function.
pub(crate) fn convert(source: &str, file: &str, foreign: bool) -> Result<Vec<Solver>, String> {
    let suite = ast::Suite::parse(source, file).map_err(|e| {
        let (line, col) = line_col(source, e.offset);
        format!("include_solvers!: {file}:{line}:{col}: Python syntax error: {}", e.error)
    })?;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for stmt in &suite {
        let (name, start) = match stmt {
            Stmt::FunctionDef(f) => (f.name.to_string(), f.range.start()),
            Stmt::AsyncFunctionDef(f) => (f.name.to_string(), f.range.start()),
            _ => continue,
        };
        let line = line_col(source, start).0;
        let body = if syn::parse_str::<syn::Ident>(&name).is_err() {
            Converted::Skipped(format!("`{name}` is not a Rust identifier"))
        } else if matches!(name.as_str(), "SOLVERS" | "BATTS" | "SKIPPED") {
            Converted::Skipped(format!("`{name}` is the name of a generated table"))
        } else if !seen.insert(name.clone()) {
            Converted::Skipped(format!("`{name}` is defined twice; the first is kept"))
        } else {
            match stmt {
                Stmt::FunctionDef(f) => match function(f, source, foreign) {
                    Ok((params, lines, foreign)) => Converted::Function { params, lines, foreign },
                    Err(reason) => Converted::Skipped(reason),
                },
                _ => Converted::Skipped("an `async def` is not a solver".into()),
            }
        };
        out.push(Solver { name, line, body });
    }
    Ok(out)
}

/// The line and column (both from 1) of a byte offset.
fn line_col(source: &str, offset: TextSize) -> (usize, usize) {
    let offset = (u32::from(offset) as usize).min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// What names mean at a line of a body.
struct Scope {
    /// The variables bound so far.
    bound: HashSet<String>,
    /// The parameters not bound again so far.
    params: Vec<Param>,
    /// The variables that hold the grids of a sample line (`x1 = apply(first, S)`, `S`
    /// the parameter), as last bound.
    sample_grids: HashSet<String>,
    /// Whether unknown names come from the user's `primitives` module.
    foreign: bool,
    /// The names taken from that module so far, with the line of each one's first use.
    used: Vec<(String, usize)>,
    /// The line being converted.
    line: usize,
}

impl Scope {
    /// The parameter `name` refers to, unless it was bound again.
    fn param(&self, name: &str) -> Option<Param> {
        self.params.iter().copied().find(|p| p.name() == name)
    }

    /// `name` as a name of the user's module, noted with its line, where there is one.
    fn foreign(&mut self, name: &str) -> bool {
        if self.foreign && !self.used.iter().any(|(n, _)| n == name) {
            self.used.push((name.to_string(), self.line));
        }
        self.foreign
    }
}

/// The parameters, each one of `S`, `I` and `C` (positional-only ones included), or why not.
fn parameters(a: &ast::Arguments) -> Result<Vec<Param>, String> {
    if let Some(v) = &a.vararg {
        return Err(format!("parameter `*{}`: variadic parameters are not supported", v.arg));
    }
    if let Some(k) = &a.kwarg {
        return Err(format!("parameter `**{}`: variadic parameters are not supported", k.arg));
    }
    if let Some(k) = a.kwonlyargs.first() {
        return Err(format!(
            "parameter `{}`: keyword-only parameters are not supported",
            k.def.arg
        ));
    }
    let mut params = Vec::new();
    for p in a.posonlyargs.iter().chain(&a.args) {
        let name = p.def.arg.as_str();
        if p.default.is_some() {
            return Err(format!("parameter `{name}` has a default value, which is not supported"));
        }
        if p.def.annotation.is_some() {
            return Err(format!(
                "parameter `{name}` has an annotation; a parameter's type is given by its name"
            ));
        }
        let Some(param) = Param::from_name(name) else {
            return Err(format!(
                "unknown parameter `{name}`: the parameters are `S` (the samples), `I` (a grid) \
                 and `C` (a candidate output grid)"
            ));
        };
        if params.contains(&param) {
            return Err(format!("parameter `{name}` is given twice"));
        }
        params.push(param);
    }
    if params.is_empty() {
        return Err("it has no parameters; the parameters are `S`, `I` and `C`".into());
    }
    Ok(params)
}

/// A function's parameters, lines and names of the user's module.
type Function = (Vec<Param>, Vec<Line>, Vec<(String, usize)>);

fn function(f: &ast::StmtFunctionDef, source: &str, foreign: bool) -> Result<Function, String> {
    let params = parameters(&f.args)?;
    if !f.decorator_list.is_empty() {
        return Err("decorated functions are outside the straight-line form".into());
    }
    let mut scope = Scope {
        bound: HashSet::new(),
        params: params.clone(),
        sample_grids: HashSet::new(),
        foreign,
        used: Vec::new(),
        line: 0,
    };
    let mut lines = Vec::new();
    let n = f.body.len();
    for (k, stmt) in f.body.iter().enumerate() {
        let line = line_col(source, stmt_start(stmt)).0;
        let at = |what: String| format!("line {line}: {what}");
        scope.line = line;
        match stmt {
            Stmt::Expr(e) if k == 0 && is_docstring(&e.value) => {}
            Stmt::Assign(s) => {
                let [Expr::Name(target)] = s.targets.as_slice() else {
                    return Err(at("only assignments to one plain name are supported".into()));
                };
                let name = target.id.to_string();
                if syn::parse_str::<syn::Ident>(&name).is_err() {
                    return Err(at(format!("`{name}` is not a Rust identifier")));
                }
                let rhs = rhs(&s.value, &mut scope).map_err(at)?;
                scope.params.retain(|p| p.name() != name);
                scope.sample_grids.remove(&name);
                if matches!(&rhs, Rhs::Pattern("apply", _)) {
                    scope.sample_grids.insert(name.clone());
                }
                scope.bound.insert(name.clone());
                lines.push(Line::Let(name, rhs));
            }
            Stmt::Return(r) => {
                if k + 1 != n {
                    return Err(at("statements after `return`".into()));
                }
                let Some(value) = &r.value else {
                    return Err(at("`return` without a value".into()));
                };
                lines.push(Line::Return(rhs(value, &mut scope).map_err(at)?));
            }
            other => return Err(at(format!("{} is outside the straight-line form", kind(other)))),
        }
    }
    if !matches!(lines.last(), Some(Line::Return(_))) {
        return Err("it never returns a value".into());
    }
    Ok((params, lines, scope.used))
}

fn rhs(e: &Expr, scope: &mut Scope) -> Result<Rhs, String> {
    match e {
        Expr::Call(c) => {
            if !c.keywords.is_empty() {
                return Err("keyword arguments are not supported".into());
            }
            let args = c.args.iter().map(|a| value(a, scope)).collect::<Result<Vec<_>, _>>()?;
            let Expr::Name(f) = c.func.as_ref() else {
                return Err("only calls of a name are supported".into());
            };
            let f = f.id.as_str();
            let callee = if scope.bound.contains(f) || scope.param(f).is_some() {
                Callee::Var(f.to_string())
            } else if let Some(pattern) = pattern_line(f, &args, scope) {
                return Ok(Rhs::Pattern(pattern, args));
            } else if let Some(unrolled) = unrolled_power(f, &args) {
                return Ok(unrolled);
            } else if is_primitive(f) {
                let ternary = matches!(args.first(), Some(Value::Dsl(g)) if is_ternary(g));
                match f {
                    "rbind" | "lbind" if ternary => Callee::Dsl(format!("{f}3")),
                    _ => Callee::Dsl(f.to_string()),
                }
            } else if is_dsl(f) {
                return Err(format!("calls the constant `{f}`"));
            } else if scope.foreign(f) {
                Callee::Foreign(f.to_string())
            } else {
                return Err(format!("unknown primitive `{f}`"));
            };
            Ok(Rhs::Call(callee, args))
        }
        Expr::Name(_) | Expr::Constant(_) | Expr::UnaryOp(_) => Ok(Rhs::Value(value(e, scope)?)),
        _ => Err("only a call `f(...)`, a name or an integer may be assigned or returned".into()),
    }
}

/// `power(g, n)` of a DSL function `g` and a constant `n` of 1 to 3, as `compose(g, identity)`,
/// `compose(g, g)` or `chain(g, g, g)`: each `g` then has its own types, so that `g` need not
/// give what it takes (`power(first, TWO)` of a pair of pairs), as in arc-dsl.
fn unrolled_power(f: &str, args: &[Value]) -> Option<Rhs> {
    let [Value::Dsl(g), n] = args else { return None };
    if f != "power" || !is_primitive(g) {
        return None;
    }
    let n = match n {
        Value::Int(n) => *n,
        Value::Dsl(c) => match c.as_str() {
            "ONE" => 1,
            "TWO" => 2,
            "THREE" => 3,
            _ => return None,
        },
        _ => return None,
    };
    let g = || Value::Dsl(g.clone());
    let (callee, args) = match n {
        1 => ("compose", vec![g(), Value::Dsl("identity".into())]),
        2 => ("compose", vec![g(), g()]),
        3 => ("chain", vec![g(), g(), g()]),
        _ => return None,
    };
    Some(Rhs::Call(Callee::Dsl(callee.into()), args))
}

/// Whether the call `f(args)` (`f` the DSL's) is a line of the sample pattern:
/// `apply(first|second, S)` with `S` the parameter, or `mapply(p_g, x)` with `x` the grids of
/// such a line. Gives the primitive's name.
fn pattern_line(f: &str, args: &[Value], scope: &Scope) -> Option<&'static str> {
    match (f, args) {
        ("apply", [Value::Dsl(g), Value::Param(Param::S)]) if g == "first" || g == "second" => {
            Some("apply")
        }
        ("mapply", [Value::Dsl(g), Value::Var(x)])
            if g == "p_g" && scope.sample_grids.contains(x) =>
        {
            Some("mapply")
        }
        _ => None,
    }
}

fn value(e: &Expr, scope: &mut Scope) -> Result<Value, String> {
    match e {
        Expr::Name(n) => {
            let n = n.id.as_str();
            if let Some(p) = scope.param(n) {
                Ok(Value::Param(p))
            } else if scope.bound.contains(n) {
                Ok(Value::Var(n.to_string()))
            } else if is_dsl(n) {
                Ok(Value::Dsl(n.to_string()))
            } else if scope.foreign(n) {
                Ok(Value::Foreign(n.to_string()))
            } else {
                Err(format!("unknown name `{n}`"))
            }
        }
        Expr::Constant(c) => match &c.value {
            Constant::Bool(b) => Ok(Value::Dsl(if *b { "T" } else { "F" }.into())),
            Constant::Int(i) => int(&i.to_string()).map(Value::Int),
            _ => Err("only integer and boolean literals are supported".into()),
        },
        Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub) => match u.operand.as_ref() {
            Expr::Constant(ast::ExprConstant { value: Constant::Int(i), .. }) => {
                int(&format!("-{i}")).map(Value::Int)
            }
            _ => Err("only negative integer literals may be negated".into()),
        },
        Expr::Call(_) => Err("nested calls are outside the straight-line form".into()),
        _ => Err("arguments must be names or integer literals".into()),
    }
}

fn int(text: &str) -> Result<i32, String> {
    text.parse().map_err(|_| format!("the integer {text} does not fit an `i32`"))
}

fn is_docstring(e: &Expr) -> bool {
    matches!(e, Expr::Constant(ast::ExprConstant { value: Constant::Str(_), .. }))
}

fn stmt_start(s: &Stmt) -> TextSize {
    use rustpython_parser::ast::Ranged;
    s.range().start()
}

/// A statement's kind, for a skip reason.
fn kind(s: &Stmt) -> &'static str {
    match s {
        Stmt::For(_) | Stmt::AsyncFor(_) => "a `for` loop",
        Stmt::While(_) => "a `while` loop",
        Stmt::If(_) => "an `if` statement",
        Stmt::AugAssign(_) => "an augmented assignment",
        Stmt::AnnAssign(_) => "an annotated assignment",
        Stmt::Expr(_) => "an expression statement",
        Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) => "a nested `def`",
        Stmt::With(_) | Stmt::AsyncWith(_) => "a `with` statement",
        Stmt::Try(_) | Stmt::TryStar(_) => "a `try` statement",
        Stmt::Import(_) | Stmt::ImportFrom(_) => "an import",
        Stmt::Pass(_) => "`pass`",
        _ => "this statement",
    }
}
