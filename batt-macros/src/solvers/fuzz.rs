//! Fuzzing `include_solvers!`: arbitrary Python text (soups of arc-dsl names, keywords,
//! punctuation, numbers, strings, indentation and stray characters, and solver-shaped
//! functions with random lines) expands to Rust items or to a `compile_error!` naming the
//! macro, never to a panic of the macro.

use proc_macro2::TokenStream;
use proptest::prelude::*;
use quote::quote;

use super::expand;

/// The names of arc-dsl's and batt's primitives, from the table of `batt-dsl-names`.
fn primitive_names() -> Vec<&'static str> {
    let table = batt_dsl_names::ARC_DSL_PRIMITIVES.iter().chain(batt_dsl_names::BATT_PRIMITIVES);
    table.map(|p| p.name).collect()
}

/// The names of arc-dsl's constants.
fn constant_names() -> Vec<&'static str> {
    batt_dsl_names::CONSTANTS.iter().map(|c| c.name).collect()
}

/// Cases per property when `PROPTEST_CASES` is unset.
const DEFAULT_CASES: u32 = 128;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Names a solver may use: arc-dsl's, parameters, variables, and a few that are neither.
fn arb_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(primitive_names()).prop_map(str::to_owned),
        2 => prop::sample::select(constant_names()).prop_map(str::to_owned),
        3 => prop::sample::select(vec!["I", "S", "C", "O", "x1", "x2", "x3", "x4"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["SOLVERS", "BATTS", "self", "fn", "match", "r#box", "_", "é", "solve_a"]).prop_map(str::to_owned),
        1 => "[a-zA-Z_][a-zA-Z0-9_]{0,8}",
    ]
}

/// One token of Python text, or a stray piece.
fn arb_token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => arb_name(),
        1 => prop::sample::select(vec![
            "def", "return", "lambda", "if", "else", "for", "in", "import", "from", "async",
            "pass", "True", "False", "None", "global", "class", "yield", "with",
        ]).prop_map(str::to_owned),
        4 => prop::sample::select(vec![
            "(", ")", ",", "=", ":", "\n", "    ", "\t", "*", "**", "@", "[", "]", ".", "-",
            "+=", "#", "\\", ";", "->",
        ]).prop_map(str::to_owned),
        2 => prop::sample::select(vec![
            "0", "1", "-1", "42", "2147483647", "2147483648", "-2147483649", "99999999999999999999",
            "0x1F", "1.5", "1e9", "07",
        ]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["'a'", "\"doc\"", "\"\"\"doc\"\"\"", "'", "\"", "b'x'", "f'{I}'"]).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Token soup: tokens joined by spaces or by nothing.
fn arb_soup() -> impl Strategy<Value = String> {
    prop::collection::vec((arb_token(), any::<bool>()), 0..60).prop_map(|tokens| {
        tokens.into_iter().map(|(t, space)| if space { t + " " } else { t }).collect()
    })
}

/// An argument of a call: a variable bound before (by its number), a name, an integer, or a
/// stray token.
fn arb_arg() -> impl Strategy<Value = Result<usize, String>> {
    prop_oneof![
        8 => any::<usize>().prop_map(Ok),
        4 => arb_name().prop_map(Err),
        2 => (-3i64..12).prop_map(|n| Err(n.to_string())),
        1 => arb_token().prop_map(Err),
    ]
}

/// One line of a body: a call of a primitive (most often) or of any name, on earlier
/// variables and other arguments, assigned to the next variable; or stray text.
fn arb_line() -> impl Strategy<Value = (String, Vec<Result<usize, String>>, Option<String>)> {
    let callee = prop_oneof![
        6 => prop::sample::select(primitive_names()).prop_map(str::to_owned),
        1 => arb_name(),
    ];
    let stray = prop::option::weighted(0.1, arb_soup());
    (callee, prop::collection::vec(arb_arg(), 0..4), stray)
}

/// Solver-shaped functions: `def name(params):`, lines `xk = f(...)` and, most often,
/// `return` of the last variable.
fn arb_solvers() -> impl Strategy<Value = String> {
    let params = prop_oneof![
        4 => Just("I".to_owned()),
        2 => prop::sample::subsequence(vec!["S", "I", "C"], 0..=3).prop_map(|p| p.join(", ")),
        1 => prop::collection::vec(arb_name(), 0..4).prop_map(|p| p.join(", ")),
    ];
    let name = prop_oneof![4 => "solve_[a-f0-9]{8}", 1 => arb_name()];
    let function =
        (name, params, prop::collection::vec(arb_line(), 0..6), prop::bool::weighted(0.9))
            .prop_map(|(name, params, lines, returns)| {
                let mut text = format!("def {name}({params}):\n");
                let mut bound = vec!["I".to_owned()];
                for (k, (callee, args, stray)) in lines.into_iter().enumerate() {
                    let args: Vec<String> = args
                        .into_iter()
                        .map(|a| match a {
                            Ok(i) => bound[i % bound.len()].clone(),
                            Err(other) => other,
                        })
                        .collect();
                    let var = format!("x{}", k + 1);
                    text += &format!("    {var} = {callee}({})\n", args.join(", "));
                    if let Some(stray) = stray {
                        text += &format!("    {stray}\n");
                    }
                    bound.push(var);
                }
                if returns {
                    text += &format!("    return {}\n", bound.last().expect("I is bound"));
                }
                text + "\n"
            });
    (prop::collection::vec(function, 1..4), prop::option::weighted(0.1, arb_soup()))
        .prop_map(|(fs, tail)| fs.concat() + &tail.unwrap_or_default())
}

/// The expansion of `include_solvers!` on `source` (written to a temporary file), with
/// `options`.
fn expand_text(source: &str, options: TokenStream) -> syn::Result<TokenStream> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("batt-fuzz-include-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let file = dir.join("s.py");
    std::fs::write(&file, source).expect("a written file");
    let path = file.to_string_lossy().into_owned();
    let out = expand(quote!(#path #options));
    std::fs::remove_dir_all(&dir).ok();
    out
}

/// The expansion is Rust items with the three tables, or an error that names the macro.
fn check(source: &str, options: TokenStream) -> Result<(), TestCaseError> {
    match expand_text(source, options) {
        Ok(tokens) => {
            let file: syn::File = syn::parse2(tokens)
                .map_err(|e| TestCaseError::fail(format!("not Rust items: {e}")))?;
            let statics: Vec<String> = file
                .items
                .iter()
                .filter_map(|item| match item {
                    syn::Item::Static(s) => Some(s.ident.to_string()),
                    _ => None,
                })
                .collect();
            prop_assert_eq!(statics, ["SOLVERS", "BATTS", "LISTS", "SKIPPED", "DYNAMIC"]);
        }
        Err(e) => {
            for e in e {
                prop_assert!(e.to_string().starts_with("include_solvers!"), "{}", e);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn token_soup_expands_or_fails_cleanly(source in arb_soup()) {
        check(&source, quote!())?;
    }

    #[test]
    fn solver_shaped_text_expands_or_fails_cleanly(source in arb_solvers(), strict in any::<bool>(), unfused in any::<bool>()) {
        let mut options = TokenStream::new();
        if strict {
            options.extend(quote!(, strict));
        }
        if unfused {
            options.extend(quote!(, unfused));
        }
        check(&source, options)?;
    }

    #[test]
    fn arbitrary_bytes_expand_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        check(&String::from_utf8_lossy(&bytes), quote!())?;
    }
}
