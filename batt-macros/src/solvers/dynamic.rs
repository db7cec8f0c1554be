//! The body of a dynamic function: its lines over the runtime's dynamic values
//! (`batt_runtime::dynamic`), for the functions whose types Rust cannot express.
//!
//! Each parameter becomes a `Value` (a grid's tuple of rows); each line
//! `x = f(a, b)` becomes `let x = dynamic::prim("f", &[a, b])?` for a primitive, or
//! `dynamic::call(&f, &[a, b])?` for a function variable; constants and primitives passed as
//! values become `Value`s; the returned value is turned back into a grid (`None` where it is
//! none), as the static functions fail.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

use super::convert::{Callee, Line, Param, Rhs, Value};

/// The function's body: its parameters as values, then its lines.
pub(crate) fn body(lines: &[Line], params: &[Param], rt: &TokenStream, span: Span) -> TokenStream {
    let d = quote!(#rt::dynamic);
    let params = params.iter().map(|p| {
        let name = p.ident(span);
        quote!(let #name = #d::Value::from_grid(#name);)
    });
    let lines = lines.iter().map(|line| match line {
        Line::Let(name, rhs) => {
            let name = format_ident!("{}", name, span = span);
            let rhs = rhs_tokens(rhs, &d, span);
            quote!(let #name: #d::Value = #rhs;)
        }
        Line::Return(rhs) => {
            let rhs = rhs_tokens(rhs, &d, span);
            quote!(#rhs.to_grid())
        }
        // `dynamic_form` admits no other line.
        _ => quote!(),
    });
    quote! {
        #(#params)*
        #(#lines)*
    }
}

/// A right-hand side: a value, or a call that fails the function where it fails.
fn rhs_tokens(rhs: &Rhs, d: &TokenStream, span: Span) -> TokenStream {
    match rhs {
        Rhs::Value(v) => value(v, d, span),
        Rhs::Call(callee, args) => {
            let args = args.iter().map(|a| value(a, d, span));
            match callee {
                Callee::Dsl(f) => {
                    let f = base_name(f);
                    quote!(#d::prim(#f, &[#(#args),*])?)
                }
                Callee::Var(f) | Callee::Maybe(f) | Callee::Foreign(f) => {
                    let f = format_ident!("{}", f, span = span);
                    quote!(#d::call(&#f, &[#(#args),*])?)
                }
            }
        }
        Rhs::Pattern(f, args) => {
            let args = args.iter().map(|a| value(a, d, span));
            quote!(#d::prim(#f, &[#(#args),*])?)
        }
    }
}

/// A value: a variable's (cloned), a constant's, a primitive as a function, an integer.
fn value(v: &Value, d: &TokenStream, span: Span) -> TokenStream {
    match v {
        Value::Param(p) => {
            let name = p.ident(span);
            quote!(#name.clone())
        }
        Value::Var(name) | Value::Maybe(name) | Value::Foreign(name) => {
            let name = format_ident!("{}", name, span = span);
            quote!(#name.clone())
        }
        Value::Int(n) => quote!(#d::Value::Int(#n)),
        Value::Dsl(name) => match batt_dsl_names::constant(name).map(|c| c.value) {
            Some(batt_dsl_names::Value::Boolean(b)) => quote!(#d::Value::Bool(#b)),
            Some(batt_dsl_names::Value::Integer(n)) => quote!(#d::Value::Int(#n)),
            Some(batt_dsl_names::Value::IntegerTuple(a, b)) => quote!(#d::Value::pair(#a, #b)),
            None => {
                let name = base_name(name);
                quote!(#d::Value::function(#name))
            }
        },
    }
}

/// The arc-dsl name of a renamed primitive (`rbind3` is `rbind`).
fn base_name(name: &str) -> &str {
    match name {
        "rbind3" => "rbind",
        "lbind3" => "lbind",
        other => other,
    }
}
