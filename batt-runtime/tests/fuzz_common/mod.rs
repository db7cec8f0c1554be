//! Strategies and checks shared by the `fuzz_*` property tests: arbitrary grids (with the
//! DSL's -1), patches, integers and tuples, the number of cases, and the grid invariants.

#![allow(dead_code, reason = "each fuzz file uses part of this module")]

use batt_runtime::MAX_SIDE;
use batt_runtime::grid::NEG_ONE_CELL;
use batt_runtime::prelude::*;
use proptest::prelude::*;

/// Cases per property when `PROPTEST_CASES` is unset: all `fuzz_*` files together stay well
/// under a minute in a debug build on two cores.
pub const DEFAULT_CASES: u32 = 256;

/// The proptest configuration of the fuzz tests: `PROPTEST_CASES` cases when that variable
/// is set (as proptest's default configuration reads it), else [`DEFAULT_CASES`].
pub fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Integers with their edges: `i32::MIN`, `i32::MAX`, 0, -1, small values around grid sizes,
/// and anything.
pub fn arb_integer() -> impl Strategy<Value = Integer> {
    prop_oneof![
        1 => Just(Integer::MIN),
        1 => Just(Integer::MAX),
        1 => Just(0),
        1 => Just(-1),
        6 => -3..=35,
        2 => any::<Integer>(),
    ]
}

/// Small integers, for counts that the DSL loops over (factors, powers).
pub fn arb_small_integer() -> impl Strategy<Value = Integer> {
    prop_oneof![4 => -3..=12, 1 => Just(Integer::MIN), 1 => Just(Integer::MAX)]
}

/// Colours as arc-dsl's integers: mostly `-1..=9`, sometimes none (10, -2, extremes).
pub fn arb_colour() -> impl Strategy<Value = Integer> {
    prop_oneof![8 => -1..=9, 1 => Just(10), 1 => arb_integer()]
}

/// Coordinates: mostly in and around a grid, sometimes negative or huge.
pub fn arb_coordinate() -> impl Strategy<Value = Integer> {
    prop_oneof![8 => -2..=32, 1 => arb_integer()]
}

/// A pair of coordinates (a location, a direction or a shape).
pub fn arb_pair() -> impl Strategy<Value = IntegerTuple> {
    (arb_coordinate(), arb_coordinate())
}

/// Locations near the origin only: patches whose geometry stays far from overflow, for
/// properties that exact arithmetic would break on.
pub fn arb_near_pair() -> impl Strategy<Value = IntegerTuple> {
    (-40..=40, -40..=40)
}

/// Arbitrary indices, empty included.
pub fn arb_indices() -> impl Strategy<Value = Indices> {
    prop::collection::vec(arb_pair(), 0..24).prop_map(|v| v.into_iter().collect())
}

/// Indices near the origin (see [`near_pair`]).
pub fn arb_near_indices() -> impl Strategy<Value = Indices> {
    prop::collection::vec(arb_near_pair(), 0..24).prop_map(|v| v.into_iter().collect())
}

/// Arbitrary objects, empty included, with any integers as colours.
pub fn arb_object() -> impl Strategy<Value = Object> {
    prop::collection::vec((arb_colour(), arb_pair()), 0..24).prop_map(|v| v.into_iter().collect())
}

/// Objects near the origin (see [`near_pair`]) with colours `-1..=9`.
pub fn arb_near_object() -> impl Strategy<Value = Object> {
    prop::collection::vec((-1..=9, arb_near_pair()), 0..24).prop_map(|v| v.into_iter().collect())
}

/// A set of arbitrary objects.
pub fn arb_objects_set() -> impl Strategy<Value = Objects> {
    prop::collection::vec(arb_object(), 0..6).prop_map(|v| v.into_iter().collect())
}

