//! `include_solvers!`: arc-dsl Python solvers, read at compile time, as Rust functions.
//!
//! `convert` reads the Python file (with `rustpython-parser`) into one [`Solver`] per
//! `def`, each either its parameters and lines or the reason it is skipped; `expand` writes
//! the functions, runs `#[batt]`'s expansion on each (so that the sample pattern is fused),
//! and writes the `SOLVERS`/`BATTS`/`SKIPPED` tables.

mod convert;
mod dynamic;
#[cfg(test)]
mod fuzz;
mod names;
#[cfg(test)]
mod tests;
mod types;

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

use crate::args::{Args, Errors};
use crate::expand::Function;
use convert::{Converted, Kind, Param, Solver, at_ident};

/// The macro's input: `"path.py"` and the options `strict`, `unfused`,
/// `skip = ["name", ...]` and `primitives = path::to::module`, in any order.
struct Input {
    path: LitStr,
    strict: bool,
    unfused: bool,
    /// Functions the caller leaves out (those that do not type-check, say).
    skip: Option<Vec<LitStr>>,
    /// The user's module of further primitives and constants.
    primitives: Option<syn::Path>,
}

/// What the options are, for errors.
const OPTIONS: &str = "`, strict`, `, unfused`, `, skip = [\"name\", ...]`, \
                       `, primitives = path::to::module`";

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let (mut strict, mut unfused, mut skip, mut primitives) = (false, false, None, None);
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let option: Ident = input.parse()?;
            let twice = || {
                syn::Error::new(
                    option.span(),
                    format!("include_solvers!: `{option}` is given twice"),
                )
            };
            match option.to_string().as_str() {
                "strict" if strict => return Err(twice()),
                "strict" => strict = true,
                "unfused" if unfused => return Err(twice()),
                "unfused" => unfused = true,
                "skip" if skip.is_some() => return Err(twice()),
                "skip" => {
                    input.parse::<Token![=]>()?;
                    let list;
                    syn::bracketed!(list in input);
                    let names = list.parse_terminated(<LitStr as Parse>::parse, Token![,])?;
                    skip = Some(names.into_iter().collect());
                }
                "primitives" if primitives.is_some() => return Err(twice()),
                "primitives" => {
                    input.parse::<Token![=]>()?;
                    primitives = Some(input.parse::<syn::Path>()?);
                }
                _ => {
                    return Err(syn::Error::new(
                        option.span(),
                        "include_solvers!: the options are `strict`, `unfused`, \
                         `skip = [\"name\", ...]` and `primitives = path::to::module`",
                    ));
                }
            }
        }
        if !input.is_empty() {
            return Err(input.error(format!(
                "include_solvers!: expected `\"path.py\"`, then options: {OPTIONS}"
            )));
        }
        Ok(Input { path, strict, unfused, skip, primitives })
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
    let mut solvers = convert::convert(&source, &relative, input.primitives.is_some())
        .map_err(|e| syn::Error::new(span, e))?;
    let mut errors = Errors::default();
    for name in input.skip.iter().flatten() {
        match solvers.iter_mut().find(|s| s.name == name.value()) {
            Some(s) => s.body = Converted::Skipped("left out by `skip`".into()),
            None => errors.push(syn::Error::new(
                name.span(),
                format!(
                    "include_solvers!: `{}` is in `skip` but {relative} defines no such function",
                    name.value()
                ),
            )),
        }
    }
    let rt = runtime_path(span)?;
    let grid = quote!(::core::option::Option<#rt::Grid>);

    let mut functions = Vec::new();
    let mut table = Vec::new();
    let mut batts = Vec::new();
    let mut lists_table = Vec::new();
    let mut skipped = Vec::new();
    let mut dynamics = Vec::new();
    for Solver { name, line, body } in &solvers {
        match body {
            Converted::Function { params, lines, foreign, kind, dynamic } => {
                let ident = format_ident!("{}", name, span = span);
                let dynamic_body =
                    dynamic.as_ref().map(|_| dynamic::body(lines, params, &rt, span));
                let lines = lines.iter().map(|l| l.tokens(&rt, span));
                let (body, deny) = match &input.primitives {
                    Some(module) if !foreign.is_empty() => (
                        foreign_body(quote!(#(#lines)*), module, foreign, &relative, span),
                        quote!(#[deny(deprecated)]),
                    ),
                    _ => (quote!(#(#lines)*), quote!()),
                };
                if let Some(reason) = dynamic {
                    dynamics.push(quote!((#name, #reason)));
                }
                let body = dynamic_body.unwrap_or(body);
                let (output, body) = match kind {
                    Kind::Grid => (grid.clone(), body),
                    Kind::Lists { declared, returned } => {
                        (lists_type(&rt), lists_body(body, declared, returned, &rt, span))
                    }
                };
                let inputs = params.iter().map(|p| {
                    let (name, ty) = (p.ident(span), p.ty(&rt));
                    quote!(#name: #ty)
                });
                let function = quote! {
                    #[allow(
                        non_snake_case,
                        unused_parens,
                        unused_variables,
                        unused_mut,
                        unused_assignments,
                        clippy::needless_borrows_for_generic_args,
                        clippy::redundant_closure_call,
                        clippy::cloned_ref_to_slice_refs
                    )]
                    #[doc = concat!("`", #name, "` of `", #relative, "`, converted by `include_solvers!`.")]
                    #deny
                    pub fn #ident(#(#inputs),*) -> #output {
                        #body
                    }
                };
                if input.unfused || dynamic.is_some() {
                    functions.push(function);
                } else {
                    match fuse(function, &rt) {
                        Ok(function) => functions.push(function),
                        Err(e) => errors.push(syn::Error::new(
                            span,
                            format!(
                                "include_solvers!: {relative}:{line}: `{name}`: #[batt] failed \
                                 on the converted function: {e}"
                            ),
                        )),
                    }
                }
                let strings = params.iter().any(|p| matches!(p, Param::TaskId | Param::LogPath));
                if matches!(kind, Kind::Lists { .. }) {
                    lists_table.push(entry(
                        name,
                        &ident,
                        params,
                        &Param::LISTS,
                        &lists_type(&rt),
                        &rt,
                    ));
                } else if params.as_slice() == [Param::I] {
                    table.push(quote!((#name, #ident as fn(&#rt::Grid) -> #grid)));
                } else if !strings {
                    batts.push(entry(name, &ident, params, &Param::ALL, &grid, &rt));
                }
            }
            Converted::Skipped(reason) => {
                let chosen = input.skip.iter().flatten().any(|n| n.value() == *name);
                if input.strict && !chosen {
                    errors.push(syn::Error::new(
                        span,
                        format!(
                            "include_solvers!: {relative}:{line}: `{name}` is skipped: {reason}"
                        ),
                    ));
                }
                skipped.push(quote!((#name, #reason)));
            }
        }
    }
    if let Some(e) = errors.combine() {
        return Err(e);
    }
    let include = path.to_string_lossy().into_owned();
    let batt_type = table_type(&Param::ALL, &grid, &rt);
    let lists_fn = table_type(&Param::LISTS, &lists_type(&rt), &rt);
    Ok(quote! {
        const _: &str = ::core::include_str!(#include);
        #(#functions)*
        /// Every converted solver of one parameter, `I`, `(name, function)`, in file order.
        pub static SOLVERS: &[(&str, fn(&#rt::Grid) -> #grid)] = &[#(#table),*];
        /// Every other converted function, `(name, function)`, in file order, called as
        /// `f(S, I, C)` whatever parameters it declares (those it lacks are not passed on).
        pub static BATTS: &[(&str, #batt_type)] = &[#(#batts),*];
        /// Every converted function that returns lists, `(name, function)`, in file order,
        /// called as `f(task_id, S, I, C, log_path)` whatever parameters it declares.
        pub static LISTS: &[(&str, #lists_fn)] = &[#(#lists_table),*];
        /// Every function left out, `(name, reason)`, in file order.
        pub static SKIPPED: &[(&str, &str)] = &[#(#skipped),*];
        /// Every converted function whose lines run over the runtime's dynamic values
        /// (Rust's static types cannot express them), `(name, reason)`, in file order.
        pub static DYNAMIC: &[(&str, &str)] = &[#(#dynamics),*];
    })
}

/// A body that takes names from the user's module: the lines in a block that glob-imports
/// the module, inside one that declares, for each such name, a deprecated unit struct whose
/// note says the file, line and name. A name the module has shadows its stand-in (a glob
/// import of an inner block is found before an item of an outer one); a name it lacks finds
/// the stand-in, and the function's `deny(deprecated)` makes that an error with the note.
fn foreign_body(
    lines: TokenStream,
    module: &syn::Path,
    foreign: &[(String, usize)],
    relative: &str,
    span: Span,
) -> TokenStream {
    let shown = module.to_token_stream().to_string().replace(' ', "");
    let stand_ins = foreign.iter().map(|(name, line)| {
        let note = format!(
            "include_solvers!: {relative}:{line}: `{name}` is neither a primitive nor a constant \
             of the DSL nor an item of `{shown}`"
        );
        let ident = format_ident!("{}", name, span = span);
        quote! {
            #[allow(non_camel_case_types, dead_code)]
            #[deprecated(note = #note)]
            struct #ident;
        }
    });
    quote! {
        #(#stand_ins)*
        {
            #[allow(unused_imports)]
            use #module::*;
            #lines
        }
    }
}

/// The runtime's `Lists`, what a function of lists returns.
fn lists_type(rt: &TokenStream) -> TokenStream {
    quote!(#rt::lists::Lists)
}

/// The body of a function of lists: the lists declared, then the lines in a closure whose
/// `?` stops them (the line about to run noted in `__batt_at`), then the lists returned
/// with the line that failed, if one did.
fn lists_body(
    body: TokenStream,
    declared: &[String],
    returned: &[String],
    rt: &TokenStream,
    span: Span,
) -> TokenStream {
    let at = at_ident();
    let done = Ident::new("__batt_done", Span::mixed_site());
    let lists = quote!(#rt::lists);
    let declared = declared.iter().map(|n| format_ident!("{}", n, span = span));
    let returned = returned.iter().map(|n| format_ident!("{}", n, span = span));
    quote! {
        #(let mut #declared: ::std::vec::Vec<#lists::Record> = ::std::vec::Vec::new();)*
        let mut #at: usize = 0;
        let #done: ::core::option::Option<()> = (|| {
            #body
            ::core::option::Option::Some(())
        })();
        #lists::Lists {
            lists: ::std::vec![#(#returned),*],
            failed_at: match #done {
                ::core::option::Option::Some(()) => ::core::option::Option::None,
                ::core::option::Option::None => ::core::option::Option::Some(#at),
            },
        }
    }
}

/// The type of a table's functions: `fn(params) -> output`.
fn table_type(params: &[Param], output: &TokenStream, rt: &TokenStream) -> TokenStream {
    let params = params.iter().map(|p| p.ty(rt));
    quote!(fn(#(#params),*) -> #output)
}

/// `(name, f)` for a table whose functions take `all`: `f` itself when its parameters are
/// `all`, else a closure that takes `all` and passes on those `f` declares, in its order.
fn entry(
    name: &str,
    ident: &Ident,
    params: &[Param],
    all: &[Param],
    output: &TokenStream,
    rt: &TokenStream,
) -> TokenStream {
    let ty = table_type(all, output, rt);
    if params == all {
        return quote!((#name, #ident as #ty));
    }
    let inputs = all.iter().map(|p| {
        let ty = p.ty(rt);
        // Hygienic names: a function of the file named `S` (say) stays the function.
        let name = if params.contains(p) {
            format_ident!("{}", p.name(), span = Span::mixed_site())
        } else {
            format_ident!("_{}", p.name(), span = Span::mixed_site())
        };
        quote!(#name: #ty)
    });
    let args = params.iter().map(|p| format_ident!("{}", p.name(), span = Span::mixed_site()));
    quote!((#name, (|#(#inputs),*| #ident(#(#args),*)) as #ty))
}

/// The function with the sample pattern fused: `#[batt]`'s own expansion (default options,
/// the runtime found for the file), applied here rather than written as an attribute.
fn fuse(function: TokenStream, rt: &TokenStream) -> Result<TokenStream, syn::Error> {
    let function: Function = syn::parse2(function)?;
    let (function, errors) = crate::expand::fuse(function, &Args::default(), rt.clone());
    match errors.combine() {
        Some(e) => Err(e),
        None => Ok(function.into_token_stream()),
    }
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
