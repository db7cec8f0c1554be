//! What the code written by `#[batt]` calls: the fused pattern over any borrow of
//! [`Samples`], results shared between instances, a compile-time check that the DSL names
//! in a fused instance are this crate's functions, and per-thread counters that let tests
//! prove the rewrite happened.
//!
//! Users do not call these by hand; [`crate::batch_process_samples`] and friends are the
//! public entry points. Everything here is a thin layer over them.
//!
//! ```
//! use batt_runtime::{Backend, Task, fuse};
//! let task = Task::from_json_str(r#"{"train": [{"input": [[1, 2]], "output": [[3]]}]}"#).unwrap();
//! let before = fuse::counts();
//! let (x1, x2, x3, x4) = fuse::samples(&task.train, Backend::Cpu);
//! assert_eq!((x1.len(), x2.len(), x3, x4), (1, 1, vec![1, 2], vec![3]));
//! assert_eq!(fuse::counts().since(before).samples, 1);
//! ```

use std::cell::Cell;

use crate::dispatch::{Backend, batch_process_samples_with, batch_process_side_with, pattern_with};
use crate::dsl::{First, Second, first, mapply, p_g, second};
use crate::grid::{Color, Grid};
use crate::pattern::{Pattern, PatternTuple, Side};
use crate::samples::Samples;

/// Values that lend a [`Samples`]: `Samples` itself and any number of `&`/`&mut` around it.
///
/// `#[batt]` passes `&(S)` for the samples expression `S` of a fused instance, so `S` may be
/// `Samples`, `&Samples` or `&&Samples`, as in the unfused `apply(first, S)`.
#[diagnostic::on_unimplemented(
    message = "`#[batt]` fused a sample pattern over `{Self}`, which is not `Samples`",
    label = "the samples expression of the fused `apply(first, ..)`/`apply(second, ..)`",
    note = "`#[batt]` fuses `apply(first, S)` only where `S` is `Samples`, `&Samples` or \
            `&&Samples`; remove `#[batt]` from this function to keep the unfused code"
)]
pub trait AsSamples {
    /// The borrowed samples.
    fn as_samples(&self) -> &Samples;
}

impl AsSamples for Samples {
    fn as_samples(&self) -> &Samples {
        self
    }
}

impl<T: AsSamples + ?Sized> AsSamples for &T {
    fn as_samples(&self) -> &Samples {
        (**self).as_samples()
    }
}

impl<T: AsSamples + ?Sized> AsSamples for &mut T {
    fn as_samples(&self) -> &Samples {
        (**self).as_samples()
    }
}

/// How many fused calls the code of `#[batt]` made on the current thread.
///
/// The counts are per thread, so that tests running side by side do not see each other's
/// calls; each is one thread-local increment per fused call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Counts {
    /// Calls of [`samples`]: one whole instance computed alone.
    pub samples: usize,
    /// Calls of [`side`]: one half instance computed alone.
    pub sides: usize,
    /// Calls of [`pattern`]: the first of several instances over the same samples.
    pub patterns: usize,
    /// Calls of [`reuse`]: a later instance that took the first one's result.
    pub reuses: usize,
    /// Instances over samples that are not [`Samples`] (say `&Vec<(Grid, Grid)>`), which
    /// the fused code computes with the unfused DSL functions instead.
    pub unfused: usize,
}

impl Counts {
    /// The calls made after `earlier` was taken.
    pub fn since(self, earlier: Counts) -> Counts {
        Counts {
            samples: self.samples - earlier.samples,
            sides: self.sides - earlier.sides,
            patterns: self.patterns - earlier.patterns,
            reuses: self.reuses - earlier.reuses,
            unfused: self.unfused - earlier.unfused,
        }
    }

    /// All calls that computed a pattern (not counting reuses).
    pub fn computed(self) -> usize {
        self.samples + self.sides + self.patterns
    }
}

thread_local! {
    static COUNTS: Cell<Counts> = const { Cell::new(Counts { samples: 0, sides: 0, patterns: 0, reuses: 0, unfused: 0 }) };
}

fn count(bump: impl FnOnce(&mut Counts)) {
    COUNTS.with(|c| {
        let mut counts = c.get();
        bump(&mut counts);
        c.set(counts);
    });
}

/// The fused calls made on this thread so far.
pub fn counts() -> Counts {
    COUNTS.with(Cell::get)
}

/// One whole instance: `(x1, x2, x3, x4)` (see [`crate::batch_process_samples_with`]).
pub fn samples<S: AsSamples + ?Sized>(samples: &S, backend: Backend) -> PatternTuple {
    count(|c| c.samples += 1);
    batch_process_samples_with(samples.as_samples(), backend)
}

