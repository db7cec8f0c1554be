//! The options are `strict` and `unfused`.

batt::include_solvers!("tests/solvers/training.py", fast);

fn main() {}
