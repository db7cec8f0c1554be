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
    /// [`Line::Return`]), the names it takes from the user's `primitives` module, each
    /// with the line of its first use, and, where Rust's static types cannot express it,
    /// why: its lines then run over the runtime's dynamic values.
    Function {
        params: Vec<Param>,
        lines: Vec<Line>,
        foreign: Vec<(String, usize)>,
        kind: Kind,
        dynamic: Option<String>,
    },
    /// Why the function is outside the straight-line form.
    Skipped(String),
}

/// What a converted function returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A grid: `Option<Grid>`.
    Grid,
    /// Lists built with `append` (`return o, s`): the runtime's `Lists`.
    Lists {
        /// Every list the function binds (`s = []`), declared before its lines.
        declared: Vec<String>,
        /// The lists returned, in the `return`'s order.
        returned: Vec<String>,
    },
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
    /// `task_id: &str`: the task's name, which only an `append` may take.
    TaskId,
    /// `log_path: &str`: where generated code may log; accepted and unused.
    LogPath,
}

impl Param {
    /// The parameters of the `BATTS` table's functions, in order.
    pub(crate) const ALL: [Param; 3] = [Param::S, Param::I, Param::C];

    /// The parameters of the `LISTS` table's functions, in order.
    pub(crate) const LISTS: [Param; 5] =
        [Param::TaskId, Param::S, Param::I, Param::C, Param::LogPath];

    fn from_name(name: &str) -> Option<Param> {
        match name {
            "S" => Some(Param::S),
            "I" => Some(Param::I),
            "C" => Some(Param::C),
            "task_id" => Some(Param::TaskId),
            "log_path" => Some(Param::LogPath),
            _ => None,
        }
    }

