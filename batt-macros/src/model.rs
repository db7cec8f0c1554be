//! A small model of a block's statements: which ones are lines of the sample pattern, and
//! which names each statement mentions or binds.
//!
//! Names are compared as strings, conservatively: a name counts as mentioned when its
//! identifier appears anywhere in the statement (a field, a macro's tokens, a format string's
//! `{name}` included), and as bound when it appears in any pattern or in the tokens of a
//! macro in statement position (other than the standard expression macros: `assert!`,
//! `println!`, `format!`, ...), which could expand to a `let`.
//! Over-counting only makes [`crate::analyse`] leave more code alone.

use std::collections::HashSet;

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::{Expr, Ident, Local, Pat, Path, Stmt, Type};

/// The DSL functions the pattern is made of; a function that binds one of these names
/// locally is left alone.
pub(crate) const DSL_NAMES: [&str; 5] = ["apply", "mapply", "first", "second", "p_g"];

/// Standard macros that expand to an expression, never to a `let` of the caller's scope.
const NON_BINDING_MACROS: [&str; 21] = [
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "println",
    "print",
    "eprintln",
    "eprint",
    "write",
    "writeln",
    "format",
    "format_args",
    "panic",
    "todo",
    "unimplemented",
    "unreachable",
    "dbg",
    "vec",
    "matches",
];

/// Which half of the pattern a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// `apply(first, S)` and its palettes.
    Inputs,
    /// `apply(second, S)` and its palettes.
    Outputs,
}

/// The name a pattern line binds: `let [mut] name [: Type] = ...`.
#[derive(Debug, Clone)]
pub(crate) struct Binding {
    pub(crate) name: Ident,
    pub(crate) mutability: Option<syn::token::Mut>,
    pub(crate) ty: Option<Type>,
}

/// `let x1 = apply(first, S);` or `let x2 = apply(second, S);`.
#[derive(Debug, Clone)]
pub(crate) struct SampleLine {
    pub(crate) side: Side,
    pub(crate) binding: Binding,
    /// The samples argument as written (`S`, `&S`, `&task.train`).
    pub(crate) samples: Expr,
    /// The samples place without `&` and parentheses, as text: equal keys, same samples.
    pub(crate) key: String,
    /// The variable the samples place starts from (`task` in `&task.train`).
    pub(crate) root: String,
    /// The paths written for `apply` and for `first`/`second`.
    pub(crate) apply: Path,
    pub(crate) function: Path,
}

/// `let x3 = mapply(p_g, &x1);` (or `x1` without `&`).
#[derive(Debug, Clone)]
pub(crate) struct PaletteLine {
    pub(crate) binding: Binding,
    /// The grids' name (`x1`).
    pub(crate) source: String,
    /// The paths written for `mapply` and `p_g`.
    pub(crate) mapply: Path,
    pub(crate) p_g: Path,
}

/// What one statement is to the pattern.
#[derive(Debug, Clone)]
pub(crate) enum Shape {
    Sample(Box<SampleLine>),
    Palette(Box<PaletteLine>),
    /// Looks like `apply(first|second, ..)` in a `let`, but cannot take part; says why.
    NearMiss(String),
    Other,
}

/// One statement of a block, read.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub(crate) shape: Shape,
    /// Every name the statement mentions (including the ones it binds).
    pub(crate) mentions: HashSet<String>,
    /// Every name the statement may bind, in any pattern or macro.
    pub(crate) binds: HashSet<String>,
    pub(crate) span: Span,
}

impl Line {
    /// Whether the statement is a line of the pattern (fused or not): such lines only read
    /// their samples and bind their own name.
    pub(crate) fn is_pattern_line(&self) -> bool {
        matches!(self.shape, Shape::Sample(_) | Shape::Palette(_))
    }

    pub(crate) fn name(&self) -> Option<&Ident> {
        match &self.shape {
            Shape::Sample(s) => Some(&s.binding.name),
            Shape::Palette(p) => Some(&p.binding.name),
            _ => None,
        }
    }
}

