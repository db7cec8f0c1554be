//! arc-dsl's colour -1 in grids: solvers write it as a temporary colour (`underfill(I,
//! NEG_ONE, x)`, later `replace(x, NEG_ONE, ZERO)`), and every function that reads or writes
//! colours treats it as one more colour. The expected values are arc-dsl's own (its `dsl.py`
//! run on the same grids); other integers (10, -2) stay no colour.

#![allow(non_snake_case)]
#![allow(
    clippy::needless_borrows_for_generic_args,
    reason = "arguments are also passed as `&x`, as generated code does"
)]

use batt_runtime::grid::NEG_ONE_CELL;
use batt_runtime::prelude::*;

/// A grid of arc-dsl integers (-1 included), as arc-dsl writes it: a tuple of rows.
fn ints<const W: usize, const H: usize>(rows: [[Integer; W]; H]) -> Grid {
    rows.iter().map(|r| r.to_vec()).collect::<Vec<_>>().into_grid().expect("a grid")
}

fn obj(cells: &[(Integer, (Integer, Integer))]) -> Object {
    cells.iter().copied().collect()
}

fn idx(locs: &[(Integer, Integer)]) -> Indices {
    locs.iter().copied().collect()
}

/// The grid most tests read:
/// ```text
/// -1  0  0  3
/// -1 -1  0  3
///  2  0 -1 -1
/// ```
fn a() -> Grid {
    ints([[-1, 0, 0, 3], [-1, -1, 0, 3], [2, 0, -1, -1]])
}

#[test]
fn grids_hold_neg_one_as_its_cell_code() {
    let x = a();
    assert_eq!(x.row(0), &[NEG_ONE_CELL, 0, 0, 3]);
    assert_eq!(serde_json::to_string(&x).unwrap(), "[[-1,0,0,3],[-1,-1,0,3],[2,0,-1,-1]]");
    assert_eq!(format!("{x:?}"), "Grid 3x4 [-1,0,0,3 -1,-1,0,3 2,0,-1,-1]");
    // Rows of other integers make no grid.
    assert_eq!(vec![vec![0, 10]].into_grid(), None);
    assert_eq!(vec![vec![-2, 0]].into_grid(), None);
    // A grid's cell as a colour argument is its colour: the code of -1 is -1.
    assert_eq!(fill(&x, x.cells()[0], idx(&[(0, 3)])), fill(&x, NEG_ONE, idx(&[(0, 3)])));
    assert_eq!(canvas(NEG_ONE_CELL, (1, 1)), Some(ints([[-1]])));
}

#[test]
fn canvas_and_writes_take_neg_one() {
    let x = a();
    assert_eq!(canvas(NEG_ONE, (2, 3)), Some(ints([[-1, -1, -1], [-1, -1, -1]])));
    assert_eq!(
        fill(&x, NEG_ONE, idx(&[(0, 1), (2, 1)])),
        Some(ints([[-1, -1, 0, 3], [-1, -1, 0, 3], [2, -1, -1, -1]]))
    );
    // The background is -1 (5 cells): only its cells take the colour.
    assert_eq!(
        underfill(&x, FIVE, idx(&[(0, 0), (0, 1), (2, 3)])),
        Some(ints([[5, 0, 0, 3], [-1, -1, 0, 3], [2, 0, -1, 5]]))
    );
    assert_eq!(
        paint(&x, obj(&[(-1, (0, 3)), (4, (0, 0))])),
        Some(ints([[4, 0, 0, -1], [-1, -1, 0, 3], [2, 0, -1, -1]]))
    );
    assert_eq!(
        underpaint(&x, obj(&[(7, (0, 0)), (7, (0, 1))])),
        Some(ints([[7, 0, 0, 3], [-1, -1, 0, 3], [2, 0, -1, -1]]))
    );
    assert_eq!(replace(&x, NEG_ONE, SEVEN), Some(ints([[7, 0, 0, 3], [7, 7, 0, 3], [2, 0, 7, 7]])));
    assert_eq!(
        replace(&x, THREE, NEG_ONE),
        Some(ints([[-1, 0, 0, -1], [-1, -1, 0, -1], [2, 0, -1, -1]]))
    );
    assert_eq!(
        switch(&x, NEG_ONE, ZERO),
        Some(ints([[0, -1, -1, 3], [0, 0, -1, 3], [2, -1, 0, 0]]))
    );
    let y = replace(&x, THREE, TWO).unwrap();
    assert_eq!(
        cellwise(&x, &y, NEG_ONE),
        Some(ints([[-1, 0, 0, -1], [-1, -1, 0, -1], [2, 0, -1, -1]]))
    );
    assert_eq!(cover(&x, idx(&[(0, 1)])), ints([[-1, -1, 0, 3], [-1, -1, 0, 3], [2, 0, -1, -1]]));
    // Other integers are still no colour.
    assert_eq!(canvas(TEN, (1, 1)), None);
    assert_eq!(canvas(-2, (1, 1)), None);
    assert_eq!(fill(&x, -2, idx(&[(0, 0)])), None);
    assert_eq!(replace(&x, ZERO, -2), None);
    assert_eq!(replace(&x, -2, ZERO), Some(x.clone()));
    assert_eq!(switch(&x, NEG_ONE, TEN), None);
    assert_eq!(paint(&x, obj(&[(10, (0, 0))])), None);
}

