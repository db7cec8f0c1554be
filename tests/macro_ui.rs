//! Compile-fail tests of `#[batt]`: every error message, with its span, is checked against
//! the `.stderr` file next to its test (`TRYBUILD=overwrite` rewrites them; review the diff).
//! The pass tests compile under `#![deny(warnings)]`: fused code adds no warning.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
