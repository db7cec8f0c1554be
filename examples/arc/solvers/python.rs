//! Solvers written in arc-dsl's Python (`python.py`, beside this file), converted to native
//! Rust functions at compile time by `include_solvers!`: arc-dsl text in, `#[batt]` code out.
//! Each is `solve_<task id>(I: &Grid) -> Option<Grid>`, listed in `SOLVERS`; `strict` makes
//! any line outside the straight-line form a compile error, so `SKIPPED` is empty.

batt::include_solvers!("examples/arc/solvers/python.py", strict);
