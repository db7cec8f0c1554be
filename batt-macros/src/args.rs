//! The attribute's options: `strict`, `backend = "..."`, `crate = "..."`.
//!
//! Each option has one `set_*` method that rejects a repeat; [`Args::parse`] gathers every
//! error it finds, so that a user sees all of them at once.

use proc_macro2::{Span, TokenStream};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, Lit, LitStr, Meta, Token};

/// Every option, as the messages list them.
const ACCEPTED: &str =
    "`strict`, `backend = \"cpu\" | \"rayon\" | \"cuda\" | \"auto\"` and `crate = \"path\"`";

/// The backend forced by `backend = "..."`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BackendChoice {
    Cpu,
    Rayon,
    Cuda,
    Auto,
}

impl BackendChoice {
    const NAMES: &'static str = "\"cpu\", \"rayon\", \"cuda\" or \"auto\"";

    fn from_name(name: &str) -> Option<BackendChoice> {
        match name {
            "cpu" => Some(BackendChoice::Cpu),
            "rayon" => Some(BackendChoice::Rayon),
            "cuda" => Some(BackendChoice::Cuda),
            "auto" => Some(BackendChoice::Auto),
            _ => None,
        }
    }

    /// The variant of the runtime's `Backend`.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            BackendChoice::Cpu => "Cpu",
            BackendChoice::Rayon => "Rayon",
            BackendChoice::Cuda => "Cuda",
            BackendChoice::Auto => "Auto",
        }
    }
}

/// The options of one `#[batt(...)]`, checked.
#[derive(Debug, Clone, Default)]
pub(crate) struct Args {
    /// `strict`: near misses and "found nothing" are errors.
    pub(crate) strict: bool,
    /// `backend = "..."`, with the span of its value.
    pub(crate) backend: Option<(BackendChoice, Span)>,
    /// `crate = "..."`: the path of the runtime.
    pub(crate) krate: Option<syn::Path>,
}

/// Options as they are gathered, before the combination is accepted.
#[derive(Default)]
struct Configuration {
    strict: Option<Span>,
    backend: Option<(BackendChoice, Span)>,
    krate: Option<(syn::Path, Span)>,
}

impl Configuration {
    fn set_strict(&mut self, span: Span) -> syn::Result<()> {
        if self.strict.is_some() {
            return Err(syn::Error::new(span, "`strict` is given twice"));
        }
        self.strict = Some(span);
        Ok(())
    }

    fn set_backend(&mut self, value: &LitStr) -> syn::Result<()> {
        if self.backend.is_some() {
            return Err(syn::Error::new(value.span(), "`backend` is given twice"));
        }
        let name = value.value();
        let choice = BackendChoice::from_name(&name).ok_or_else(|| {
            syn::Error::new(
                value.span(),
                format!("unknown backend {name:?}: expected {}", BackendChoice::NAMES),
            )
        })?;
        self.backend = Some((choice, value.span()));
        Ok(())
    }

    fn set_crate(&mut self, value: &LitStr) -> syn::Result<()> {
        if self.krate.is_some() {
            return Err(syn::Error::new(value.span(), "`crate` is given twice"));
        }
        let path = value.parse_with(syn::Path::parse_mod_style).map_err(|_| {
            syn::Error::new(
                value.span(),
                format!(
                    "`crate` expects the path of the batt runtime, such as \
                     \"batt::runtime\" or \"batt_runtime\", not {:?}",
                    value.value()
                ),
            )
        })?;
        self.krate = Some((path, value.span()));
        Ok(())
    }

    fn build(self) -> Args {
        Args {
            strict: self.strict.is_some(),
            backend: self.backend,
            krate: self.krate.map(|(path, _)| path),
        }
    }
}

impl Args {
    /// Reads the tokens between the attribute's parentheses.
    ///
    /// On errors, gives every error found (combined) and the options that were understood.
    pub(crate) fn parse(tokens: TokenStream) -> (Args, Option<syn::Error>) {
        let mut config = Configuration::default();
        let mut errors = Errors::default();
        match Punctuated::<Meta, Token![,]>::parse_terminated.parse2(tokens) {
            Ok(metas) => {
                for meta in &metas {
                    if let Err(e) = read_option(&mut config, meta) {
                        errors.push(e);
                    }
                }
            }
            Err(e) => errors.push(syn::Error::new(
                e.span(),
                format!("could not read the options of #[batt]: {e}; it accepts {ACCEPTED}"),
            )),
        }
        (config.build(), errors.combine())
    }
}

fn read_option(config: &mut Configuration, meta: &Meta) -> syn::Result<()> {
    let name = meta.path().get_ident().map(ToString::to_string).unwrap_or_default();
    match (name.as_str(), meta) {
        ("strict", Meta::Path(path)) => config.set_strict(path.span()),
        ("strict", _) => {
            Err(syn::Error::new(meta.span(), "`strict` takes no value: write `#[batt(strict)]`"))
        }
        ("backend", Meta::NameValue(nv)) => {
            config.set_backend(&string_value(&nv.value, "backend")?)
        }
        ("backend", _) => Err(syn::Error::new(
            meta.span(),
            format!(
                "`backend` needs a value: `backend = \"cpu\"` (one of {})",
                BackendChoice::NAMES
            ),
        )),
        ("crate", Meta::NameValue(nv)) => config.set_crate(&string_value(&nv.value, "crate")?),
        ("crate", _) => {
            Err(syn::Error::new(meta.span(), "`crate` needs a value: `crate = \"batt::runtime\"`"))
        }
        ("runtime" | "krate" | "path", _) => Err(syn::Error::new(
            meta.path().span(),
            format!("unknown option `{name}`; the runtime's path is given as `crate = \"...\"`"),
        )),
        ("cpu" | "rayon" | "cuda" | "auto", Meta::Path(_)) => Err(syn::Error::new(
            meta.span(),
            format!("unknown option `{name}`; to force a backend write `backend = \"{name}\"`"),
        )),
        _ => {
            let shown = if name.is_empty() { quote::quote!(#meta).to_string() } else { name };
            Err(syn::Error::new(
                meta.path().span(),
                format!("unknown option `{shown}`; #[batt] accepts {ACCEPTED}"),
            ))
        }
    }
}

fn string_value(value: &Expr, option: &str) -> syn::Result<LitStr> {
    match value {
        Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Ok(s.clone()),
        other => Err(syn::Error::new(
            other.span(),
            format!("`{option}` expects a string literal, as in `{option} = \"...\"`"),
        )),
    }
}

/// Errors gathered in one pass, reported together.
#[derive(Default)]
pub(crate) struct Errors(Vec<syn::Error>);

impl Errors {
    /// Adds one error.
    pub(crate) fn push(&mut self, error: syn::Error) {
        self.0.push(error);
    }

    /// Adds every error of `other`.
    pub(crate) fn append(&mut self, other: Errors) {
        self.0.extend(other.0);
    }

    /// Whether no error was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// All errors as one, or `None` when there were none.
    pub(crate) fn combine(self) -> Option<syn::Error> {
        self.0.into_iter().reduce(|mut all, e| {
            all.combine(e);
            all
        })
    }
}

impl From<syn::Error> for Errors {
    fn from(error: syn::Error) -> Errors {
        Errors(vec![error])
    }
}

impl Extend<syn::Error> for Errors {
    fn extend<I: IntoIterator<Item = syn::Error>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}
