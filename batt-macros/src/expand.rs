//! The attribute from tokens to tokens: parse, analyse every block, emit, report.

use std::collections::HashSet;

use proc_macro_crate::{FoundCrate, crate_name};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Attribute, Block, FnArg, Item, Pat, Signature, Type, Visibility};

use crate::analyse::{self, Context, NearMiss};
use crate::args::{Args, Errors};
use crate::emit::Emitter;
use crate::model::{self, DSL_NAMES};

/// The whole attribute: the new function, followed by any errors as `compile_error!`s.
///
/// Never panics: every problem becomes a `syn::Error`, and when the options are wrong the
/// function is given back unchanged next to the error, so that the error is the only one.
pub(crate) fn batt(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(args, item, runtime_path)
}

/// [`batt`] with the runtime's path found by `runtime` (tests pass a fixed one).
pub(crate) fn expand(
    args: TokenStream,
    item: TokenStream,
    runtime: fn(&Args) -> syn::Result<TokenStream>,
) -> TokenStream {
    let (args, args_error) = Args::parse(args);
    let function = match syn::parse2::<Function>(item.clone()) {
        Ok(f) => f,
        Err(e) => {
            let mut errors = Errors::default();
            errors.extend(args_error);
            errors.push(e);
            return with_errors(item, errors);
        }
    };
    if let Some(e) = args_error {
        return with_errors(function.into_token_stream(), Errors::from(e));
    }
    let runtime = match runtime(&args) {
        Ok(path) => path,
        Err(e) => return with_errors(function.into_token_stream(), Errors::from(e)),
    };
    let (function, errors) = fuse(function, &args, runtime);
    with_errors(function.into_token_stream(), errors)
}

fn with_errors(tokens: TokenStream, errors: Errors) -> TokenStream {
    match errors.combine() {
        Some(e) => {
            let e = e.to_compile_error();
            quote!(#tokens #e)
        }
        None => tokens,
    }
}

/// A function with a body: free, in an `impl` block, or a trait's provided method.
pub(crate) struct Function {
    attrs: Vec<Attribute>,
    vis: Visibility,
    sig: Signature,
    body: Block,
}

impl Parse for Function {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let fork = input.fork();
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if input.fork().parse::<Signature>().is_ok() {
            let sig: Signature = input.parse()?;
            if input.peek(syn::Token![;]) {
                return Err(syn::Error::new(
                    input.span(),
                    "#[batt] needs the function's body; this declaration has none",
                ));
            }
            let body: Block = input.parse()?;
            return Ok(Function { attrs, vis, sig, body });
        }
        let what = match fork.parse::<Item>() {
            Ok(item) => describe(&item),
            Err(_) => ("this item".to_string(), input.span()),
        };
        Err(syn::Error::new(
            what.1,
            format!(
                "#[batt] applies to functions with a body (free functions, methods, provided \
                 trait methods), not to {}",
                what.0
            ),
        ))
    }
}

fn describe(item: &Item) -> (String, Span) {
    let (what, span) = match item {
        Item::Struct(i) => ("a struct", i.struct_token.span),
        Item::Enum(i) => ("an enum", i.enum_token.span),
        Item::Union(i) => ("a union", i.union_token.span),
        Item::Impl(i) => ("an `impl` block", i.impl_token.span),
        Item::Trait(i) => ("a trait", i.trait_token.span),
        Item::Mod(i) => ("a module", i.mod_token.span),
        Item::Static(i) => ("a static", i.static_token.span),
        Item::Const(i) => ("a constant", i.const_token.span),
        Item::Type(i) => ("a type alias", i.type_token.span),
        Item::Use(i) => ("a `use` declaration", i.use_token.span),
        Item::Macro(i) => ("a macro", i.mac.path.span()),
        other => ("this item", other.span()),
    };
    (what.to_string(), span)
}

impl ToTokens for Function {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        for attr in &self.attrs {
            attr.to_tokens(tokens);
        }
        self.vis.to_tokens(tokens);
        self.sig.to_tokens(tokens);
        self.body.to_tokens(tokens);
    }
}

