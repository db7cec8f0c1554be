//! Writes the fused statements of one block with `quote!`.
//!
//! For an instance whose first line is at position `p`, the lines are replaced by, at `p`:
//!
//! ```text
//! let _ = || { <runtime>::fuse::same(apply, <runtime>::dsl::apply::<..>); .. };
//! let (x1, x2, x3, x4) = { use ..; (&&<runtime>::fuse::Probe::new(S)).samples(<backend>) };
//! let _ = (&x1, &x2);
//! ```
//!
//! The closure is never called: it only makes the code compile where the names written
//! (`apply`, `dsl::first`, ...) are the runtime's DSL functions. The last line stands for the
//! uses of `x1` and `x2` by the removed `mapply` lines, so that no new warning appears. The
//! user's names, types and samples expression keep their spans.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, Ident, Path, Stmt};

use crate::analyse::{Fusion, Kind, Plan};
use crate::model::{Binding, Line, Shape, Side};

/// What the emitted code needs beyond the plan.
pub(crate) struct Emitter {
    /// The runtime's path, e.g. `::batt::runtime`.
    pub(crate) runtime: TokenStream,
    /// The backend expression, e.g. `::batt::runtime::Backend::configured()`.
    pub(crate) backend: TokenStream,
    /// Chains numbered across the function, for unique hidden names.
    pub(crate) chains: usize,
}

impl Emitter {
    /// The block's statements with every fused instance in place.
    ///
    /// On an internal error (fused code that does not parse), gives the statements back
    /// unchanged with the error.
    pub(crate) fn rewrite(
        &mut self,
        stmts: Vec<Stmt>,
        lines: &[Line],
        plan: &Plan,
    ) -> (Vec<Stmt>, Option<syn::Error>) {
        if plan.fusions.is_empty() {
            return (stmts, None);
        }
        let chain_base = self.chains;
        let chains_here =
            plan.fusions.iter().filter_map(|f| f.chain).map(|c| c.chain + 1).max().unwrap_or(0);
        self.chains += chains_here;
        let mut out = Vec::with_capacity(stmts.len());
        for (i, stmt) in stmts.iter().enumerate() {
            if let Some(f) = plan.fusions.iter().find(|f| f.at == i) {
                let tokens = self.fusion(f, lines, chain_base);
                match syn::parse::Parser::parse2(syn::Block::parse_within, tokens) {
                    Ok(fused) => out.extend(fused),
                    Err(e) => {
                        let message = format!("internal error of #[batt], please report: {e}");
                        return (stmts, Some(syn::Error::new(lines[i].span, message)));
                    }
                }
            } else if !plan.fusions.iter().any(|f| f.members.contains(&i)) {
                out.push(stmt.clone());
            }
        }
        (out, None)
    }

