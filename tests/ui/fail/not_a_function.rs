use batt::batt;
use batt::prelude::*;

#[batt]
struct Solver {
    train: Samples,
}

#[batt]
impl Solver {
    fn solve(&self) -> Vec<Grid> {
        apply(first, &self.train)
    }
}

trait Solve {
    #[batt]
    fn solve(&self) -> Vec<Grid>;
}

#[batt]
const LIMIT: usize = 3;

fn main() {}
