"""Solvers of an arc-dsl fork for batt's `include_solvers!` tests.

Besides arc-dsl's primitives and constants they call the fork's own: `overlay` (of two
grids), `box_area` (of an object) and the constant `MARK`, which `tests/include_fork.rs`
writes in Rust and passes as `primitives = fork`.
"""
from dsl import *
from constants import *
from fork import *


def solve_overlay(I):
    """The grid with its mirror image laid over it."""
    x1 = hmirror(I)
    O = overlay(I, x1)
    return O


def solve_mark_largest_box(I):
    """The object of the largest bounding box, filled with `MARK`: the fork's function as
    the key of arc-dsl's `argmax`."""
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, box_area)
    O = fill(I, MARK, x2)
    return O


def solve_area_square(I):
    """A square of `MARK` as wide as the largest bounding box's area: the fork's function
    applied by arc-dsl's `apply`, and called directly."""
    x1 = objects(I, T, F, T)
    x2 = apply(box_area, x1)
    x3 = maximum(x2)
    x4 = first(x1)
    x5 = box_area(x4)
    x6 = astuple(x3, x5)
    O = canvas(MARK, x6)
    return O