/// One half instance: `(x1, x3)` or `(x2, x4)` (see [`crate::batch_process_side_with`]).
pub fn side<S: AsSamples + ?Sized>(
    samples: &S,
    side: Side,
    backend: Backend,
) -> (Vec<Grid>, Vec<Color>) {
    count(|c| c.sides += 1);
    batch_process_side_with(samples.as_samples(), side, backend)
}

/// The pattern that several instances over the same samples share.
pub fn pattern<S: AsSamples + ?Sized>(samples: &S, backend: Backend) -> Pattern {
    count(|c| c.patterns += 1);
    pattern_with(samples.as_samples(), backend)
}

/// A copy of a shared pattern for one more instance (grids are shared, not copied).
pub fn reuse(pattern: &Pattern) -> Pattern {
    count(|c| c.reuses += 1);
    pattern.clone()
}

/// The inputs' half of a pattern, `(x1, x3)`.
pub fn inputs(pattern: Pattern) -> (Vec<Grid>, Vec<Color>) {
    (pattern.inputs, pattern.input_colors)
}

/// The outputs' half of a pattern, `(x2, x4)`.
pub fn outputs(pattern: Pattern) -> (Vec<Grid>, Vec<Color>) {
    (pattern.outputs, pattern.output_colors)
}

/// The samples expression of one fused instance, as written, on its way to [`Fuse`] (when it
/// lends [`Samples`]) or to the unfused fallbacks ([`UnfusedSamples`], [`UnfusedInputs`],
/// [`UnfusedOutputs`]) otherwise.
///
/// The code of `#[batt]` calls `(&&Probe::new(S)).samples(backend)` with all four traits in
/// scope: method lookup tries `&&Probe<T>` ([`Fuse`], needs `T: AsSamples`) before
/// `&Probe<T>` (the fallbacks), so the choice is made by the type of `S`, at compile time,
/// and a function whose `S` is not `Samples` computes what its unfused lines compute.
///
/// ```
/// use batt_runtime::fuse::{Fuse as _, Probe, UnfusedInputs as _};
/// use batt_runtime::{Backend, Grid};
/// let pairs = vec![(Grid::filled(1, 1, 4).unwrap(), 0u8)];
/// let (x1, x3) = (&&Probe::new(&pairs)).inputs(Backend::Auto);
/// assert_eq!((x1.len(), x3), (1, vec![4]));
/// ```
pub use crate::dsl::Probe;

/// The fused path of a [`Probe`] over samples that lend [`Samples`].
pub trait Fuse {
    /// One whole instance, `(x1, x2, x3, x4)`.
    fn samples(self, backend: Backend) -> PatternTuple;
    /// The inputs' half, `(x1, x3)`.
    fn inputs(self, backend: Backend) -> (Vec<Grid>, Vec<Color>);
    /// The outputs' half, `(x2, x4)`.
    fn outputs(self, backend: Backend) -> (Vec<Grid>, Vec<Color>);
    /// The pattern that several instances share.
    fn pattern(self, backend: Backend) -> Pattern;
}

impl<T: AsSamples> Fuse for &&Probe<T> {
    fn samples(self, backend: Backend) -> PatternTuple {
        samples(&self.take(), backend)
    }
    fn inputs(self, backend: Backend) -> (Vec<Grid>, Vec<Color>) {
        side(&self.take(), Side::Inputs, backend)
    }
    fn outputs(self, backend: Backend) -> (Vec<Grid>, Vec<Color>) {
        side(&self.take(), Side::Outputs, backend)
    }
    fn pattern(self, backend: Backend) -> Pattern {
        pattern(&self.take(), backend)
    }
}

/// The unfused fallback of a [`Probe`] for a whole instance or a shared pattern: the DSL
/// functions themselves, over any container whose items have grids first and second.
pub trait UnfusedSamples {
    /// `(apply(first, S), apply(second, S), mapply(p_g, &x1), mapply(p_g, &x2))`.
    fn samples(self, backend: Backend) -> PatternTuple;
    /// The same values as a [`Pattern`].
    fn pattern(self, backend: Backend) -> Pattern;
}

impl<T> UnfusedSamples for &Probe<T>
where
    T: Copy + IntoIterator,
    T::Item: First<Output = Grid> + Second<Output = Grid>,
{
    fn samples(self, backend: Backend) -> PatternTuple {
        self.pattern(backend).into_tuple()
    }
    fn pattern(self, _backend: Backend) -> Pattern {
        count(|c| c.unfused += 1);
        let s = self.take();
        // `apply(first, S)` of a tuple, for any iterable `S`.
        let x1: Vec<Grid> = s.into_iter().map(first).collect();
        let x2: Vec<Grid> = s.into_iter().map(second).collect();
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        Pattern { inputs: x1, outputs: x2, input_colors: x3, output_colors: x4 }
    }
}

