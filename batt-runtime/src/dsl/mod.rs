//! The arc-dsl primitives, with arc-dsl's names and meanings, typed for Rust.
//!
//! # Types
//! arc-dsl's types are Rust types of the same names ([`types`]): [`Integer`] is `i32`,
//! [`IntegerTuple`] `(i32, i32)`, [`Cell`] `(Integer, IntegerTuple)`, a [`Grid`] is the
//! runtime's flat, shared grid, tuples are `Vec`s, and every frozenset is a [`FrozenSet`]:
//! items sorted and deduplicated in one `Arc<[T]>`, so equality is order-free, membership is a
//! binary search, clones are O(1) and nothing is hashed. [`Object`] is `FrozenSet<Cell>`,
//! [`Indices`] `FrozenSet<IntegerTuple>`, [`Objects`] `FrozenSet<Object>`, and so on. Sets
//! iterate in ascending order, which is what `first` and `argmax` ties see (arc-dsl's follow
//! Python's hash order, which only matters where a solver depends on an arbitrary pick).
//!
//! # Polymorphism
//! Where arc-dsl accepts several types, a trait does: [`Container`] (sets and tuples; `size`,
//! `sfilter`, `argmax`, `merge`, ...), [`Patch`] (objects, indices, and tuples of cells or
//! locations; `shift`, `toindices`, `ulcorner`, ...), [`Piece`] (grids and patches;
//! `height`, `shape`, ...), [`Element`] (grids and objects; `mostcolor`, `palette`, ...),
//! [`Numerical`] (integers and pairs; `add`, `invert`, ...), [`First`]/[`Last`] (pairs and
//! containers). Every such trait is implemented for references too, and functions on one
//! concrete type take `impl Borrow<T>`, so arguments may be given owned (`colorfilter(x1,
//! ZERO)`) or borrowed (`colorfilter(&x1, ZERO)`, which keeps `x1` for later lines: the
//! spelling for generated code).
//!
//! Functions are values: DSL functions (generic ones included) and closures go wherever
//! arc-dsl passes a function, and their type parameters are inferred from the call site
//! (`argmax(x2, size)`, `compose(last, center)`, `lbind(lbind, shift)`). The functions that
//! call a function on items ([`apply`], [`mapply`], [`sfilter`], [`argmax`], [`order`], ...)
//! hand it each item by value: a clone, O(1) for the shared types (a borrowed tuple gives its
//! items cloned too, so that functions built for items do not depend on the tuple's
//! lifetime; only samples are handed by reference, `&Sample`). [`apply`] and [`mapply`] keep
//! arc-dsl's container kinds: over a set they give a set (repeats merge), over anything else
//! a tuple (`Vec`). The functions that build functions ([`compose`], [`chain`], [`fork`],
//! [`matcher`], [`rbind`], [`lbind`], [`power`], and [`branch`] between two functions)
//! return boxed closures ([`Func`]): values like any other, so that functions returning
//! functions (`lbind(rbind, manhattan)`) compose; pass them on as `&f`. [`func`] boxes a DSL
//! function, so that one function variable can take several DSL functions in turn. A pair of
//! items of one type (`astuple(a, b)`, a location) is also a tuple of two ([`Container`] for
//! `(T, T)`).
//!
//! # Grids as tuples of rows
//! arc-dsl's grids are tuples of rows, and solvers use them so: `apply(f, grid)` and
//! `sfilter(grid, f)` go over rows, `merge` of grids stacks their rows, `first(grid)` is the
//! top row, `dedupe(grid)` drops repeated rows. Here a [`Grid`] is also a [`Container`] of rows
//! (each a `Vec<Integer>`), and what such calls give, a tuple of rows (`Vec<Vec<Integer>>`),
//! goes back into any grid function through [`GridLike`]: functions that can fail give `None`
//! when the rows do not make a grid (ragged, or holding a value outside `-1..=9`), and
//! the others give an `Option` for rows ([`GridLike::Lift`]); the mirrors and rotations give an
//! `Option<Grid>` for rows.
//!
//! Limits of the static types: a function value has one argument type, so one function
//! variable cannot be applied to values of two types (arc-dsl's `x2(I)` then `x2(rows)`);
//! [`power`] needs a function from a type to itself (`include_solvers!` unrolls `power(f, 2)`
//! of a DSL function into `compose(f, f)`); arc-dsl's `rbind`/`lbind` on three-argument
//! functions are [`rbind3`]/[`lbind3`]; tuples and sets of functions, and `branch` between
//! values of two types, do not type-check.
//!
//! # Colours
//! Grids hold colours as [`Color`] (`u8`); the DSL speaks arc-dsl's integers. Functions that
//! return a colour (`mostcolor`, `color`, `index`, ...) return [`Integer`]; functions that
//! take one are generic over [`IntoColor`] (`Integer`, `Color`, or references to them), so
//! the constants (`FOUR`) and the sample pattern's colours (`Vec<Color>` items) both work.
//! Objects may hold any integer as a colour; only writing a non-colour into a grid fails.
//!
//! arc-dsl's grids are tuples of integers, and a solver may write -1 into one as a temporary
//! colour (`underfill(I, NEG_ONE, x)`, then `replace(x, NEG_ONE, ZERO)`). Grids the DSL builds
//! hold it as the cell code [`NEG_ONE_CELL`](crate::grid::NEG_ONE_CELL) (10), and every
//! function reads and writes that code as -1 ([`cell_integer`]): -1 is one more colour, the
//! smallest, so it comes first in sets (`palette`, `partition`, an object's cells), and a
//! `Color` of 10 given as a colour is -1. On ties `mostcolor` and `leastcolor` pick -1 after
//! the others, as arc-dsl's Python does. Any other integer (10, -2, ...) is no colour.
//!
//! # Failures
//! Where arc-dsl raises (the first item of an empty container, `argmax` of nothing, the
//! corner of an empty patch, a division by zero) or would build something that is not a grid
//! of colours (a colour 10 painted, ragged concatenation), the function
//! returns `Option` and gives `None`; solver code writes `?` and returns `None` itself, or
//! wraps every line in [`try_dsl!`](crate::try_dsl), which adds the `?` exactly where the
//! value is an `Option` (for code generated without type information; it also turns the
//! tuple or set of `Option`s that `apply` gives for a failing function into `None`). Nothing
//! here panics on any input. A grid cannot hold a colour outside `-1..=9`, so where arc-dsl
//! carries on with a grid holding another integer, these give `None`; where it carries on
//! with an empty grid (`trim` of a 2x2), so do these.
//!
//! Failures propagate through functions as values, as exceptions do in arc-dsl: the
//! compositions give `Option`s (`None` when any part fails), and the functions that call a
//! function on items (`apply`, `mapply`, `sfilter`, `mfilter`, `extract`, `order`, `argmax`,
//! `valmax`, `papply`, `prapply`, ...) accept functions that give `Option`s and give `None`
//! when one call fails (through the [`Outcome`] trait; the container functions always return
//! an `Option`, `apply` and `mapply` only when their function does).
//!
//! Of an empty patch, `backdrop`, `delta` and `box` are the empty set (as in arc-dsl), the
//! predicates `adjacent` and `bordering` are `false` (where arc-dsl fails), and the other
//! geometry (corners, outlines, mirrors, positions) fails.
//!
//! # Naming
//! `box` and `move` are Rust keywords: call them `r#box` and `r#move`.

pub mod args;
pub mod arith;
pub mod constants;
pub mod containers;
pub mod frozenset;
pub mod func_types;
pub mod functional;
pub mod gridlike;
pub mod grids;
pub mod objects;
pub mod outcome;
pub mod patches;
pub mod probe;
pub mod tuples;
pub mod types;

pub use args::*;
pub use arith::*;
pub use constants::*;
pub use containers::*;
pub use frozenset::*;
pub use func_types::*;
pub use functional::*;
pub use gridlike::*;
pub use grids::*;
pub use objects::*;
pub use outcome::*;
pub use patches::*;
pub use probe::*;
pub use tuples::*;
pub use types::*;

pub use crate::grid::cell_integer;

#[cfg(doc)]
use crate::grid::{Color, Grid};

pub use crate::try_dsl;
