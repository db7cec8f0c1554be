//! The runtime of `batt`: ARC grids and samples, the arc-dsl primitives of the sample
//! pattern, and the fused pattern on one core or all cores.
//!
//! Most users want the [`prelude`]:
//! ```
//! use batt_runtime::prelude::*;
//! let task = Task::from_json_str(r#"{"train": [{"input": [[1, 2]], "output": [[3]]}]}"#).unwrap();
//! let (x1, x2, x3, x4) = batch_process_samples(&task.train);
//! assert_eq!((x1.len(), x2.len(), x3, x4), (1, 1, vec![1, 2], vec![3]));
//! ```
#![warn(missing_docs)]

pub mod backend;
pub mod deadline;
pub mod dispatch;
pub mod dsl;
pub mod dynamic;
pub mod fuse;
pub mod grid;
pub mod lists;
pub mod pattern;
pub mod runner;
pub mod samples;
pub mod scan;

pub use dispatch::{
    Backend, BackendError, SetGlobalError, batch_process_inputs, batch_process_many,
    batch_process_many_with, batch_process_outputs, batch_process_samples,
    batch_process_samples_with, batch_process_side_with, pattern_with,
};
pub use grid::{Color, Grid, GridError, MAX_SIDE, NUM_COLORS};
pub use pattern::{Pattern, PatternTuple, Side};
pub use samples::{Sample, Samples, Task, TaskError, TaskFile, TestSample, read_task_dir};

/// Many tasks kept on the GPUs, computed again on any subset (cargo feature `cuda`).
#[cfg(feature = "cuda")]
pub use backend::cuda::Corpus as CudaCorpus;

/// The everyday names, for `use batt_runtime::prelude::*`: the data types ([`Grid`],
/// [`Color`], [`Sample`], [`Samples`], [`Task`], [`TestSample`]) and
/// [`cell_integer`](crate::grid::cell_integer); the fused pattern ([`Pattern`], [`Backend`]
/// and the `batch_process_*` entry points); arc-dsl's type names
/// ([`Integer`](crate::dsl::Integer), [`Object`](crate::dsl::Object),
/// [`FrozenSet`](crate::dsl::FrozenSet), ...), its constants and its primitives.
///
/// Of the DSL's traits only [`GridLike`](crate::dsl::GridLike) is here (its `into_grid` turns
/// a solver's result, a grid or a tuple of rows, into a grid); calling a primitive needs none
/// of the others in scope. Name them from [`crate::dsl`] to write bounds or call their methods.
pub mod prelude {
    pub use crate::dispatch::{
        Backend, batch_process_inputs, batch_process_many, batch_process_outputs,
        batch_process_samples,
    };
    pub use crate::grid::{Color, Grid, cell_integer};
    pub use crate::lists::{DslValue, Lists, Record, ToDslValue};
    pub use crate::pattern::Pattern;
    pub use crate::samples::{Sample, Samples, Task, TestSample};

    // Turns what a solver gives (a grid or a tuple of rows) into a grid: `x.into_grid()`.
    pub use crate::dsl::GridLike;

    // arc-dsl's type names.
    pub use crate::dsl::{
        Boolean, Cell, FrozenSet, Func, Func2, Indices, IndicesSet, Integer, IntegerSet,
        IntegerTuple, Object, Objects, Tuple,
    };

    // arc-dsl's constants.
    pub use crate::dsl::{
        DOWN, DOWN_LEFT, EIGHT, F, FIVE, FOUR, LEFT, NEG_ONE, NEG_TWO, NEG_UNITY, NINE, ONE,
        ORIGIN, RIGHT, SEVEN, SIX, T, TEN, THREE, THREE_BY_THREE, TWO, TWO_BY_TWO, TWO_BY_ZERO,
        UNITY, UP, UP_RIGHT, ZERO, ZERO_BY_TWO,
    };

    // arc-dsl's primitives.
    pub use crate::dsl::{
        add, adjacent, apply, argmax, argmin, asindices, asobject, astuple, backdrop, bordering,
        both, bottomhalf, r#box, branch, canvas, cellwise, center, centerofmass, chain, cmirror,
        color, colorcount, colorfilter, combine, compose, compress, connect, contained, corners,
        cover, crement, crop, decrement, dedupe, delta, difference, difference_tuple, divide,
        dmirror, dneighbors, double, downscale, either, equality, even, extract, fgpartition, fill,
        first, flip, fork, frontiers, func, get_nth_f, get_nth_t, gravitate, greater, halve,
        hconcat, height, hfrontier, hline, hmatching, hmirror, hperiod, hsplit, hupscale, identity,
        inbox, increment, index, ineighbors, initset, insert, intersection, interval, invert, last,
        lbind, lbind3, leastcolor, leastcommon, lefthalf, leftmost, llcorner, lowermost, lrcorner,
        manhattan, mapply, matcher, maximum, merge, mfilter, minimum, mostcolor, mostcommon,
        r#move, mpapply, multiply, neighbors, normalize, numcolors, objects, occurrences, ofcolor,
        order, other, outbox, p_g, paint, pair, palette, papply, partition, portrait, position,
        positive, power, prapply, product, rapply, rbind, rbind3, recolor, remove, repeat, replace,
        righthalf, rightmost, rot90, rot180, rot270, second, sfilter, shape, shift, shoot, sign,
        size, sizefilter, square, subgrid, subtract, switch, toindices, toivec, tojvec, toobject,
        tophalf, totuple, trim, ulcorner, underfill, underpaint, uppermost, upscale, urcorner,
        valmax, valmin, vconcat, vfrontier, vline, vmatching, vmirror, vperiod, vsplit, vupscale,
        width,
    };
}
