//! `#[batt]` keeps every kind of function working: methods (`&self` samples), generics,
//! `where` clauses, attributes and doc comments, `pub(crate)`, `unsafe fn`, `async fn`,
//! provided trait methods; and the `crate = "..."` option.

use batt::batt;
use batt::prelude::*;
use batt::runtime::fuse::counts;

struct Solver {
    train: Samples,
}

impl Solver {
    /// A method over its own samples.
    #[batt(strict)]
    #[inline]
    pub(crate) fn palettes(&self) -> (Vec<Color>, Vec<Color>) {
        let x1 = apply(first, &self.train);
        let x2 = apply(second, &self.train);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        (x3, x4)
    }

    /// Mutable `self`: its samples may change between the halves, which stay apart.
    #[batt]
    fn palettes_after_change(&mut self, extra: Sample) -> (Vec<Color>, Vec<Color>) {
        let x1 = apply(first, &self.train);
        let x3 = mapply(p_g, &x1);
        self.train = self.train.iter().cloned().chain([extra]).collect();
        let x2 = apply(second, &self.train);
        let x4 = mapply(p_g, &x2);
        (x3, x4)
    }
}

trait Solve {
    fn samples(&self) -> &Samples;

    /// A provided trait method.
    #[batt]
    fn solve(&self) -> Vec<Color> {
        let s = self.samples();
        let x1 = apply(first, s);
        let x3 = mapply(p_g, &x1);
        x3
    }
}

impl Solve for Solver {
    fn samples(&self) -> &Samples {
        &self.train
    }
}

/// Generics, a `where` clause and a lifetime.
#[batt]
fn generic<'a, T>(samples: &'a Samples, extra: T) -> (Vec<Color>, T)
where
    T: Clone + std::fmt::Debug + 'a,
{
    let x2 = apply(second, samples);
    let x4 = mapply(p_g, &x2);
    (x4, extra.clone())
}

/// An `unsafe fn`.
///
/// # Safety
/// None needed; it only shows that the qualifier is kept.
#[batt]
unsafe fn marked_unsafe(samples: &Samples) -> Vec<Color> {
    let x1 = apply(first, samples);
    let x3 = mapply(p_g, &x1);
    x3
}

/// An `async fn`.
#[batt(backend = "cpu")]
async fn asynchronous(samples: &Samples) -> Vec<Color> {
    let x1 = apply(first, samples);
    let x3 = mapply(p_g, &x1);
    x3
}

/// Samples of another type: the fused code falls back to the DSL functions.
#[batt]
fn pairs(pairs: &Vec<(Grid, Grid)>) -> (Vec<Color>, Vec<Color>) {
    let x1 = apply(first, pairs);
    let x2 = apply(second, pairs);
    let x3 = mapply(p_g, &x1);
    let x4 = mapply(p_g, &x2);
    (x3, x4)
}

/// The runtime named explicitly, through the facade and directly.
#[batt(crate = "batt::runtime")]
fn explicit_facade(samples: &Samples) -> Vec<Color> {
    let x1 = apply(first, samples);
    let x3 = mapply(p_g, &x1);
    x3
}

mod renamed {
    pub use batt::runtime as rt;
}

#[batt(crate = "crate::renamed::rt", strict)]
fn explicit_reexport(samples: &Samples) -> Vec<Color> {
    let x1 = apply(first, samples);
    let x3 = mapply(p_g, &x1);
    x3
}

/// Functions written by `macro_rules!`: fragments arrive as invisible groups.
macro_rules! define_with_block {
    ($name:ident($param:ident) $body:block) => {
        #[batt(strict)]
        fn $name($param: &Samples) -> Vec<Color> $body
    };
}

define_with_block!(from_block(samples) {
    let x1 = apply(first, samples);
    let x3 = mapply(p_g, &x1);
    x3
});

macro_rules! define_over {
    ($name:ident, $task:ident, $samples:expr, $grids:ident) => {
        #[batt(strict)]
        fn $name($task: &Task) -> Vec<Color> {
            let $grids = apply(first, $samples);
            let x3 = mapply(p_g, &$grids);
            x3
        }
    };
}

define_over!(from_expr, task, &task.train, x1);

fn samples() -> Samples {
    let g = |c: Color| Grid::filled(2, 1, c).unwrap();
    vec![Sample::new(g(1), g(2)), Sample::new(g(3), g(4))].into()
}

/// Polls a future that never waits.
fn ready<F: std::future::Future>(future: F) -> F::Output {
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let mut future = std::pin::pin!(future);
    match future.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => v,
        std::task::Poll::Pending => unreachable!("nothing here waits"),
    }
}

#[test]
fn every_kind_of_function_is_fused_and_correct() {
    let s = samples();
    let mut solver = Solver { train: s.clone() };
    let before = counts();
    assert_eq!(solver.palettes(), (vec![1, 3], vec![2, 4]));
    assert_eq!(solver.solve(), vec![1, 3]);
    assert_eq!(generic(&s, "x"), (vec![2, 4], "x"));
    // SAFETY: the function has no safety requirement.
    assert_eq!(unsafe { marked_unsafe(&s) }, vec![1, 3]);
    assert_eq!(ready(asynchronous(&s)), vec![1, 3]);
    assert_eq!(explicit_facade(&s), vec![1, 3]);
    assert_eq!(explicit_reexport(&s), vec![1, 3]);
    let extra = Sample::new(Grid::filled(1, 1, 5).unwrap(), Grid::filled(1, 1, 6).unwrap());
    assert_eq!(solver.palettes_after_change(extra), (vec![1, 3], vec![2, 4, 6]));
    assert_eq!(from_block(&s), vec![1, 3]);
    let task = Task { train: s.clone(), test: Vec::new() };
    assert_eq!(from_expr(&task), vec![1, 3]);
    let grids: Vec<(Grid, Grid)> = s.iter().map(|x| (x.input.clone(), x.output.clone())).collect();
    assert_eq!(pairs(&grids), (vec![1, 3], vec![2, 4]));
    let c = counts().since(before);
    assert_eq!((c.samples, c.sides, c.unfused), (1, 10, 1));
}