    /// The Python (and Rust) name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Param::S => "S",
            Param::I => "I",
            Param::C => "C",
            Param::TaskId => "task_id",
            Param::LogPath => "log_path",
        }
    }

    /// The name as a Rust identifier.
    pub(crate) fn ident(self, span: Span) -> proc_macro2::Ident {
        proc_macro2::Ident::new(self.name(), span)
    }

    /// The Rust type: `&Samples`, `&Grid` or `&str`.
    pub(crate) fn ty(self, rt: &TokenStream) -> TokenStream {
        match self {
            Param::S => quote!(&#rt::Samples),
            Param::I | Param::C => quote!(&#rt::Grid),
            Param::TaskId | Param::LogPath => quote!(&str),
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
    /// A variable bound by a `try`, which may hold a failure (`None`): `Option<T>`.
    Maybe(String),
}

/// A field of an appended tuple.
pub(crate) enum Field {
    /// An integer literal.
    Int(i64),
    /// `True` or `False`.
    Bool(bool),
    /// A string literal.
    Str(String),
    /// `None`.
    None,
    /// A parameter, variable or name.
    Value(Value),
}

/// The value an `except` branch assigns.
pub(crate) enum Fallback {
    /// `None`: the variable holds a failure.
    None,
    /// `()`: the empty value of the variable's type (`Default`).
    Empty,
    /// A constant, a literal or a variable.
    Value(Value),
    /// A call of a primitive, and its line where the function notes its lines (its failure
    /// fails the function).
    Call(Option<usize>, Rhs),
}

/// What a line calls.
pub(crate) enum Callee {
    /// A DSL primitive (already renamed, `rbind` of a three-parameter one being `rbind3`).
    Dsl(String),
    /// A function held in a variable (`x3 = x2(x1)`).
    Var(String),
    /// A function of the user's `primitives` module.
    Foreign(String),
    /// A function held in a variable bound by a `try`.
    Maybe(String),
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
    /// `try: name = rhs` / `except ...: name = fallback`: `name` is an `Option`.
    Try(String, Rhs, Fallback),
    /// The Python line about to run, noted where a failure stops a function of lists.
    At(usize),
    /// `name = []` bound again (the list is declared before the lines, empty).
    Clear(String),
    /// `name.append((field, ...))`.
    Append(String, Vec<Field>),
}

/// The variable that holds the line about to run, in a function of lists.
pub(crate) fn at_ident() -> proc_macro2::Ident {
    proc_macro2::Ident::new("__batt_at", Span::mixed_site())
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
            Line::Return(Rhs::Value(Value::Maybe(name))) => {
                let name = format_ident!("{}", name, span = span);
                quote!(#rt::dsl::GridLike::into_grid(#name?))
            }
            Line::Return(rhs) => {
                let rhs = rhs.tokens(rt, span);
                quote!(#rt::dsl::GridLike::into_grid(#rhs))
            }
            Line::Try(name, rhs, fallback) => {
                let name = format_ident!("{}", name, span = span);
                let rhs = rhs.tokens(rt, span);
                let fallback = match fallback {
                    Fallback::None => quote!(::core::option::Option::None),
                    Fallback::Empty => {
                        quote!(::core::option::Option::Some(::core::default::Default::default()))
                    }
                    Fallback::Value(v) => {
                        let v = v.tokens(rt, span, Pass::Owned);
                        quote!(::core::option::Option::Some(#v))
                    }
                    Fallback::Call(line, call) => {
                        let call = call.tokens(rt, span);
                        let note = line.map(|line| {
                            let at = at_ident();
                            quote!(#at = #line;)
                        });
                        quote!({ #note ::core::option::Option::Some(#call) })
                    }
                };
                // The `try` body in a closure of its own: its `?` gives the fallback.
                quote! {
                    let #name = match (|| ::core::option::Option::Some(#rhs))() {
                        ::core::option::Option::Some(v) => ::core::option::Option::Some(v),
                        ::core::option::Option::None => #fallback,
                    };
                }
            }
            Line::At(line) => {
                let at = at_ident();
                quote!(#at = #line;)
            }
            Line::Clear(name) => {
                let name = format_ident!("{}", name, span = span);
                quote!(#name.clear();)
            }
            Line::Append(name, fields) => {
                let name = format_ident!("{}", name, span = span);
                let lists = quote!(#rt::lists);
                let fields = fields.iter().map(|f| match f {
                    Field::Int(i) => quote!(#lists::DslValue::Int(#i)),
                    Field::Bool(b) => quote!(#lists::DslValue::Bool(#b)),
                    Field::Str(s) => quote!(#lists::DslValue::Str(::std::string::String::from(#s))),
                    Field::None => quote!(#lists::DslValue::None),
                    Field::Value(v) => {
                        let v = v.tokens(rt, span, Pass::Append);
                        quote!(#lists::ToDslValue::to_dsl_value(#v))
                    }
                });
                quote!(#name.push(#lists::Record(::std::vec![#(#fields),*]));)
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
    /// Borrowed as it is, a failed value too: what an `append` takes.
    Append,
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
                    Callee::Maybe(name) => {
                        let name = format_ident!("{}", name, span = span);
                        quote!((#name.as_ref()?))
                    }
                };
                let args = args.iter().enumerate().map(|(k, a)| {
                    let pass = match callee {
                        Callee::Var(_) | Callee::Maybe(_) => Pass::OwnedFunction,
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
            // A failed value stays one: `x = t5` of a `try`'s `t5` is an `Option` too.
            Rhs::Value(Value::Maybe(name)) => {
                let name = format_ident!("{}", name, span = span);
                quote!(::core::clone::Clone::clone(&#name))
            }
            Rhs::Value(v) => v.tokens(rt, span, Pass::Owned),
        }
    }
}

impl Value {
    /// The argument, passed as `pass` says.
    fn tokens(&self, rt: &TokenStream, span: Span, pass: Pass) -> TokenStream {
        match (self, pass) {
            (Value::Param(p), Pass::Append) => {
                let p = p.ident(span);
                quote!(&#p)
            }
            (Value::Var(name) | Value::Maybe(name) | Value::Foreign(name), Pass::Append) => {
                let name = format_ident!("{}", name, span = span);
                quote!(&#name)
            }
            (Value::Dsl(name), Pass::Append) => {
                let path = dsl_path(rt, name, span);
                quote!(&#path)
            }
            (Value::Maybe(name), Pass::Borrow) => {
                let name = format_ident!("{}", name, span = span);
                quote!(#name.as_ref()?)
            }
            (Value::Maybe(name), _) => {
                let name = format_ident!("{}", name, span = span);
                quote!(#rt::dsl::ToArg::to_arg(#name.as_ref()?))
            }
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
        } else if matches!(name.as_str(), "SOLVERS" | "BATTS" | "LISTS" | "SKIPPED" | "DYNAMIC") {
            Converted::Skipped(format!("`{name}` is the name of a generated table"))
        } else if !seen.insert(name.clone()) {
            Converted::Skipped(format!("`{name}` is defined twice; the first is kept"))
        } else {
            match stmt {
                Stmt::FunctionDef(f) => match function(f, source, foreign) {
                    Ok((params, lines, foreign, kind)) => {
                        match super::types::dynamic_reason(&lines) {
                            None => {
                                Converted::Function { params, lines, foreign, kind, dynamic: None }
                            }
                            Some(reason) => match dynamic_form(&params, &lines, &foreign, &kind) {
                                Ok(()) => Converted::Function {
                                    params,
                                    lines,
                                    foreign,
                                    kind,
                                    dynamic: Some(reason),
                                },
                                Err(why) => {
                                    Converted::Skipped(format!("dynamic ({reason}), and {why}"))
                                }
                            },
                        }
                    }
                    Err(reason) => Converted::Skipped(reason),
                },
                _ => Converted::Skipped("an `async def` is not a solver".into()),
            }
        };
        out.push(Solver { name, line, body });
    }
    Ok(out)
}

/// Whether a function can run over dynamic values: it returns a grid, takes only grids
/// (`I`, `C`), and its lines are plain calls and values of the DSL (no `try`, no lists, no
/// names of the user's module).
fn dynamic_form(
    params: &[Param],
    lines: &[Line],
    foreign: &[(String, usize)],
    kind: &Kind,
) -> Result<(), String> {
    if *kind != Kind::Grid {
        return Err("the dynamic form returns a grid, not lists".into());
    }
    if params.iter().any(|p| !matches!(p, Param::I | Param::C)) {
        return Err("the dynamic form takes only grids (`I`, `C`)".into());
    }
    if !foreign.is_empty() {
        return Err("the dynamic form runs only the DSL's primitives".into());
    }
    let plain =
        |v: &Value| matches!(v, Value::Param(_) | Value::Var(_) | Value::Dsl(_) | Value::Int(_));
    let rhs_plain = |rhs: &Rhs| match rhs {
        Rhs::Call(Callee::Dsl(_) | Callee::Var(_), args) => args.iter().all(plain),
        Rhs::Value(v) => plain(v),
        _ => false,
    };
    let ok = lines.iter().all(|l| match l {
        Line::Let(_, rhs) | Line::Return(rhs) => rhs_plain(rhs),
        _ => false,
    });
    if ok { Ok(()) } else { Err("the dynamic form has only plain calls, without `try`".into()) }
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
    /// The variables bound by a `try`, which may hold a failure.
    maybe: HashSet<String>,
    /// The lists bound by `name = []`, in order.
    lists: Vec<String>,
}

impl Scope {
    /// The parameter `name` refers to, unless it was bound again.
    fn param(&self, name: &str) -> Option<Param> {
        self.params.iter().copied().find(|p| p.name() == name)
    }

    /// Binds `name` to a value (`maybe`: one of a `try`, which may be a failure).
    fn bind(&mut self, name: &str, maybe: bool) -> Result<(), String> {
        if self.lists.iter().any(|l| l == name) {
            return Err(format!("line {}: `{name}` is bound to a list and to a value", self.line));
        }
        self.params.retain(|p| p.name() != name);
        self.sample_grids.remove(name);
        self.bound.insert(name.to_string());
        if maybe {
            self.maybe.insert(name.to_string());
        } else {
            self.maybe.remove(name);
        }
        Ok(())
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
                "unknown parameter `{name}`: the parameters are `S` (the samples), `I` (a grid), \
                 `C` (a candidate output grid), `task_id` and `log_path` (strings)"
            ));
        };
        if params.contains(&param) {
            return Err(format!("parameter `{name}` is given twice"));
        }
        params.push(param);
    }
    if params.is_empty() {
        return Err(
            "it has no parameters; the parameters are `S`, `I`, `C`, `task_id` and `log_path`"
                .into(),
        );
    }
    Ok(params)
}

/// A function's parameters, lines, names of the user's module and kind.
type Function = (Vec<Param>, Vec<Line>, Vec<(String, usize)>, Kind);

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
        maybe: HashSet::new(),
        lists: Vec::new(),
    };
    let mut lines = Vec::new();
    let mut returned = None;
    let n = f.body.len();
    for (k, stmt) in f.body.iter().enumerate() {
        let line = line_col(source, stmt_start(stmt)).0;
        let at = |what: String| format!("line {line}: {what}");
        scope.line = line;
        match stmt {
            Stmt::Expr(e) if k == 0 && is_docstring(&e.value) => {}
            Stmt::Assign(s) if is_empty_list(&s.value) => {
                let name = target(&s.targets).map_err(at)?;
                if scope.bound.contains(&name) || scope.param(&name).is_some() {
                    return Err(at(format!("`{name}` is bound to a value and to a list")));
                }
                if scope.lists.contains(&name) {
                    lines.push(Line::Clear(name));
                } else {
                    scope.lists.push(name);
                }
            }
            Stmt::Assign(s) => {
                let name = target(&s.targets).map_err(at)?;
                let rhs = rhs(&s.value, &mut scope).map_err(at)?;
                if matches!(rhs, Rhs::Call(..)) {
                    lines.push(Line::At(line));
                }
                let maybe = matches!(rhs, Rhs::Value(Value::Maybe(_)));
                scope.bind(&name, maybe)?;
                if matches!(&rhs, Rhs::Pattern("apply", _)) {
                    scope.sample_grids.insert(name.clone());
                }
                lines.push(Line::Let(name, rhs));
            }
            Stmt::Try(t) => {
                let (name, rhs, fallback) = try_line(t, source, &mut scope).map_err(at)?;
                scope.bind(&name, true)?;
                lines.push(Line::Try(name, rhs, fallback));
            }
            Stmt::Expr(e) => lines.push(append(&e.value, &mut scope).map_err(at)?),
            Stmt::Return(r) => {
                if k + 1 != n {
                    return Err(at("statements after `return`".into()));
                }
                let Some(value) = &r.value else {
                    return Err(at("`return` without a value".into()));
                };
                match returned_lists(value, &scope).map_err(at)? {
                    Some(lists) => returned = Some(lists),
                    None => {
                        lines.push(Line::At(line));
                        lines.push(Line::Return(rhs(value, &mut scope).map_err(at)?));
                    }
                }
            }
            other => return Err(at(format!("{} is outside the straight-line form", kind(other)))),
        }
    }
    let kind = match returned {
        Some(returned) => Kind::Lists { declared: scope.lists, returned },
        None if !matches!(lines.last(), Some(Line::Return(_))) => {
            return Err("it never returns a value".into());
        }
        None if !scope.lists.is_empty() => {
            return Err("it builds lists but returns a grid; a function of lists returns them \
                 (`return o, s`)"
                .into());
        }
        None => {
            // Only a function of lists notes its lines (for `Lists::failed_at`).
            lines.retain(|l| !matches!(l, Line::At(_)));
            for l in &mut lines {
                if let Line::Try(_, _, Fallback::Call(line, _)) = l {
                    *line = None;
                }
            }
            Kind::Grid
        }
    };
    Ok((params, lines, scope.used, kind))
}

/// The one plain name assigned.
fn target(targets: &[Expr]) -> Result<String, String> {
    let [Expr::Name(target)] = targets else {
        return Err("only assignments to one plain name are supported".into());
    };
    let name = target.id.to_string();
    if syn::parse_str::<syn::Ident>(&name).is_err() {
        return Err(format!("`{name}` is not a Rust identifier"));
    }
    Ok(name)
}

fn is_empty_list(e: &Expr) -> bool {
    matches!(e, Expr::List(l) if l.elts.is_empty())
}

/// `try:` one assignment `except ...:` one assignment to the same name: the name, the
/// `try`'s right-hand side (a call) and the `except`'s.
fn try_line(
    t: &ast::StmtTry,
    source: &str,
    scope: &mut Scope,
) -> Result<(String, Rhs, Fallback), String> {
    const FORM: &str = "a `try` is supported as `try:` one assignment `name = f(...)`, then one \
                        `except` (of any exceptions, without `as`) assigning `name` again";
    let ([Stmt::Assign(body)], [ast::ExceptHandler::ExceptHandler(handler)], [], []) =
        (t.body.as_slice(), t.handlers.as_slice(), t.orelse.as_slice(), t.finalbody.as_slice())
    else {
        return Err(FORM.into());
    };
    let ([Stmt::Assign(except)], None) = (handler.body.as_slice(), &handler.name) else {
        return Err(FORM.into());
    };
    let name = target(&body.targets)?;
    if target(&except.targets)? != name {
        return Err(FORM.into());
    }
    if scope.lists.contains(&name) {
        return Err(format!("`{name}` is bound to a value and to a list"));
    }
    let call = match rhs(&body.value, scope)? {
        call @ Rhs::Call(..) => call,
        _ => return Err(FORM.into()),
    };
    let fallback = match except.value.as_ref() {
        Expr::Constant(ast::ExprConstant { value: Constant::None, .. }) => Fallback::None,
        Expr::Tuple(t) if t.elts.is_empty() => Fallback::Empty,
        Expr::Call(_) => {
            let line = line_col(source, stmt_start(&handler.body[0])).0;
            scope.line = line;
            match rhs(&except.value, scope)? {
                call @ Rhs::Call(..) => Fallback::Call(Some(line), call),
                _ => return Err(FORM.into()),
            }
        }
        e => match value(e, scope)? {
            Value::Maybe(_) => {
                return Err("an `except` may not assign a value of another `try`".into());
            }
            v => Fallback::Value(v),
        },
    };
    Ok((name, call, fallback))
}

/// `name.append((field, ...))` of a list `name`.
fn append(e: &Expr, scope: &mut Scope) -> Result<Line, String> {
    const FORM: &str = "the only expression statement is `list.append((field, ...))`";
    let Expr::Call(c) = e else { return Err(FORM.into()) };
    let (Expr::Attribute(a), [Expr::Tuple(t)], []) =
        (c.func.as_ref(), c.args.as_slice(), c.keywords.as_slice())
    else {
        return Err(FORM.into());
    };
    let Expr::Name(list) = a.value.as_ref() else { return Err(FORM.into()) };
    if a.attr.as_str() != "append" {
        return Err(FORM.into());
    }
    let list = list.id.to_string();
    if !scope.lists.contains(&list) {
        return Err(format!("`{list}` is not a list bound by `{list} = []`"));
    }
    let fields = t
        .elts
        .iter()
        .map(|e| match e {
            Expr::Constant(c) => {
                match &c.value {
                    Constant::Int(i) => i
                        .to_string()
                        .parse()
                        .map(Field::Int)
                        .map_err(|_| format!("the integer {i} does not fit an `i64`")),
                    Constant::Bool(b) => Ok(Field::Bool(*b)),
                    Constant::Str(s) => Ok(Field::Str(s.clone())),
                    Constant::None => Ok(Field::None),
                    _ => Err("a field is an integer, boolean, string or `None` literal, or a name"
                        .into()),
                }
            }
            Expr::Name(n) if matches!(scope.param(&n.id), Some(Param::TaskId | Param::LogPath)) => {
                Ok(Field::Value(Value::Param(scope.param(&n.id).unwrap_or(Param::TaskId))))
            }
            Expr::Name(n) if scope.param(&n.id) == Some(Param::S) => {
                Err("the samples `S` cannot be appended".into())
            }
            Expr::Name(n) if scope.lists.iter().any(|l| l == n.id.as_str()) => {
                Err(format!("the list `{}` cannot be appended", n.id))
            }
            e @ (Expr::Name(_) | Expr::UnaryOp(_)) => value(e, scope).map(|v| match v {
                Value::Int(i) => Field::Int(i64::from(i)),
                v => Field::Value(v),
            }),
            _ => Err("a field is an integer, boolean, string or `None` literal, or a name".into()),
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Line::Append(list, fields))
}

/// The lists a `return` gives (`return o, s` or `return o`), or `None` where it gives a
/// value.
fn returned_lists(e: &Expr, scope: &Scope) -> Result<Option<Vec<String>>, String> {
    let names: Vec<&Expr> = match e {
        Expr::Tuple(t) => t.elts.iter().collect(),
        e => vec![e],
    };
    let is_list =
        |e: &Expr| matches!(e, Expr::Name(n) if scope.lists.iter().any(|l| l == n.id.as_str()));
    if !names.iter().any(|e| is_list(e)) {
        return Ok(None);
    }
    let mut out: Vec<String> = Vec::new();
    for e in names {
        match e {
            Expr::Name(n) if is_list(e) && !out.iter().any(|o| o == n.id.as_str()) => {
                out.push(n.id.to_string());
            }
            _ => return Err("a `return` of lists gives each list once and nothing else".into()),
        }
    }
    Ok(Some(out))
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
            let callee = if let Some(Param::TaskId | Param::LogPath) = scope.param(f) {
                return Err(format!("`{f}` is a string that only an `append` may take"));
            } else if scope.maybe.contains(f) {
                Callee::Maybe(f.to_string())
            } else if scope.bound.contains(f) || scope.param(f).is_some() {
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
            if let Some(Param::TaskId | Param::LogPath) = scope.param(n) {
                Err(format!("`{n}` is a string that only an `append` may take"))
            } else if let Some(p) = scope.param(n) {
                Ok(Value::Param(p))
            } else if scope.lists.iter().any(|l| l == n) {
                Err(format!("the list `{n}` is only appended to and returned"))
            } else if scope.maybe.contains(n) {
                Ok(Value::Maybe(n.to_string()))
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
