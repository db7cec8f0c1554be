"""Batt-style functions for batt's `include_solvers!` tests.

Parameters other than a single `I` (`S` the samples, `I` a grid, `C` a candidate output
grid, in any order), the sample pattern that `#[batt]` fuses, and the runtime's batt
primitives (`p_g`, `dedupe`, `difference_tuple`, `get_nth_t`, `get_nth_f`). The first part
converts; the last part is skipped (each listed in SKIPPED with its reason).
"""
from dsl import *
from constants import *


def solve_b1948b0a(I):
    """One parameter, `I`: a solver (in SOLVERS) written with batt primitives."""
    x1 = p_g(I)
    x2 = get_nth_t(x1, 0)
    x3 = palette(I)
    x4 = get_nth_f(x3, -1)
    x5 = replace(I, x2, TWO)
    O = replace(x5, x4, x4)
    return O


def batt_new_colour(S, I):
    """The pattern, then the input's most common colour turned into the first colour that
    the outputs have and no input has."""
    t1 = apply(first, S)
    t2 = apply(second, S)
    t3 = mapply(p_g, t1)
    t4 = mapply(p_g, t2)
    t5 = dedupe(t3)
    t6 = dedupe(t4)
    t7 = difference_tuple(t6, t5)
    t8 = get_nth_t(t7, 0)
    t9 = mostcolor(I)
    O = replace(I, t9, t8)
    return O


def batt(S, I, C):
    """Generated style: the pattern's lines out of order, other lines between, all three
    parameters."""
    t1 = apply(second, S)
    t2 = mapply(p_g, t1)
    t3 = leastcolor(I)
    t4 = apply(first, S)
    t5 = dedupe(t2)
    t6 = mapply(p_g, t4)
    t7 = get_nth_t(t5, -1)
    t8 = get_nth_t(t6, 0)
    t9 = replace(C, t3, t7)
    t10 = replace(t9, t8, t3)
    O = hconcat(I, t10)
    return O


def batt_candidate_first(C, I):
    """No samples; the parameters in another order."""
    O = vconcat(C, I)
    return O


def batt_samples_only(S):
    """Only the samples; the outputs' half of the pattern."""
    t1 = apply(second, S)
    t2 = mapply(p_g, t1)
    t3 = first(t1)
    t4 = get_nth_t(t2, -1)
    t5 = mostcolor(t3)
    O = replace(t3, t5, t4)
    return O


def batt_half(S, I):
    """The inputs' half alone."""
    t1 = apply(first, S)
    t2 = mapply(p_g, t1)
    t3 = dedupe(t2)
    t4 = get_nth_t(t3, 1)
    t5 = get_nth_t(t3, 0)
    O = switch(I, t4, t5)
    return O


def batt_twice(S, I):
    """Two instances over the same samples: the pattern is computed once."""
    t1 = apply(first, S)
    t2 = apply(second, S)
    t3 = mapply(p_g, t1)
    t4 = mapply(p_g, t2)
    t5 = difference_tuple(t3, t4)
    t6 = apply(second, S)
    t7 = apply(first, S)
    t8 = mapply(p_g, t6)
    t9 = mapply(p_g, t7)
    t10 = difference_tuple(t8, t9)
    t11 = get_nth_t(t5, 0)
    t12 = get_nth_t(t10, 0)
    O = switch(I, t11, t12)
    return O


def batt_grids_rebound(S, I):
    """`t1` is bound again before `mapply(p_g, t1)`: that line reads other grids, so it is
    not a line of the pattern and nothing is fused."""
    t1 = apply(first, S)
    t1 = apply(rot90, t1)
    t2 = mapply(p_g, t1)
    t3 = get_nth_t(t2, 0)
    O = replace(I, t3, t3)
    return O


def batt_unknown_parameter(S, I, K):
    O = fill(I, K, ORIGIN)
    return O


def batt_default(S, I, C=None):
    return I


def batt_variadic(S, *args):
    return S


def batt_variadic_keywords(I, **kwargs):
    return I


def batt_keyword_only(S, *, I):
    return I


def batt_annotated(S, I: Grid):
    return I


def batt_no_parameters():
    O = canvas(ZERO, UNITY)
    return O


def batt_nested(S, I):
    t1 = apply(first, S)
    t2 = dedupe(mapply(p_g, t1))
    return I