/// Reads every statement of a block.
pub(crate) fn read_block(stmts: &[Stmt]) -> Vec<Line> {
    stmts.iter().map(read_stmt).collect()
}

fn read_stmt(stmt: &Stmt) -> Line {
    let mut mentions = HashSet::new();
    idents(stmt.to_token_stream(), &mut mentions);
    Line { shape: shape(stmt), mentions, binds: binds(stmt), span: stmt.span() }
}

/// The names a statement may bind, in any pattern or macro.
fn binds(stmt: &Stmt) -> HashSet<String> {
    let mut collector = BindCollector::default();
    collector.visit_stmt(stmt);
    collector.names
}

/// The names a function binds in its parameters' and its body's patterns (macros not
/// counted).
pub(crate) fn function_binds(sig: &syn::Signature, body: &syn::Block) -> HashSet<String> {
    let mut collector = BindCollector { patterns_only: true, ..BindCollector::default() };
    collector.visit_signature(sig);
    collector.visit_block(body);
    collector.names
}

/// The names a block may bind anywhere inside it.
pub(crate) fn block_binds(body: &syn::Block) -> HashSet<String> {
    let mut collector = BindCollector::default();
    collector.visit_block(body);
    collector.names
}

/// Collects bound names; see [`binds`].
#[derive(Default)]
struct BindCollector {
    names: HashSet<String>,
    patterns_only: bool,
}

impl<'ast> Visit<'ast> for BindCollector {
    fn visit_pat_ident(&mut self, i: &'ast syn::PatIdent) {
        self.names.insert(unraw(&i.ident));
        syn::visit::visit_pat_ident(self, i);
    }

    fn visit_stmt_macro(&mut self, m: &'ast syn::StmtMacro) {
        // A macro in statement position may expand to `let name = ..;`, unless it is one of
        // the standard macros that expand to an expression.
        let standard = m
            .mac
            .path
            .segments
            .last()
            .is_some_and(|s| NON_BINDING_MACROS.contains(&s.ident.to_string().as_str()))
            && (m.mac.path.segments.len() == 1
                || ["std", "core", "alloc"]
                    .contains(&m.mac.path.segments[0].ident.to_string().as_str()));
        if !self.patterns_only && !standard {
            idents(m.mac.tokens.clone(), &mut self.names);
        }
    }

    // A macro in expression position expands to an expression: its bindings stay inside.
    fn visit_expr_macro(&mut self, _m: &'ast syn::ExprMacro) {}
}

/// Every identifier in `tokens`, and every `{name}` of a string literal (format captures).
pub(crate) fn idents(tokens: TokenStream, out: &mut HashSet<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(i) => {
                out.insert(unraw(&i));
            }
            TokenTree::Group(g) => idents(g.stream(), out),
            TokenTree::Literal(l) => format_captures(&l.to_string(), out),
            TokenTree::Punct(_) => {}
        }
    }
}

fn format_captures(text: &str, out: &mut HashSet<String>) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if end > 0 {
            out.insert(rest[..end].trim_start_matches("r#").to_string());
        }
    }
}

pub(crate) fn unraw(ident: &Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").map(str::to_string).unwrap_or(s)
}

fn shape(stmt: &Stmt) -> Shape {
    let Stmt::Local(local) = stmt else { return Shape::Other };
    let Some(init) = &local.init else { return Shape::Other };
    let Some((function, args)) = call(&init.expr) else { return Shape::Other };
    let [first_arg, second_arg] = args.as_slice() else { return Shape::Other };
    let last = last_segment(&function);
    let argument = path_expr(first_arg).map(|p| (last_segment(&p), p));
    match (last.as_deref(), argument) {
        (Some("apply"), Some((Some(f), path))) if f == "first" || f == "second" => {
            let side = if f == "first" { Side::Inputs } else { Side::Outputs };
            sample_line(local, side, function, path, second_arg)
        }
        (Some("mapply"), Some((Some(f), path))) if f == "p_g" => {
            palette_line(local, function, path, second_arg)
        }
        _ => Shape::Other,
    }
}