/// The runtime's absolute path found among the package's dependencies: `::batt::runtime`
/// where the user depends on `batt` (under any name), else `::batt_runtime` (under any name).
pub(crate) fn find_runtime() -> Option<TokenStream> {
    let found = |name: &str| match crate_name(name) {
        // `Itself` is a crate's own examples, doc-tests or library; they reach it by name.
        Ok(FoundCrate::Itself) => Some(format_ident!("{}", name.replace('-', "_"))),
        Ok(FoundCrate::Name(n)) => Some(format_ident!("{n}")),
        Err(_) => None,
    };
    if let Some(batt) = found("batt") {
        return Some(quote!(::#batt::runtime));
    }
    found("batt-runtime").map(|runtime| quote!(::#runtime))
}

/// The runtime's absolute path: `crate = "..."`, else [`find_runtime`].
pub(crate) fn runtime_path(args: &Args) -> syn::Result<TokenStream> {
    if let Some(path) = &args.krate {
        return Ok(path.to_token_stream());
    }
    if let Some(path) = find_runtime() {
        return Ok(path);
    }
    Err(syn::Error::new(
        Span::call_site(),
        "#[batt] could not find `batt` or `batt-runtime` among this package's dependencies; \
         add one, or say where the runtime is with `#[batt(crate = \"path::to::runtime\")]`",
    ))
}

/// Fuses every safe instance in the function's body, nested blocks and closures included.
pub(crate) fn fuse(
    mut function: Function,
    args: &Args,
    runtime: TokenStream,
) -> (Function, Errors) {
    let mut errors = Errors::default();
    let strict = args.strict;
    let shadowed: Vec<String> = {
        let bound = model::function_binds(&function.sig, &function.body);
        DSL_NAMES.iter().filter(|n| bound.contains(**n)).map(|n| n.to_string()).collect()
    };
    if !shadowed.is_empty() {
        if strict {
            errors.push(syn::Error::new(
                function.sig.ident.span(),
                format!(
                    "#[batt(strict)]: this function binds {} as a local name, so #[batt] \
                     cannot tell the DSL's function from it and fuses nothing",
                    shadowed.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        return (function, errors);
    }
    let backend = match args.backend {
        Some((choice, span)) => {
            let variant = syn::Ident::new(choice.variant(), span);
            quote!(#runtime::Backend::#variant)
        }
        None => quote!(#runtime::Backend::configured()),
    };
    let cx = Context { frozen: frozen_roots(&function.sig, &function.body) };
    let mut rewriter = Rewriter {
        cx,
        emitter: Emitter { runtime, backend, chains: 0 },
        near_misses: Vec::new(),
        fused: 0,
        errors: Errors::default(),
    };
    rewriter.visit_block_mut(&mut function.body);
    errors.append(rewriter.errors);
    if strict {
        for miss in rewriter.near_misses {
            errors.push(syn::Error::new(
                miss.span,
                format!(
                    "#[batt(strict)]: this instance of the sample pattern is not fused: {}",
                    miss.message
                ),
            ));
        }
        if rewriter.fused == 0 && errors.is_empty() {
            errors.push(syn::Error::new(
                function.sig.ident.span(),
                format!(
                    "#[batt(strict)]: found no instance of the sample pattern in `{}`; expected \
                     `let x1 = apply(first, S); let x2 = apply(second, S); \
                     let x3 = mapply(p_g, &x1); let x4 = mapply(p_g, &x2);` (or one half)",
                    function.sig.ident
                ),
            ));
        }
    }
    (function, errors)
}

/// Parameters whose samples cannot change in the function: shared references (and `&self`)
/// bound by a plain name that the body never binds again.
fn frozen_roots(sig: &Signature, body: &Block) -> HashSet<String> {
    let rebound = model::block_binds(body);
    let mut frozen = HashSet::new();
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(r) if r.reference.is_some() && r.mutability.is_none() => {
                frozen.insert("self".to_string());
            }
            FnArg::Typed(t) => {
                let shared = matches!(&*t.ty, Type::Reference(r) if r.mutability.is_none());
                let plain = match &*t.pat {
                    Pat::Ident(i)
                        if i.mutability.is_none() && i.by_ref.is_none() && i.subpat.is_none() =>
                    {
                        Some(&i.ident)
                    }
                    _ => None,
                };
                if let (Some(name), true) = (plain, shared) {
                    frozen.insert(model::unraw(name));
                }
            }
            FnArg::Receiver(_) => {}
        }
    }
    frozen.retain(|n| !rebound.contains(n));
    frozen
}

/// Rewrites every block, innermost first. Nested items are other functions: left alone.
struct Rewriter {
    cx: Context,
    emitter: Emitter,
    near_misses: Vec<NearMiss>,
    fused: usize,
    errors: Errors,
}

impl VisitMut for Rewriter {
    fn visit_block_mut(&mut self, block: &mut Block) {
        syn::visit_mut::visit_block_mut(self, block);
        let lines = model::read_block(&block.stmts);
        let plan = analyse::plan(&lines, &self.cx);
        self.fused += plan.fusions.len();
        self.near_misses.extend(plan.near_misses.iter().cloned());
        let stmts = std::mem::take(&mut block.stmts);
        let (stmts, error) = self.emitter.rewrite(stmts, &lines, &plan);
        block.stmts = stmts;
        self.errors.extend(error);
    }

    fn visit_item_mut(&mut self, _item: &mut Item) {}
}
