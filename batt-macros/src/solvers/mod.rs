//! `include_solvers!`: arc-dsl Python solvers, read at compile time, as Rust functions.
//!
//! `convert` reads the Python file (with `rustpython-parser`) into one [`Solver`] per
//! `def`, each either a list of lines or the reason it is skipped; `expand` writes the
//! functions and the `SOLVERS`/`SKIPPED` tables.

mod convert;
mod names;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

use convert::{Converted, Solver};

/// The macro's input: `"path.py"` and an optional `, strict`.
struct Input {
    path: LitStr,
    strict: bool,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let mut strict = false;
        if input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let option: Ident = input.parse()?;
            if option != "strict" {
                return Err(syn::Error::new(
                    option.span(),
                    "include_solvers!: the only option is `strict`",
                ));
            }
            strict = true;
            input.parse::<Option<Token![,]>>()?;
        }
        if !input.is_empty() {
            return Err(
                input.error("include_solvers!: expected `\"path.py\"` or `\"path.py\", strict`")
            );
        }
        Ok(Input { path, strict })
    }
}

/// The whole macro. Never panics: every problem is a `compile_error!`.
pub(crate) fn include_solvers(tokens: TokenStream) -> TokenStream {
    match expand(tokens) {
        Ok(out) => out,
        Err(e) => e.to_compile_error(),
    }
}

fn expand(tokens: TokenStream) -> syn::Result<TokenStream> {
    let input: Input = syn::parse2(tokens)?;
    let span = input.path.span();
    let relative = input.path.value();
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
    let path = dir.join(&relative);
    let source = std::fs::read_to_string(&path).map_err(|e| {
        syn::Error::new(
            span,
            format!(
                "include_solvers!: cannot read `{relative}` \
                 (relative to the package's manifest directory): {e}"
            ),
        )
    })?;
    let solvers = convert::convert(&source, &relative).map_err(|e| syn::Error::new(span, e))?;
    let rt = runtime_path(span)?;

    let mut errors: Option<syn::Error> = None;
    let mut functions = Vec::new();
    let mut table = Vec::new();
    let mut skipped = Vec::new();
    for Solver { name, line, body } in &solvers {
        match body {
            Converted::Lines(lines) => {
                let ident = format_ident!("{}", name, span = span);
                let lines = lines.iter().map(|l| l.tokens(&rt, span));
                functions.push(quote! {
                    #[allow(non_snake_case, unused_parens, clippy::needless_borrows_for_generic_args)]
                    #[doc = concat!("`", #name, "` of `", #relative, "`, converted by `include_solvers!`.")]
                    pub fn #ident(I: &#rt::Grid) -> ::core::option::Option<#rt::Grid> {
                        #(#lines)*
                    }
                });
                table.push(
                    quote!((#name, #ident as fn(&#rt::Grid) -> ::core::option::Option<#rt::Grid>)),
                );
            }
            Converted::Skipped(reason) => {
                if input.strict {
                    let e = syn::Error::new(
                        span,
                        format!(
                            "include_solvers!: {relative}:{line}: `{name}` is skipped: {reason}"
                        ),
                    );
                    match &mut errors {
                        Some(all) => all.combine(e),
                        None => errors = Some(e),
                    }
                }
                skipped.push(quote!((#name, #reason)));
            }
        }
    }
    if let Some(e) = errors {
        return Err(e);
    }
    let include = path.to_string_lossy().into_owned();
    Ok(quote! {
        const _: &str = ::core::include_str!(#include);
        #(#functions)*
        /// Every converted solver, `(name, function)`, in file order.
        pub static SOLVERS: &[(&str, fn(&#rt::Grid) -> ::core::option::Option<#rt::Grid>)] = &[#(#table),*];
        /// Every function left out, `(name, reason)`, in file order.
        pub static SKIPPED: &[(&str, &str)] = &[#(#skipped),*];
    })
}

/// Where the runtime is: `::batt::runtime` or `::batt_runtime` (under any name).
fn runtime_path(span: Span) -> syn::Result<TokenStream> {
    crate::expand::find_runtime().ok_or_else(|| {
        syn::Error::new(
            span,
            "include_solvers! could not find `batt` or `batt-runtime` among this package's dependencies",
        )
    })
}
