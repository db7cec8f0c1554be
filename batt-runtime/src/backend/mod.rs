//! The backends that compute the fused pattern: one module each, each implementing
//! [`PatternBackend`].
//!
//! Data flows one way: samples → [`crate::dispatch`] picks a backend by the amount of work
//! → the backend computes palette masks ([`crate::scan`]) and assembles [`Pattern`]s.

use crate::grid::{Color, Grid};
use crate::pattern::{Pattern, Side};
use crate::samples::Samples;

pub mod cpu;
#[cfg(feature = "cuda")]
pub mod cuda;
pub(crate) mod rayon;

/// A backend of the fused sample pattern: the pattern of one task's samples, of one side of
/// them, or of many tasks at once, each equal to [`Pattern::reference`] of the same samples.
///
/// [`crate::dispatch`] resolves a [`Backend`](crate::Backend) to one implementation per call
/// and calls it through this trait.
pub trait PatternBackend: Sync {
    /// The backend's name, as `BATT_BACKEND` spells it.
    fn name(&self) -> &'static str;

    /// The fused pattern of one task's samples.
    fn pattern(&self, samples: &Samples) -> Pattern;

    /// One half of the pattern: the grids of `side` and their palettes.
    fn side(&self, samples: &Samples, side: Side) -> (Vec<Grid>, Vec<Color>);

    /// The fused patterns of many tasks, in task order.
    fn many(&self, tasks: &[Samples]) -> Vec<Pattern>;
}
