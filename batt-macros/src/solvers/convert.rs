//! Python source to a model of straight-line solvers, or the reason one is not one.

use std::collections::HashSet;

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote};
use rustpython_parser::ast::{self, Constant, Expr, Stmt, UnaryOp};
use rustpython_parser::{Parse, text_size::TextSize};

use super::names::{PRIMITIVES, TERNARY, is_dsl};

/// One `def` of the file.
pub(crate) struct Solver {
    /// The Python name, which is also the Rust one.
    pub(crate) name: String,
    /// The line of the `def`, from 1.
    pub(crate) line: usize,
    /// The converted lines, or why not.
    pub(crate) body: Converted,
}

/// A converted body, or the reason it is skipped.
pub(crate) enum Converted {
    /// The body's lines; the last is a [`Line::Return`].
    Lines(Vec<Line>),
    /// Why the function is outside the straight-line form.
    Skipped(String),
}

/// A value in a call or a `return`.
pub(crate) enum Value {
    /// The parameter `I` (a `&Grid`), still unbound again.
    Param,
    /// A variable bound by an earlier line.
    Var(String),
    /// A DSL primitive or constant.
    Dsl(String),
    /// An integer literal.
    Int(i32),
}

/// What a line calls.
pub(crate) enum Callee {
    /// A DSL primitive (already renamed, `rbind` of a three-parameter one being `rbind3`).
    Dsl(String),
    /// A function held in a variable (`x3 = x2(x1)`).
    Var(String),
}

/// The right-hand side of a line.
pub(crate) enum Rhs {
    /// `f(a, b, ...)`.
    Call(Callee, Vec<Value>),
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
            Line::Return(Rhs::Value(Value::Var(name))) => {
                // The last use: moved, not cloned.
                let name = format_ident!("{}", name, span = span);
                quote!(::core::option::Option::Some(#name))
            }
            Line::Return(rhs) => {
                let rhs = rhs.tokens(rt, span);
                quote!(::core::option::Option::Some(#rhs))
            }
        }
    }
}

impl Rhs {
    fn tokens(&self, rt: &TokenStream, span: Span) -> TokenStream {
        match self {
            Rhs::Call(callee, args) => {
                let (f, owned) = match callee {
                    Callee::Dsl(name) => (dsl_path(rt, name, span), false),
                    Callee::Var(name) => {
                        let name = format_ident!("{}", name, span = span);
                        (quote!(#name), true)
                    }
                };
                let args = args.iter().map(|a| a.tokens(rt, span, owned));
                quote!(#rt::try_dsl!(#f(#(#args),*)))
            }
            Rhs::Value(v) => v.tokens(rt, span, true),
        }
    }
}

impl Value {
    /// The argument: a variable borrowed (`&x1`), or cloned where an owned value is needed.
    fn tokens(&self, rt: &TokenStream, span: Span, owned: bool) -> TokenStream {
        match self {
            Value::Param if owned => quote!(::core::clone::Clone::clone(I)),
            Value::Param => quote!(I),
            Value::Var(name) => {
                let name = format_ident!("{}", name, span = span);
                if owned { quote!(::core::clone::Clone::clone(&#name)) } else { quote!(&#name) }
            }
            Value::Dsl(name) => dsl_path(rt, name, span),
            Value::Int(i) => {
                let mut lit = Literal::i32_suffixed(*i);
                lit.set_span(span);
                quote!(#lit)
            }
        }
    }
}

/// `rt::dsl::name`, with `box` and `move` as raw identifiers.
fn dsl_path(rt: &TokenStream, name: &str, span: Span) -> TokenStream {
    let ident = match name {
        "box" | "move" => proc_macro2::Ident::new_raw(name, span),
        _ => proc_macro2::Ident::new(name, span),
    };
    quote!(#rt::dsl::#ident)
}

/// Parses `source` and converts each top-level `def`; a syntax error is `Err` with the
/// file, line and column.
pub(crate) fn convert(source: &str, file: &str) -> Result<Vec<Solver>, String> {
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
        } else if matches!(name.as_str(), "SOLVERS" | "SKIPPED") {
            Converted::Skipped(format!("`{name}` is the name of a generated table"))
        } else if !seen.insert(name.clone()) {
            Converted::Skipped(format!("`{name}` is defined twice; the first is kept"))
        } else {
            match stmt {
                Stmt::FunctionDef(f) => match function(f, source) {
                    Ok(lines) => Converted::Lines(lines),
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

/// The variables bound so far, and whether `I` is still the parameter.
struct Scope {
    bound: HashSet<String>,
    param: bool,
}

fn function(f: &ast::StmtFunctionDef, source: &str) -> Result<Vec<Line>, String> {
    let a = &f.args;
    let single_i = a.posonlyargs.is_empty()
        && a.kwonlyargs.is_empty()
        && a.vararg.is_none()
        && a.kwarg.is_none()
        && a.args.len() == 1
        && a.args[0].default.is_none()
        && a.args[0].def.arg.as_str() == "I";
    if !single_i {
        return Err("parameters other than a single `I` are not supported yet".into());
    }
    if !f.decorator_list.is_empty() {
        return Err("decorated functions are outside the straight-line form".into());
    }
    let mut scope = Scope { bound: HashSet::new(), param: true };
    let mut lines = Vec::new();
    let n = f.body.len();
    for (k, stmt) in f.body.iter().enumerate() {
        let line = line_col(source, stmt_start(stmt)).0;
        let at = |what: String| format!("line {line}: {what}");
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
                let rhs = rhs(&s.value, &scope).map_err(at)?;
                if name == "I" {
                    scope.param = false;
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
                lines.push(Line::Return(rhs(value, &scope).map_err(at)?));
            }
            other => return Err(at(format!("{} is outside the straight-line form", kind(other)))),
        }
    }
    if !matches!(lines.last(), Some(Line::Return(_))) {
        return Err("it never returns a value".into());
    }
    Ok(lines)
}

fn rhs(e: &Expr, scope: &Scope) -> Result<Rhs, String> {
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
            let callee = if scope.bound.contains(f) || (f == "I" && scope.param) {
                Callee::Var(f.to_string())
            } else if PRIMITIVES.contains(&f) {
                let ternary =
                    matches!(args.first(), Some(Value::Dsl(g)) if TERNARY.contains(&g.as_str()));
                match f {
                    "rbind" | "lbind" if ternary => Callee::Dsl(format!("{f}3")),
                    _ => Callee::Dsl(f.to_string()),
                }
            } else if is_dsl(f) {
                return Err(format!("calls the constant `{f}`"));
            } else {
                return Err(format!("unknown primitive `{f}`"));
            };
            Ok(Rhs::Call(callee, args))
        }
        Expr::Name(_) | Expr::Constant(_) | Expr::UnaryOp(_) => Ok(Rhs::Value(value(e, scope)?)),
        _ => Err("only a call `f(...)`, a name or an integer may be assigned or returned".into()),
    }
}

fn value(e: &Expr, scope: &Scope) -> Result<Value, String> {
    match e {
        Expr::Name(n) => {
            let n = n.id.as_str();
            if n == "I" && scope.param && !scope.bound.contains(n) {
                Ok(Value::Param)
            } else if scope.bound.contains(n) {
                Ok(Value::Var(n.to_string()))
            } else if is_dsl(n) {
                Ok(Value::Dsl(n.to_string()))
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
