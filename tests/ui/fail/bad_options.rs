use batt::batt;
use batt::prelude::*;

#[batt(fast)]
fn unknown(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(strict, strict)]
fn repeated(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(backend = "gpu")]
fn unknown_backend(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(backend)]
fn backend_without_value(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(backend = rayon)]
fn backend_not_a_string(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(backend = "cpu", backend = "rayon")]
fn backend_twice(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(strict = true)]
fn strict_with_value(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(rayon)]
fn bare_backend(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(runtime = "batt::runtime")]
fn renamed_option(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(crate = "not a path")]
fn bad_crate(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(strict; backend = "cpu")]
fn bad_syntax(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(fast, slow)]
fn two_errors_at_once(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(crate = "batt::runtime", crate = "batt_runtime")]
fn crate_twice(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

#[batt(crate)]
fn crate_without_value(s: &Samples) -> Vec<Grid> {
    apply(first, s)
}

fn main() {
    // The functions are still emitted: no "cannot find function" below.
    let _ = (unknown, repeated, unknown_backend, backend_without_value, backend_not_a_string);
    let _ = (backend_twice, strict_with_value, bare_backend, renamed_option, bad_crate);
    let _ = (bad_syntax, two_errors_at_once, crate_twice, crate_without_value);
}