#[test]
fn colours_counts_and_cells_read_neg_one() {
    let x = a();
    assert_eq!(palette(&x), IntegerSet::from([-1, 0, 2, 3]));
    assert_eq!(palette(&x).as_slice()[0], -1, "-1 is the smallest colour");
    assert_eq!(numcolors(&x), 4);
    assert_eq!(p_g(&x), vec![NEG_ONE_CELL, 0, 2, 3]);
    assert_eq!((mostcolor(&x), leastcolor(&x)), (Some(-1), Some(2)));
    assert_eq!((colorcount(&x, NEG_ONE), colorcount(&x, ZERO), colorcount(&x, TEN)), (5, 4, 0));
    assert_eq!(ofcolor(&x, NEG_ONE), idx(&[(0, 0), (1, 0), (1, 1), (2, 2), (2, 3)]));
    assert_eq!(ofcolor(&x, TEN), Indices::empty());
    assert_eq!(ofcolor(&x, -2), Indices::empty());
    assert_eq!((index(&x, (1, 1)), index(&x, (2, 0))), (Some(-1), Some(2)));
    let cells = obj(&[
        (-1, (0, 0)),
        (-1, (1, 0)),
        (-1, (1, 1)),
        (-1, (2, 2)),
        (-1, (2, 3)),
        (0, (0, 1)),
        (0, (0, 2)),
        (0, (1, 2)),
        (0, (2, 1)),
        (2, (2, 0)),
        (3, (0, 3)),
        (3, (1, 3)),
    ]);
    assert_eq!(asobject(&x), cells);
    assert_eq!(asobject(&x).as_slice()[0], (-1, (0, 0)));
    assert_eq!(
        toobject(idx(&[(0, 0), (0, 1), (2, 3), (2, 0)]), &x),
        obj(&[(-1, (0, 0)), (-1, (2, 3)), (0, (0, 1)), (2, (2, 0))])
    );
    // Locations out of order (an object's): sorted, with the same cells.
    assert_eq!(
        toobject(obj(&[(5, (2, 3)), (6, (0, 1)), (7, (0, 0))]), &x),
        obj(&[(-1, (0, 0)), (-1, (2, 3)), (0, (0, 1))])
    );
    // Objects of cells painted back give the grid.
    assert_eq!(paint(canvas(ZERO, (3, 4)).unwrap(), &cells), Some(x.clone()));
    assert_eq!(color(obj(&[(-1, (0, 0)), (4, (0, 1))])), Some(-1));
    assert_eq!(colorfilter(objects(&x, T, F, F), NEG_ONE).len(), 2);
    let pattern = obj(&[(-1, (0, 0)), (-1, (0, 1))]);
    assert_eq!(occurrences(&x, &pattern), idx(&[(1, 0), (2, 2)]));
}

#[test]
fn ties_put_neg_one_last_as_arc_dsl_does() {
    // arc-dsl's `max(set(values), key=values.count)` sees -1 after the other colours.
    let b = ints([[-1, 0], [0, -1]]);
    assert_eq!((mostcolor(&b), leastcolor(&b)), (Some(0), Some(0)));
    let c = ints([[5, -1], [-1, 5]]);
    assert_eq!((mostcolor(&c), leastcolor(&c)), (Some(5), Some(5)));
    let o = obj(&[(-1, (0, 0)), (9, (0, 1))]);
    assert_eq!((mostcolor(&o), leastcolor(&o)), (Some(9), Some(9)));
    // fgpartition drops the colour mostcolor picks.
    assert_eq!(
        fgpartition(&b),
        Objects::from([obj(&[(-1, (0, 0)), (-1, (1, 1))])]),
        "0 is the background"
    );
    // underfill writes on that colour's cells.
    assert_eq!(underfill(&c, ONE, idx(&[(0, 0), (0, 1)])), Some(ints([[1, -1], [-1, 5]])));
}