/// Shapes of grids: mostly up to 30x30 (1x1 included), sometimes narrow up to 255 long.
pub fn arb_grid_shape() -> impl Strategy<Value = (usize, usize)> {
    prop_oneof![
        2 => Just((1, 1)),
        12 => (1..=30usize, 1..=30usize),
        1 => (1..=3usize, 1..=MAX_SIDE),
        1 => (1..=MAX_SIDE, 1..=3usize),
    ]
}

/// A grid of colours `0..=9` (few colours, so that objects and periods form), where the DSL
/// may also write -1: one colour is then -1.
pub fn arb_grid() -> impl Strategy<Value = Grid> {
    (arb_grid_shape(), 1..=10u8, any::<bool>(), 0..10u8).prop_flat_map(|((h, w), n, neg, which)| {
        prop::collection::vec(0..n, h * w).prop_map(move |cells| {
            let g = Grid::from_cells(h, w, cells).expect("a valid grid");
            if neg {
                replace(&g, Integer::from(which % n), NEG_ONE).expect("-1 is a colour")
            } else {
                g
            }
        })
    })
}

/// A grid of at most 8x8: for properties that compare against slow reference computations.
pub fn arb_small_grid() -> impl Strategy<Value = Grid> {
    ((1..=8usize, 1..=8usize), 1..=4u8).prop_flat_map(|((h, w), n)| {
        prop::collection::vec(0..n, h * w)
            .prop_map(move |cells| Grid::from_cells(h, w, cells).expect("a valid grid"))
    })
}

/// Tuples of rows as solvers build them: rectangular or ragged, with any integers.
pub fn arb_rows() -> impl Strategy<Value = Vec<Vec<Integer>>> {
    prop_oneof![
        3 => arb_grid().prop_map(|g| g.to_rows().iter().map(|r| r.iter().map(|&c| cell_integer(c)).collect()).collect()),
        1 => prop::collection::vec(prop::collection::vec(arb_colour(), 0..5), 0..5),
    ]
}

/// Checks what every grid the DSL gives upholds: at most [`MAX_SIDE`] on a side, as many
/// cells as its shape says (an empty grid has no cells), cell codes `0..=9` and -1's, and
/// `shape` agreeing with the grid.
pub fn check_grid(g: &Grid) -> Result<(), TestCaseError> {
    let (h, w) = g.shape();
    prop_assert!(h <= MAX_SIDE && w <= MAX_SIDE, "grid of {}x{}", h, w);
    prop_assert_eq!(g.cells().len(), h * w);
    prop_assert!(g.cells().iter().all(|&c| c <= NEG_ONE_CELL), "a cell code over 10");
    prop_assert_eq!(shape(g), (h as Integer, w as Integer));
    prop_assert_eq!((height(g), width(g)), (h as Integer, w as Integer));
    Ok(())
}

/// [`check_grid`] on a grid the DSL may fail to give.
pub fn check_opt(g: &Option<Grid>) -> Result<(), TestCaseError> {
    match g {
        Some(g) => check_grid(g),
        None => Ok(()),
    }
}

/// The colours of a grid as arc-dsl's integers.
pub fn colours_of(g: &Grid) -> Vec<Integer> {
    g.cells().iter().map(|&c| cell_integer(c)).collect()
}

/// The text of a fuzz file without its `COVERED` list.
fn without_list(source: &str) -> String {
    let start = source.find("const COVERED").expect("the file has a `COVERED` list");
    let end = start + source[start..].find("];").expect("the list ends");
    format!("{}{}", &source[..start], &source[end..])
}

/// Whether `name` occurs in `text` as a whole word (called, or passed as a function value).
pub fn mentions(text: &str, name: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Fails unless every name of a fuzz file's `COVERED` list is used in the file's code.
pub fn check_covered(source: &str, covered: &[&str]) {
    let code = without_list(source);
    let missing: Vec<&str> = covered.iter().copied().filter(|n| !mentions(&code, n)).collect();
    assert!(missing.is_empty(), "listed as covered but never called: {missing:?}");
}
