//! Bytes as the Python file of `include_solvers!`: the expansion is Rust items or a
//! `compile_error!`, never a panic of the macro.
//!
//! A proc-macro crate exports only its macros, so the converter is compiled here from
//! batt-macros' own sources.
#![no_main]
#![allow(dead_code, reason = "the attribute macro's entry points are not fuzzed here")]

#[path = "../../batt-macros/src/analyse.rs"]
mod analyse;
#[path = "../../batt-macros/src/args.rs"]
mod args;
#[path = "../../batt-macros/src/emit.rs"]
mod emit;
#[path = "../../batt-macros/src/expand.rs"]
mod expand;
#[path = "../../batt-macros/src/model.rs"]
mod model;
#[path = "../../batt-macros/src/solvers/mod.rs"]
mod solvers;

use std::sync::Once;

use libfuzzer_sys::fuzz_target;
use quote::quote;

fuzz_target!(|data: &[u8]| {
    static SETUP: Once = Once::new();
    SETUP.call_once(|| {
        if std::env::var_os("CARGO_MANIFEST_DIR").is_none() {
            // The expansion finds the runtime among this package's dependencies.
            // SAFETY: set once, before any other thread of this process reads the environment.
            unsafe { std::env::set_var("CARGO_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR")) };
        }
    });
    let file = std::env::temp_dir().join(format!("batt-fuzz-solvers-{}.py", std::process::id()));
    if std::fs::write(&file, data).is_err() {
        return;
    }
    let path = file.to_string_lossy().into_owned();
    let out = solvers::include_solvers(quote!(#path)).to_string();
    // Either the generated tables or a compile error of the macro.
    assert!(
        out.contains("SKIPPED") || out.contains("include_solvers!"),
        "neither items nor an error: {out}"
    );
});
