//! The DSL's names as `include_solvers!` needs them, from the table of `batt-dsl-names`:
//! arc-dsl's primitives and constants and the primitives of batt functions that arc-dsl lacks.

use batt_dsl_names::{constant, primitive};
use proc_macro2::{Ident, Span};

/// Whether `name` is a primitive: arc-dsl's or one of batt's.
pub(crate) fn is_primitive(name: &str) -> bool {
    primitive(name).is_some()
}

/// Whether `name` is a primitive of three parameters: `rbind`/`lbind` of one of them is
/// `rbind3`/`lbind3`.
pub(crate) fn is_ternary(name: &str) -> bool {
    primitive(name).is_some_and(|p| p.params == 3)
}

/// Whether `name` is a primitive ([`is_primitive`]) or one of arc-dsl's constants.
pub(crate) fn is_dsl(name: &str) -> bool {
    is_primitive(name) || constant(name).is_some()
}

/// The identifier of the DSL name `name` in the runtime's `dsl` module: raw (`r#box`) for a
/// primitive named by a Rust keyword.
pub(crate) fn dsl_ident(name: &str, span: Span) -> Ident {
    match primitive(name).map(|p| p.ident()) {
        Some((ident, true)) => Ident::new_raw(ident, span),
        Some((ident, false)) => Ident::new(ident, span),
        None => Ident::new(name, span),
    }
}