#[test]
fn objects_and_partitions_see_neg_one_as_a_colour() {
    let x = a();
    let zeros = obj(&[(0, (0, 1)), (0, (0, 2)), (0, (1, 2))]);
    let threes = obj(&[(3, (0, 3)), (3, (1, 3))]);
    let neg_a = obj(&[(-1, (0, 0)), (-1, (1, 0)), (-1, (1, 1))]);
    let neg_b = obj(&[(-1, (2, 2)), (-1, (2, 3))]);
    let (zero, two) = (obj(&[(0, (2, 1))]), obj(&[(2, (2, 0))]));
    // The background is -1.
    assert_eq!(
        objects(&x, T, F, T),
        Objects::from([zeros.clone(), zero.clone(), two.clone(), threes.clone()])
    );
    let all = objects(&x, T, F, F);
    assert_eq!(
        all,
        Objects::from([
            neg_a.clone(),
            neg_b.clone(),
            zeros.clone(),
            zero.clone(),
            two.clone(),
            threes.clone()
        ])
    );
    assert_eq!(all.as_slice()[..2], [neg_a.clone(), neg_b.clone()], "-1's objects come first");
    assert_eq!(
        objects(&x, F, F, T),
        Objects::from([
            obj(&[(0, (0, 1)), (0, (0, 2)), (0, (1, 2)), (3, (0, 3)), (3, (1, 3))]),
            obj(&[(0, (2, 1)), (2, (2, 0))]),
        ])
    );
    let one = objects(&x, F, T, F);
    assert_eq!(one, Objects::from([asobject(&x)]));
    assert_eq!(one.as_slice()[0].as_slice()[..5], asobject(&x).as_slice()[..5]);
    assert_eq!(
        objects(&x, T, T, T),
        Objects::from([
            obj(&[(0, (0, 1)), (0, (0, 2)), (0, (1, 2)), (0, (2, 1))]),
            two.clone(),
            threes.clone()
        ])
    );
    let neg = obj(&[(-1, (0, 0)), (-1, (1, 0)), (-1, (1, 1)), (-1, (2, 2)), (-1, (2, 3))]);
    let zero_all = obj(&[(0, (0, 1)), (0, (0, 2)), (0, (1, 2)), (0, (2, 1))]);
    assert_eq!(
        partition(&x),
        Objects::from([neg.clone(), zero_all.clone(), two.clone(), threes.clone()])
    );
    assert_eq!(partition(&x).as_slice()[0], neg);
    assert_eq!(fgpartition(&x), Objects::from([zero_all, two, threes]));
}

#[test]
fn frontiers_compress_and_trim_keep_neg_one() {
    // -1 -1 -1 -1
    // -1  4 -1  7
    // -1 -1 -1 -1
    //  2  2  2  2
    let d = ints([[-1, -1, -1, -1], [-1, 4, -1, 7], [-1, -1, -1, -1], [2, 2, 2, 2]]);
    let row = |i: Integer, c: Integer| -> Object { (0..4).map(|j| (c, (i, j))).collect() };
    assert_eq!(frontiers(&d), Objects::from([row(0, -1), row(2, -1), row(3, 2)]));
    assert_eq!(compress(&d), Some(ints([[-1, 4, -1, 7]])));
    assert_eq!(trim(&d), Some(ints([[4, -1], [-1, -1]])));
    assert_eq!(mostcolor(&d), Some(-1));
    assert_eq!(
        fgpartition(&d),
        Objects::from([row(3, 2), obj(&[(4, (1, 1))]), obj(&[(7, (1, 3))])])
    );
    assert_eq!(objects(&d, T, F, T), fgpartition(&d));
    // Geometry moves the code as any other colour.
    assert_eq!(rot90(&trim(&d).unwrap()), ints([[-1, 4], [-1, -1]]));
    assert_eq!(upscale(&ints([[-1, 1]]), 2), Some(ints([[-1, -1, 1, 1], [-1, -1, 1, 1]])));
}

// arc-dsl's `solve_af902bf9`, the one solver that writes -1 into a grid, is checked on its
// task with the other line-for-line solvers in `dsl_solvers.rs`.

#[test]
fn a_grids_rows_read_neg_one() {
    let x = a();
    assert_eq!(first(&x), Some(vec![-1, 0, 0, 3]));
    assert_eq!(last(&x), Some(vec![2, 0, -1, -1]));
    // Rows taken out of a grid and put back make the same grid.
    let rows: Vec<Vec<Integer>> =
        x.rows().map(|r| r.iter().map(|&c| cell_integer(c)).collect()).collect();
    assert_eq!(dedupe(&x).into_grid(), Some(x.clone()));
    assert_eq!(rows.into_grid(), Some(x));
}