    fn fusion(&self, f: &Fusion, lines: &[Line], chain_base: usize) -> TokenStream {
        let rt = &self.runtime;
        // Where the first line was, but marked as the macro's code (so that lints about the
        // glue, such as clippy's, are not reported as the user's).
        let span = Span::call_site().located_at(lines[f.at].span);
        let (first_sample, bindings, grids, side) = match f.kind {
            Kind::Full { inputs, outputs } => {
                let first = inputs.sample.min(outputs.sample);
                let bindings = [inputs.sample, outputs.sample, inputs.palette, outputs.palette];
                (first, bindings.to_vec(), vec![inputs.sample, outputs.sample], None)
            }
            Kind::Half(side, h) => {
                (h.sample, vec![h.sample, h.palette], vec![h.sample], Some(side))
            }
        };
        let binding = |i: usize| match &lines[i].shape {
            Shape::Sample(s) => &s.binding,
            Shape::Palette(p) => &p.binding,
            _ => unreachable!("members are pattern lines"),
        };
        let samples = match &lines[first_sample].shape {
            Shape::Sample(s) => &s.samples,
            _ => unreachable!("a sample line"),
        };
        let guard = self.guard(f, lines, span);
        let pattern = tuple_pattern(bindings.iter().map(|&i| binding(i)));
        let names = grids.iter().map(|&i| &binding(i).name);
        let used = quote_spanned!(span=> let _ = (#(&#names,)*););
        let what = match side {
            None => Computes::Samples,
            Some(side) => Computes::Side(side),
        };
        match f.chain {
            None => {
                let value = self.call(what, samples, f.needs_samples, span);
                quote_spanned! {span=> #guard let #pattern = #value; #used }
            }
            Some(link) => {
                let shared =
                    format_ident!("__batt_pattern_{}", chain_base + link.chain, span = hidden());
                let head = if link.head {
                    let value = self.call(Computes::Pattern, samples, f.needs_samples, span);
                    quote_spanned!(span=> let #shared = #value;)
                } else {
                    TokenStream::new()
                };
                let source = if link.last {
                    quote_spanned!(span=> #shared)
                } else {
                    quote_spanned!(span=> #rt::fuse::reuse(&#shared))
                };
                let value = match side {
                    None => quote_spanned!(span=> #source.into_tuple()),
                    Some(Side::Inputs) => quote_spanned!(span=> #rt::fuse::inputs(#source)),
                    Some(Side::Outputs) => quote_spanned!(span=> #rt::fuse::outputs(#source)),
                };
                quote_spanned! {span=> #guard #head let #pattern = #value; #used }
            }
        }
    }

    /// The call that computes an instance, or a chain's shared pattern.
    ///
    /// Through the runtime's `fuse::Probe` by default, so that samples of another
    /// type than `Samples` fall back to the DSL functions; straight to the fused functions
    /// when the instance is safe only for `Samples` (see `Fusion::needs_samples`).
    fn call(&self, what: Computes, samples: &Expr, only_samples: bool, span: Span) -> TokenStream {
        let (rt, backend) = (&self.runtime, &self.backend);
        if only_samples {
            return match what {
                Computes::Samples => {
                    quote_spanned!(span=> #rt::fuse::samples(&(#samples), #backend))
                }
                Computes::Pattern => {
                    quote_spanned!(span=> #rt::fuse::pattern(&(#samples), #backend))
                }
                Computes::Side(side) => {
                    let side = side_variant(side, span);
                    quote_spanned!(span=> #rt::fuse::side(&(#samples), #rt::Side::#side, #backend))
                }
            };
        }
        let (method, fallback) = match what {
            Computes::Samples => ("samples", "UnfusedSamples"),
            Computes::Pattern => ("pattern", "UnfusedSamples"),
            Computes::Side(Side::Inputs) => ("inputs", "UnfusedInputs"),
            Computes::Side(Side::Outputs) => ("outputs", "UnfusedOutputs"),
        };
        let (method, fallback) = (Ident::new(method, span), Ident::new(fallback, span));
        quote_spanned! {span=>
            {
                #[allow(unused_imports)]
                use #rt::fuse::{Fuse as _, #fallback as _};
                (&&#rt::fuse::Probe::new(#samples)).#method(#backend)
            }
        }
    }

    /// The never-called closure that checks the DSL names of an instance.
    fn guard(&self, f: &Fusion, lines: &[Line], span: Span) -> TokenStream {
        let rt = &self.runtime;
        let vec = quote!(::std::vec::Vec);
        let mut written: Vec<(Path, TokenStream)> = Vec::new();
        let mut add = |path: &Path, expected: TokenStream| {
            let text = path.to_token_stream().to_string();
            if !written.iter().any(|(p, _)| p.to_token_stream().to_string() == text) {
                // The user's span, so that a mismatch points at the name as written.
                let expected = respan(expected, path.span());
                written.push((path.clone(), expected));
            }
        };
        for &m in &f.members {
            match &lines[m].shape {
                Shape::Sample(s) => {
                    add(
                        &s.apply,
                        quote!(#rt::dsl::apply::<&#rt::Samples, fn(&#rt::Sample) -> #rt::Grid, #rt::Grid>),
                    );
                    let function = match s.side {
                        Side::Inputs => quote!(#rt::dsl::first::<&#rt::Sample>),
                        Side::Outputs => quote!(#rt::dsl::second::<&#rt::Sample>),
                    };
                    add(&s.function, function);
                }
                Shape::Palette(p) => {
                    add(
                        &p.mapply,
                        quote!(#rt::dsl::mapply::<&#vec<#rt::Grid>, fn(#rt::Grid) -> #vec<#rt::Color>, #vec<#rt::Color>>),
                    );
                    add(&p.p_g, quote!(#rt::dsl::p_g::<#rt::Grid>));
                }
                _ => unreachable!("members are pattern lines"),
            }
        }
        let checks = written
            .iter()
            .map(|(path, expected)| quote_spanned!(span=> #rt::fuse::same(#path, #expected);));
        quote_spanned!(span=> let _ = || { #(#checks)* };)
    }
}

/// What one call computes.
#[derive(Clone, Copy)]
enum Computes {
    /// A whole instance's tuple.
    Samples,
    /// A half instance's pair.
    Side(Side),
    /// The pattern a chain shares.
    Pattern,
}

fn side_variant(side: Side, span: Span) -> Ident {
    match side {
        Side::Inputs => Ident::new("Inputs", span),
        Side::Outputs => Ident::new("Outputs", span),
    }
}

/// `(x1, mut x2, ..)` with `: (T1, _, ..)` when any line had a type.
fn tuple_pattern<'a>(bindings: impl Iterator<Item = &'a Binding>) -> TokenStream {
    let bindings: Vec<&Binding> = bindings.collect();
    let names = bindings.iter().map(|b| {
        let (m, n) = (&b.mutability, &b.name);
        quote!(#m #n)
    });
    if bindings.iter().all(|b| b.ty.is_none()) {
        return quote!((#(#names),*));
    }
    let types = bindings.iter().map(|b| match &b.ty {
        Some(t) => t.to_token_stream(),
        None => quote!(_),
    });
    quote!((#(#names),*): (#(#types),*))
}

fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let proc_macro2::TokenTree::Group(g) = &tree {
                let mut group = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
                group.set_span(span);
                tree = proc_macro2::TokenTree::Group(group);
            } else {
                tree.set_span(span);
            }
            tree
        })
        .collect()
}

/// A span for names that user code must not see (macro_rules!-like hygiene).
fn hidden() -> Span {
    Span::mixed_site()
}