/// The unfused fallback of a [`Probe`] for the inputs' half.
pub trait UnfusedInputs {
    /// `(apply(first, S), mapply(p_g, &x1))`.
    fn inputs(self, backend: Backend) -> (Vec<Grid>, Vec<Color>);
}

impl<T> UnfusedInputs for &Probe<T>
where
    T: IntoIterator,
    T::Item: First<Output = Grid>,
{
    fn inputs(self, _backend: Backend) -> (Vec<Grid>, Vec<Color>) {
        count(|c| c.unfused += 1);
        let x1: Vec<Grid> = self.take().into_iter().map(first).collect();
        let x3 = mapply(p_g, &x1);
        (x1, x3)
    }
}

/// The unfused fallback of a [`Probe`] for the outputs' half.
pub trait UnfusedOutputs {
    /// `(apply(second, S), mapply(p_g, &x2))`.
    fn outputs(self, backend: Backend) -> (Vec<Grid>, Vec<Color>);
}

impl<T> UnfusedOutputs for &Probe<T>
where
    T: IntoIterator,
    T::Item: Second<Output = Grid>,
{
    fn outputs(self, _backend: Backend) -> (Vec<Grid>, Vec<Color>) {
        count(|c| c.unfused += 1);
        let x2: Vec<Grid> = self.take().into_iter().map(second).collect();
        let x4 = mapply(p_g, &x2);
        (x2, x4)
    }
}

/// Compiles only when both arguments have the same type.
///
/// `#[batt]` passes each DSL name of a fused instance as written (`apply`, `dsl::first`, ...)
/// next to this crate's function: every function has a type of its own, so the fused code
/// compiles only where the names mean this crate's DSL, never a function of the same name.
pub fn same<T>(_written: T, _expected: T) {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::Grid;
    use crate::samples::Sample;

    fn samples() -> Samples {
        let g = |c| Grid::filled(1, 2, c).unwrap();
        vec![Sample::new(g(1), g(2)), Sample::new(g(3), g(0))].into()
    }

    #[test]
    fn every_borrow_gives_the_reference_and_is_counted() {
        let s = samples();
        let reference = Pattern::reference(&s);
        let before = counts();
        assert_eq!(super::samples(&s, Backend::Cpu), reference.clone().into_tuple());
        assert_eq!(super::samples(&&s, Backend::Rayon), reference.clone().into_tuple());
        assert_eq!(super::samples(&&&s, Backend::Auto), reference.clone().into_tuple());
        let shared = pattern(&&s, Backend::Cpu);
        assert_eq!(reuse(&shared), reference);
        assert_eq!(inputs(shared.clone()), (reference.inputs.clone(), reference.input_colors));
        assert_eq!(outputs(shared), (reference.outputs.clone(), reference.output_colors));
        let half = side(&s, Side::Outputs, Backend::Cpu);
        assert_eq!(half.1, vec![2, 0]);
        let c = counts().since(before);
        assert_eq!(c, Counts { samples: 3, sides: 1, patterns: 1, reuses: 1, unfused: 0 });
        assert_eq!(c.computed(), 5);
    }

    #[test]
    #[allow(clippy::needless_borrow, reason = "the `&&` of the fused code is what is tested")]
    fn probes_fuse_samples_and_fall_back_for_other_containers() {
        let s = samples();
        let reference = Pattern::reference(&s);
        let before = counts();
        assert_eq!((&&Probe::new(&s)).samples(Backend::Cpu), reference.clone().into_tuple());
        assert_eq!((&&Probe::new(s.clone())).pattern(Backend::Cpu), reference);
        let pairs: Vec<(Grid, Grid)> =
            s.iter().map(|x| (x.input.clone(), x.output.clone())).collect();
        assert_eq!(
            UnfusedSamples::samples(&Probe::new(&pairs), Backend::Cpu),
            reference.clone().into_tuple()
        );
        assert_eq!((&&Probe::new(&pairs)).samples(Backend::Cpu), reference.clone().into_tuple());
        assert_eq!((&&Probe::new(&pairs)).pattern(Backend::Cpu), reference);
        let inputs = (&&Probe::new(&pairs)).inputs(Backend::Cpu);
        assert_eq!(inputs, (reference.inputs.clone(), reference.input_colors.clone()));
        let outputs = (&&Probe::new(pairs)).outputs(Backend::Cpu);
        assert_eq!(outputs, (reference.outputs.clone(), reference.output_colors.clone()));
        let fused = (&&Probe::new(&s)).outputs(Backend::Rayon);
        assert_eq!(fused, (reference.outputs, reference.output_colors));
        let c = counts().since(before);
        assert_eq!((c.samples, c.patterns, c.sides, c.unfused), (1, 1, 1, 5));
    }
}
