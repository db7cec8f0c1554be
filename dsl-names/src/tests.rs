extern crate std;

use std::collections::BTreeSet;
use std::vec::Vec;

use super::*;

/// Rust's strict and reserved keywords of edition 2024 that are valid raw identifiers.
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "static",
    "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual",
    "where", "while", "yield",
];

#[test]
fn the_tables_have_arc_dsl_s_sizes() {
    assert_eq!(ARC_DSL_PRIMITIVES.len(), 160);
    assert_eq!(CONSTANTS.len(), 28);
}

#[test]
fn every_name_is_in_one_table_once() {
    let names: Vec<&str> = ARC_DSL_PRIMITIVES
        .iter()
        .chain(BATT_PRIMITIVES)
        .map(|p| p.name)
        .chain(CONSTANTS.iter().map(|c| c.name))
        .collect();
    let distinct: BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(distinct.len(), names.len(), "a name is listed twice");
}

#[test]
fn rust_names_are_raw_exactly_for_keywords() {
    for p in ARC_DSL_PRIMITIVES.iter().chain(BATT_PRIMITIVES) {
        let keyword = RUST_KEYWORDS.contains(&p.name);
        assert_eq!(p.ident(), (p.name, keyword), "{p:?}");
        assert_eq!(p.rust.starts_with("r#"), keyword, "{p:?}");
    }
    let raw: Vec<&str> =
        ARC_DSL_PRIMITIVES.iter().filter(|p| p.ident().1).map(|p| p.rust).collect();
    assert_eq!(raw, ["r#move", "r#box"]);
}

#[test]
fn parameter_counts_are_those_of_dsl_py() {
    let ternary: Vec<&str> =
        ARC_DSL_PRIMITIVES.iter().filter(|p| p.params == 3).map(|p| p.name).collect();
    assert_eq!(
        ternary,
        [
            "interval",
            "branch",
            "chain",
            "fork",
            "papply",
            "mpapply",
            "prapply",
            "crop",
            "fill",
            "underfill",
            "cellwise",
            "replace",
            "switch",
            "move",
        ]
    );
    assert_eq!(primitive("objects").map(|p| p.params), Some(4));
    assert!(ARC_DSL_PRIMITIVES.iter().chain(BATT_PRIMITIVES).all(|p| (1..=4).contains(&p.params)));
}

#[test]
fn lookups_find_each_table_and_nothing_else() {
    assert_eq!(primitive("rot90").map(|p| p.params), Some(1));
    assert_eq!(primitive("get_nth_t").map(|p| p.params), Some(2));
    assert_eq!(primitive("box").map(|p| p.rust), Some("r#box"));
    assert_eq!(primitive("flood"), None);
    assert_eq!(primitive("ORIGIN"), None);
    assert_eq!(constant("NEG_TWO").map(|c| c.value), Some(Value::Integer(-2)));
    assert_eq!(constant("UP_RIGHT").map(|c| c.value), Some(Value::IntegerTuple(-1, 1)));
    assert_eq!(constant("T").map(|c| c.value), Some(Value::Boolean(true)));
    assert_eq!(constant("rot90"), None);
}

#[test]
fn every_arc_dsl_primitive_has_its_signature_in_order() {
    assert_eq!(SIGNATURES.len(), ARC_DSL_PRIMITIVES.len());
    for (sig, p) in SIGNATURES.iter().zip(ARC_DSL_PRIMITIVES) {
        assert_eq!(sig.name, p.name);
        assert_eq!(sig.params.len(), p.params, "{}", p.name);
    }
    assert_eq!(signature("rbind").map(|s| s.returns), Some(Type::Callable));
    assert_eq!(signature("second"), None);
}

#[test]
fn unions_list_their_alternatives() {
    assert_eq!(Type::Numerical.alternatives(), &[Type::Integer, Type::IntegerTuple]);
    assert_eq!(Type::Grid.alternatives(), &[Type::Grid]);
    let shift = signature("shift").expect("shift");
    assert_eq!(shift.params, &[Type::Patch, Type::IntegerTuple]);
    assert!(signature("compose").expect("compose").params.iter().all(|t| t.is_callable()));
}