fn sample_line(local: &Local, side: Side, apply: Path, function: Path, samples: &Expr) -> Shape {
    let binding = match binding(local) {
        Ok(b) => b,
        Err(why) => return Shape::NearMiss(why),
    };
    let Some(root) = place_root(strip(samples)) else {
        return Shape::NearMiss(format!(
            "the samples `{}` are not a plain place such as `S`, `&S` or `&task.train`, so \
             #[batt] cannot prove that every line of the pattern reads the same samples",
            samples.to_token_stream().to_string().replace("& ", "&")
        ));
    };
    let key = strip(samples).to_token_stream().to_string();
    Shape::Sample(Box::new(SampleLine {
        side,
        binding,
        samples: samples.clone(),
        key,
        root,
        apply,
        function,
    }))
}

fn palette_line(local: &Local, mapply: Path, p_g: Path, grids: &Expr) -> Shape {
    let Ok(binding) = binding(local) else { return Shape::Other };
    let source = match strip_once(grids) {
        Expr::Path(p) if p.qself.is_none() => p.path.get_ident().map(unraw),
        _ => None,
    };
    match source {
        Some(source) => Shape::Palette(Box::new(PaletteLine { binding, source, mapply, p_g })),
        None => Shape::Other,
    }
}

fn binding(local: &Local) -> Result<Binding, String> {
    if !local.attrs.is_empty() {
        return Err("this line has attributes, which the fused line could not keep".into());
    }
    if local.init.as_ref().is_some_and(|i| i.diverge.is_some()) {
        return Err("this is a `let ... else`, not a plain `let`".into());
    }
    let (pat, ty) = match &local.pat {
        Pat::Type(t) => (&*t.pat, Some((*t.ty).clone())),
        other => (other, None),
    };
    match pat {
        Pat::Ident(i) if i.by_ref.is_none() && i.subpat.is_none() && i.attrs.is_empty() => {
            Ok(Binding { name: i.ident.clone(), mutability: i.mutability, ty })
        }
        other => Err(format!(
            "this line binds the pattern `{}`, not a plain name",
            other.to_token_stream()
        )),
    }
}

/// `f(a, b)` as the function's path and the arguments.
fn call(expr: &Expr) -> Option<(Path, Vec<Expr>)> {
    match expr {
        Expr::Call(c) if c.attrs.is_empty() => {
            Some((path_expr(&c.func)?, c.args.iter().cloned().collect()))
        }
        _ => None,
    }
}

/// A plain path without generic arguments (`apply`, `dsl::apply`, `::batt::prelude::p_g`).
fn path_expr(expr: &Expr) -> Option<Path> {
    match expr {
        Expr::Path(p)
            if p.qself.is_none()
                && p.attrs.is_empty()
                && p.path.segments.iter().all(|s| s.arguments.is_none()) =>
        {
            Some(p.path.clone())
        }
        _ => None,
    }
}

fn last_segment(path: &Path) -> Option<String> {
    path.segments.last().map(|s| unraw(&s.ident))
}

/// Without parentheses and one shared `&`: `&x1` → `x1`.
fn strip_once(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => strip_once(&p.expr),
        Expr::Group(g) => strip_once(&g.expr),
        Expr::Reference(r) if r.mutability.is_none() => strip_parens(&r.expr),
        other => other,
    }
}

fn strip_parens(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => strip_parens(&p.expr),
        Expr::Group(g) => strip_parens(&g.expr),
        other => other,
    }
}

/// Without parentheses and any number of shared `&`: `&&(S)` → `S`.
pub(crate) fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => strip(&p.expr),
        Expr::Group(g) => strip(&g.expr),
        Expr::Reference(r) if r.mutability.is_none() => strip(&r.expr),
        other => other,
    }
}

/// The variable a plain place starts from: `S` → `S`, `task.train` → `task`,
/// `self.samples` → `self`. `None` for anything else (calls, indexing, `*`, paths with `::`).
fn place_root(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Path(p) if p.qself.is_none() && p.attrs.is_empty() => p.path.get_ident().map(unraw),
        Expr::Field(f) if f.attrs.is_empty() => place_root(strip_parens(&f.base)),
        _ => None,
    }
}
