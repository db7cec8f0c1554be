"""Solvers of a few ARC-AGI-1 training tasks, written for batt's `include_solvers!` tests.

The first part is arc-dsl's straight-line form (every one converts); the last part holds
functions outside it (each is listed in SKIPPED with its reason).
"""
from dsl import *
from constants import *


def solve_25ff71a9(I):
    x1 = objects(I, T, T, T)
    x2 = merge(x1)
    x3 = shift(x2, DOWN)
    x4 = cover(I, x2)
    O = paint(x4, x3)
    return O


def solve_3c9b0459(I):
    """Half a turn: both mirrors."""
    x1 = hmirror(I)
    return vmirror(x1)


def solve_a416b8f3(I):
    O = hconcat(I, I)
    return O


def solve_c8f0f002(I):
    x1 = lbind(replace, I)
    O = x1(7, 5)
    return O


def solve_b1948b0a(I):
    O = replace(I, SIX, TWO)
    return O


def solve_0d3d703e(I):
    x1 = switch(I, THREE, FOUR)
    x2 = switch(x1, ONE, FIVE)
    x3 = switch(x2, TWO, SIX)
    O = switch(x3, EIGHT, NINE)
    return O


def solve_6fa7a44f(I):
    x1 = hmirror(I)
    x2 = vconcat(I, x1)
    O = x2
    return O


def solve_5582e5ca(I):
    x1 = mostcolor(I)
    x2 = shape(I)
    O = canvas(x1, x2)
    return O


def solve_d2abd087(I):
    x1 = objects(I, True, False, True)
    x2 = matcher(size, 6)
    x3 = compose(flip, x2)
    x4 = mfilter(x1, x2)
    x5 = mfilter(x1, x3)
    x6 = fill(I, TWO, x4)
    O = fill(x6, ONE, x5)
    return O


def solve_a61f2674(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = replace(I, FIVE, ZERO)
    x5 = recolor(ONE, x2)
    x6 = recolor(TWO, x3)
    x7 = combine(x5, x6)
    O = paint(x4, x7)
    return O


def solve_loop(I):
    for x1 in range(3):
        I = rot90(I)
    return I


def solve_branching(I):
    if height(I) > 3:
        return I
    return hmirror(I)


def solve_nested(I):
    O = vmirror(hmirror(I))
    return O


def solve_unknown_primitive(I):
    O = flood(I, ONE)
    return O


def solve_unknown_name(I):
    O = vmirror(J)
    return O


def solve_two_parameters(I, color):
    O = fill(I, color, ORIGIN)
    return O


def solve_keywords(I):
    x1 = objects(I, univalued=T, diagonal=F, without_bg=T)
    O = paint(I, x1)
    return O


def solve_after_return(I):
    O = hmirror(I)
    return O
    x1 = vmirror(O)


def solve_no_return(I):
    O = hmirror(I)
