//! A Python file that is not there is a compile error at the path.

batt::include_solvers!("tests/solvers/no_such_file.py");

fn main() {}
