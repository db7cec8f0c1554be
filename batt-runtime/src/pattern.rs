//! The sample pattern's four values, and the unfused reference that defines them.

use crate::dsl::{apply, first, mapply, p_g, second};
use crate::grid::{Color, Grid};
use crate::samples::{Sample, Samples};

/// The four values of the sample pattern of one task.
///
/// Field for field, these are `x1..x4` of
/// ```text
/// let x1 = apply(first, S);
/// let x2 = apply(second, S);
/// let x3 = mapply(p_g, &x1);
/// let x4 = mapply(p_g, &x2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Pattern {
    /// The input grids, in sample order (`x1`).
    pub inputs: Vec<Grid>,
    /// The output grids, in sample order (`x2`).
    pub outputs: Vec<Grid>,
    /// Each input's palette, ascending, concatenated (`x3`).
    pub input_colors: Vec<Color>,
    /// Each output's palette, ascending, concatenated (`x4`).
    pub output_colors: Vec<Color>,
}

/// The four values as the tuple `(x1, x2, x3, x4)`.
pub type PatternTuple = (Vec<Grid>, Vec<Grid>, Vec<Color>, Vec<Color>);

impl Pattern {
    /// The pattern computed by the four unfused DSL lines: the definition every backend
    /// must equal.
    pub fn reference(samples: &Samples) -> Pattern {
        let x1 = apply(first, samples);
        let x2 = apply(second, samples);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        Pattern { inputs: x1, outputs: x2, input_colors: x3, output_colors: x4 }
    }

    /// The values as the tuple `(x1, x2, x3, x4)`.
    pub fn into_tuple(self) -> PatternTuple {
        (self.inputs, self.outputs, self.input_colors, self.output_colors)
    }
}

impl From<Pattern> for PatternTuple {
    fn from(p: Pattern) -> PatternTuple {
        p.into_tuple()
    }
}

/// One half of the pattern: the inputs (`first`) or the outputs (`second`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// `apply(first, S)` and its palettes.
    Inputs,
    /// `apply(second, S)` and its palettes.
    Outputs,
}

impl Side {
    /// The grid of a sample on this side.
    pub fn of(self, sample: &Sample) -> &Grid {
        match self {
            Side::Inputs => &sample.input,
            Side::Outputs => &sample.output,
        }
    }
}
