//! `include_solvers!` with `primitives = fork`: `tests/solvers/fork.py` calls, besides
//! arc-dsl's names, the primitives and constant of an arc-dsl fork written here in Rust
//! (`fork`), which take part in type inference as the DSL's own do (called directly, and
//! passed to `argmax` and `apply`). Each solver is checked against the same computation
//! written out by hand.

use std::borrow::Borrow;

use batt::prelude::*;

/// The fork's primitives: functions and a constant written against the DSL's types.
mod fork {
    use super::Borrow;
    use batt::prelude::*;

    /// The colour `solve_mark_largest_box` and `solve_area_square` paint with.
    pub const MARK: Integer = 8;

    /// `top` laid over `bottom`: each cell of `top` that is not 0 replaces `bottom`'s; `None`
    /// unless both have one shape. A primitive of two grids.
    pub fn overlay(bottom: &Grid, top: &Grid) -> Option<Grid> {
        if (bottom.height(), bottom.width()) != (top.height(), top.width()) {
            return None;
        }
        let rows: Vec<Vec<Color>> = bottom
            .rows()
            .zip(top.rows())
            .map(|(b, t)| b.iter().zip(t).map(|(&b, &t)| if t == 0 { b } else { t }).collect())
            .collect();
        Grid::from_rows(&rows).ok()
    }

    /// The area of an object's bounding box. A primitive of one object, taken by value (as
    /// `argmax` and `apply` pass it) or by reference (as a call passes a variable).
    pub fn box_area<O: Borrow<Object>>(object: O) -> Integer {
        let object = object.borrow();
        height(object) * width(object)
    }
}

mod solvers {
    batt::include_solvers!("tests/solvers/fork.py", strict, primitives = super::fork);
}

/// Without the module, the same functions are skipped, each with its first unknown name.
mod without {
    #![allow(dead_code)]
    batt::include_solvers!("tests/solvers/fork.py");
}

fn grid(rows: &[&[Color]]) -> Grid {
    let rows: Vec<Vec<Color>> = rows.iter().map(|r| r.to_vec()).collect();
    Grid::from_rows(&rows).expect("a grid")
}

/// A grid of three objects on 0: a 1 (one cell), an L of 2 (box 2 by 2) and a line of 3
/// (box 1 by 5), the largest box.
fn objects_grid() -> Grid {
    grid(&[&[1, 0, 0, 0, 0, 0], &[0, 0, 2, 0, 0, 0], &[0, 0, 2, 2, 0, 0], &[3, 3, 3, 3, 3, 0]])
}

#[test]
fn every_function_converts_with_the_fork_s_names() {
    let names: Vec<&str> = solvers::SOLVERS.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["solve_overlay", "solve_mark_largest_box", "solve_area_square"]);
    assert!(solvers::SKIPPED.is_empty());
}

#[test]
fn without_the_module_unknown_names_skip_their_functions() {
    assert!(without::SOLVERS.is_empty());
    let want: &[(&str, &str)] = &[
        ("solve_overlay", "line 15: unknown primitive `overlay`"),
        ("solve_mark_largest_box", "line 23: unknown name `box_area`"),
        ("solve_area_square", "line 32: unknown name `box_area`"),
    ];
    assert_eq!(without::SKIPPED, want);
}

#[test]
fn a_primitive_of_two_grids() {
    let input = grid(&[&[1, 0, 0], &[0, 0, 2], &[3, 0, 0]]);
    let out = solvers::solve_overlay(&input).expect("a grid");
    // Row k of the mirror is row 2 - k; its non-zero cells win.
    let mut want = input.to_rows();
    let mirror = input.to_rows();
    for (k, row) in want.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            let top = mirror[2 - k][j];
            if top != 0 {
                *cell = top;
            }
        }
    }
    assert_eq!(out.to_rows(), want);
    assert_eq!(out.to_rows(), [[3, 0, 0], [0, 0, 2], [1, 0, 0]]);
}

#[test]
fn a_primitive_of_one_object_as_argmax_s_key() {
    let input = objects_grid();
    let out = solvers::solve_mark_largest_box(&input).expect("a grid");
    let mut want = input.to_rows();
    for cell in want[3].iter_mut().take(5) {
        *cell = fork::MARK as Color;
    }
    assert_eq!(out.to_rows(), want);
}

#[test]
fn a_primitive_applied_and_called_and_a_constant() {
    let input = objects_grid();
    let out = solvers::solve_area_square(&input).expect("a grid");
    // The largest box has area 5; the first object in the DSL's order is the 1 (area 1).
    assert_eq!(out.to_rows(), vec![vec![fork::MARK as Color; 1]; 5]);
    // A grid of one colour has no object but its background: `maximum` of nothing fails.
    assert_eq!(solvers::solve_area_square(&grid(&[&[5, 5]])), None);
}
