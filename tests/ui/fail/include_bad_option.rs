//! The only option is `strict`.

batt::include_solvers!("tests/solvers/training.py", fast);

fn main() {}
