"""ARC solvers written for batt's example, in arc-dsl's straight-line form.

Each body is a sequence of single DSL calls (`xN = f(...)`), which
`batt::include_solvers!` converts to Rust at compile time.
"""

from dsl import *
from constants import *


def solve_0520fde7(I):
    """Cells set in both halves on either side of the grey divider become red."""
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, ZERO)
    O = replace(x3, ONE, TWO)
    return O


def solve_25d8a9c8(I):
    """Rows of a single colour become grey, everything else black."""
    x1 = frontiers(I)
    x2 = sfilter(x1, hline)
    x3 = merge(x2)
    x4 = shape(I)
    x5 = canvas(ZERO, x4)
    O = fill(x5, FIVE, x3)
    return O


def solve_9565186b(I):
    """Every cell not of the most common colour turns grey."""
    x1 = mostcolor(I)
    x2 = ofcolor(I, x1)
    x3 = shape(I)
    x4 = canvas(FIVE, x3)
    O = fill(x4, x1, x2)
    return O


def solve_f76d97a5(I):
    """Grey takes the other colour, and the other colour becomes black."""
    x1 = palette(I)
    x2 = other(x1, FIVE)
    x3 = replace(I, x2, ZERO)
    O = replace(x3, FIVE, x2)
    return O



def solve_7b6016b9(I):
    """Background enclosed by the lines turns red, the open background green."""
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = rbind(bordering, I)
    x4 = mfilter(x2, x3)
    x5 = replace(I, ZERO, TWO)
    O = fill(x5, THREE, x4)
    return O


def solve_67385a82(I):
    """Green shapes of more than one cell turn azure."""
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, THREE)
    x3 = sizefilter(x2, ONE)
    x4 = difference(x2, x3)
    x5 = merge(x4)
    O = fill(I, EIGHT, x5)
    return O


def solve_23b5c85d(I):
    """The output is the smallest rectangle, cropped."""
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    O = subgrid(x2, I)
    return O


def solve_44f52bb0(I):
    """A left-right symmetric grid gives a blue cell, otherwise an orange one."""
    x1 = vmirror(I)
    x2 = equality(I, x1)
    x3 = branch(x2, ONE, SEVEN)
    O = canvas(x3, UNITY)
    return O



def solve_7b7f7511(I):
    """The grid is a pattern repeated twice; keep one copy."""
    x1 = portrait(I)
    x2 = tophalf(I)
    x3 = lefthalf(I)
    O = branch(x1, x2, x3)
    return O


def solve_39a8645d(I):
    """The output is the shape that occurs most often."""
    x1 = objects(I, T, T, T)
    x2 = totuple(x1)
    x3 = apply(normalize, x2)
    x4 = mostcommon(x3)
    x5 = shape(x4)
    x6 = canvas(ZERO, x5)
    O = paint(x6, x4)
    return O


def solve_3bd67248(I):
    """Draw a red anti-diagonal and a yellow bottom row beside the coloured column."""
    x1 = height(I)
    x2 = decrement(x1)
    x3 = toivec(x2)
    x4 = shoot(x3, UP_RIGHT)
    x5 = underfill(I, TWO, x4)
    x6 = shoot(x3, RIGHT)
    O = underfill(x5, FOUR, x6)
    return O



def solve_6e02f1e3(I):
    """The number of colours picks a grey line: top row, diagonal or anti-diagonal."""
    x1 = numcolors(I)
    x2 = equality(x1, TWO)
    x3 = equality(x1, THREE)
    x4 = connect(ORIGIN, TWO_BY_TWO)
    x5 = connect(ZERO_BY_TWO, TWO_BY_ZERO)
    x6 = connect(ORIGIN, ZERO_BY_TWO)
    x7 = branch(x2, x4, x6)
    x8 = branch(x3, x5, x7)
    x9 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x9, FIVE, x8)
    return O


def solve_d23f8c26(I):
    """Only the middle column is kept."""
    x1 = width(I)
    x2 = halve(x1)
    x3 = tojvec(x2)
    x4 = vfrontier(x3)
    x5 = toobject(x4, I)
    x6 = shape(I)
    x7 = canvas(ZERO, x6)
    O = paint(x7, x5)
    return O


def solve_5521c0d9(I):
    """Each shape moves up by its own height."""
    x1 = objects(I, T, F, T)
    x2 = chain(toivec, invert, height)
    x3 = fork(shift, identity, x2)
    x4 = mapply(x3, x1)
    x5 = merge(x1)
    x6 = cover(I, x5)
    O = paint(x6, x4)
    return O


def solve_810b9b61(I):
    """Closed rectangular loops turn green."""
    x1 = objects(I, T, F, T)
    x2 = fork(equality, toindices, box)
    x3 = chain(positive, size, delta)
    x4 = fork(both, x2, x3)
    x5 = mfilter(x1, x4)
    O = fill(I, THREE, x5)
    return O


def solve_d2abd087(I):
    """Shapes of six cells turn red, all other shapes blue."""
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, SIX)
    x3 = merge(x2)
    x4 = replace(I, FIVE, ONE)
    O = fill(x4, TWO, x3)
    return O


def solve_b94a9452(I):
    """Crop the square and swap its two colours."""
    x1 = objects(I, F, F, T)
    x2 = first(x1)
    x3 = subgrid(x2, I)
    x4 = mostcolor(x3)
    x5 = leastcolor(x3)
    O = switch(x3, x4, x5)
    return O


def solve_8efcae92(I):
    """Crop the blue rectangle holding the most red cells."""
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ONE)
    x3 = rbind(toobject, I)
    x4 = rbind(colorcount, TWO)
    x5 = chain(x4, x3, backdrop)
    x6 = argmax(x2, x5)
    O = subgrid(x6, I)
    return O


def solve_d364b489(I):
    """Each blue pixel gets red above, orange left, magenta right and azure below."""
    x1 = ofcolor(I, ONE)
    x2 = shift(x1, UP)
    x3 = fill(I, TWO, x2)
    x4 = shift(x1, LEFT)
    x5 = fill(x3, SEVEN, x4)
    x6 = shift(x1, RIGHT)
    x7 = fill(x5, SIX, x6)
    x8 = shift(x1, DOWN)
    O = fill(x7, EIGHT, x8)
    return O
