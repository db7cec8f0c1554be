//! `include_solvers!` on `tests/solvers/primitives.py`: small functions written for these
//! tests that together use every one of arc-dsl's primitives and constants and the constructs
//! of its solvers (functions held in variables, `rbind`/`lbind` of two- and three-argument
//! functions, `compose`, `chain`, `fork`, `matcher`, `power`, `branch`, negative and boolean
//! literals). Every function converts (strictly), and gives on each input grid of
//! `tests/solvers/primitives.json` what arc-dsl's own Python gives (the JSON is written by
//! `scripts/arc_dsl/golden.py`, which runs arc-dsl's `dsl.py`; `null` where arc-dsl raises).

use std::collections::{BTreeMap, BTreeSet};

use batt::prelude::*;
use batt_dsl_names::{ARC_DSL_PRIMITIVES, CONSTANTS};
use serde::Deserialize;

mod prims {
    batt::include_solvers!("tests/solvers/primitives.py", strict);
}

const SOURCE: &str = include_str!("solvers/primitives.py");
const GOLDEN: &str = include_str!("solvers/primitives.json");

/// One input grid of a function and what arc-dsl gives for it (`None`: arc-dsl raises).
#[derive(Deserialize)]
struct Case {
    input: Vec<Vec<Color>>,
    output: Option<Vec<Vec<Color>>>,
}

/// The cases of each function, from primitives.json.
fn golden() -> BTreeMap<String, Vec<Case>> {
    serde_json::from_str(GOLDEN).expect("tests/solvers/primitives.json: cases by function")
}

fn grid(rows: &[Vec<Color>]) -> Grid {
    Grid::from_rows(rows).expect("primitives.json holds grids")
}

/// A grid as its rows of digits, `12 34`.
fn show(grid: Option<&Grid>) -> String {
    grid.map_or_else(
        || "None".to_string(),
        |g| {
            let rows: Vec<String> = g
                .to_rows()
                .iter()
                .map(|r| r.iter().map(|c| char::from(b'0' + c)).collect())
                .collect();
            rows.join(" ")
        },
    )
}

/// The names that the code of primitives.py uses: the words of the right-hand sides of its
/// lines `name = ...` (so docstrings and comments do not count).
fn code_words(source: &str) -> BTreeSet<&str> {
    source
        .lines()
        .filter_map(|line| {
            let (lhs, rhs) = line.trim().split_once(" = ")?;
            lhs.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()).then_some(rhs)
        })
        .flat_map(|rhs| rhs.split(|c: char| !(c == '_' || c.is_ascii_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn every_function_converts_and_has_cases() {
    assert!(prims::SKIPPED.is_empty(), "skipped: {:?}", prims::SKIPPED);
    let converted: BTreeSet<&str> = prims::SOLVERS.iter().map(|(name, _)| *name).collect();
    assert_eq!(converted.len(), prims::SOLVERS.len(), "a function is listed twice");
    let golden = golden();
    let expected: BTreeSet<&str> = golden.keys().map(String::as_str).collect();
    let no_cases: Vec<&&str> = converted.difference(&expected).collect();
    let no_function: Vec<&&str> = expected.difference(&converted).collect();
    assert!(
        no_cases.is_empty() && no_function.is_empty(),
        "functions without cases in primitives.json: {no_cases:?}; cases without a function: \
         {no_function:?} (run scripts/arc_dsl/golden.py)"
    );
    let empty: Vec<&String> =
        golden.iter().filter(|(_, cases)| cases.is_empty()).map(|(name, _)| name).collect();
    assert!(empty.is_empty(), "functions with no cases: {empty:?}");
}

#[test]
fn every_function_gives_what_arc_dsl_gives() {
    let golden = golden();
    let mut total = 0;
    let mut mismatches = Vec::new();
    for (name, solver) in prims::SOLVERS {
        for (k, case) in golden.get(*name).map_or(&[][..], Vec::as_slice).iter().enumerate() {
            total += 1;
            let input = grid(&case.input);
            let want = case.output.as_deref().map(grid);
            let got = solver(&input);
            if got != want {
                mismatches.push(format!(
                    "  {name} case {k}: input {}: arc-dsl gives {}, Rust gives {}",
                    show(Some(&input)),
                    show(want.as_ref()),
                    show(got.as_ref()),
                ));
            }
        }
    }
    assert!(total > 0, "no cases ran");
    assert!(
        mismatches.is_empty(),
        "{} of {total} cases differ from arc-dsl:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn the_file_uses_every_primitive_and_constant() {
    assert_eq!(ARC_DSL_PRIMITIVES.len(), 160);
    assert_eq!(CONSTANTS.len(), 28);
    let words = code_words(SOURCE);
    let names = ARC_DSL_PRIMITIVES.iter().map(|p| p.name).chain(CONSTANTS.iter().map(|c| c.name));
    let missing: Vec<&str> = names.filter(|name| !words.contains(name)).collect();
    assert!(missing.is_empty(), "primitives.py never uses {missing:?}");
}

#[test]
fn code_words_leave_docstrings_out() {
    let words =
        code_words("def f(I):\n    \"\"\"uses shift\"\"\"\n    x1 = rot90(I)\n    O = x1\n");
    assert_eq!(words, BTreeSet::from(["I", "rot90", "x1"]));
}
