"""Every arc-dsl primitive and constant, through batt's `include_solvers!`.

Small functions in arc-dsl's straight-line form, written for batt's tests (none is one of
arc-dsl's solvers). Together they call each of arc-dsl's 160 primitives and name each of its
constants at least once, and use the constructs of its solvers: a function held in a
variable and called, `rbind`/`lbind` on functions of two and of three arguments, `compose`,
`chain`, `fork`, `matcher` and `power`, `branch` between functions and between values,
negative integer literals and boolean literals. Each function ends in a grid, so that
integers, sets and tuples along the way are checked through the grid they make.

`scripts/arc_dsl/golden.py` runs the file with arc-dsl's own `dsl.py` on a few input grids
per function and writes what arc-dsl gives to `primitives.json`;
`tests/include_primitives.rs` checks that the Rust conversion gives the same.
"""
from dsl import *
from constants import *


# Integers and pairs.


def p_int_arith(I):
    """add, subtract, double and divide of integers."""
    x1 = height(I)
    x2 = width(I)
    x3 = add(x1, x2)
    x4 = subtract(x3, THREE)
    x5 = double(x4)
    x6 = divide(x5, THREE)
    x7 = astuple(x6, x4)
    O = canvas(FIVE, x7)
    return O


def p_tuple_arith(I):
    """Arithmetic of pairs, and of an integer with a pair on either side."""
    x1 = shape(I)
    x2 = add(x1, UNITY)
    x3 = multiply(TWO, x2)
    x4 = subtract(x3, x1)
    x5 = divide(x4, TWO_BY_TWO)
    x6 = subtract(TEN, x4)
    x7 = divide(x6, THREE)
    x8 = add(x7, x5)
    x9 = add(x8, TWO_BY_ZERO)
    O = canvas(ONE, x9)
    return O


def p_floor_division(I):
    """divide rounds toward negative infinity, as Python's `//` does."""
    x1 = width(I)
    x2 = invert(x1)
    x3 = divide(x2, TWO)
    x4 = multiply(x3, NEG_ONE)
    x5 = divide(-7, x1)
    x6 = invert(x5)
    x7 = astuple(x4, x6)
    O = canvas(THREE, x7)
    return O


def p_halve_crement(I):
    """halve of a negative integer, crement, sign, increment and decrement."""
    x1 = width(I)
    x2 = invert(x1)
    x3 = halve(x2)
    x4 = crement(x3)
    x5 = sign(x4)
    x6 = multiply(x4, x5)
    x7 = add(x6, NEG_ONE)
    x8 = decrement(x7)
    x9 = increment(x8)
    x10 = astuple(x6, x9)
    O = canvas(FOUR, x10)
    return O


def p_sign_tuples(I):
    """sign and crement of pairs with negative, zero and positive parts; first and last of
    a pair."""
    x1 = shape(I)
    x2 = subtract(x1, THREE_BY_THREE)
    x3 = sign(x2)
    x4 = crement(x2)
    x5 = crement(x3)
    x6 = add(x5, THREE_BY_THREE)
    x7 = first(x6)
    x8 = last(x6)
    x9 = add(x4, FIVE)
    x10 = canvas(x7, x9)
    x11 = initset(ORIGIN)
    O = fill(x10, x8, x11)
    return O


def p_vectors(I):
    """toivec, tojvec and double of a pair give the offsets of two copies."""
    x1 = ofcolor(I, ONE)
    x2 = toivec(ONE)
    x3 = double(x2)
    x4 = tojvec(NEG_TWO)
    x5 = shift(x1, x3)
    x6 = shift(x1, x4)
    x7 = fill(I, SEVEN, x5)
    O = fill(x7, EIGHT, x6)
    return O


def p_division_by_zero(I):
    """A division by zero fails the whole function."""
    x1 = height(I)
    x2 = subtract(x1, THREE)
    x3 = divide(SIX, x2)
    x4 = astuple(ONE, x3)
    O = canvas(NINE, x4)
    return O


# Booleans.


def p_booleans(I):
    """even, greater, both, flip, equality and either, then branch between integers."""
    x1 = height(I)
    x2 = width(I)
    x3 = even(x1)
    x4 = greater(x1, x2)
    x5 = both(x3, x4)
    x6 = flip(x5)
    x7 = equality(x1, x2)
    x8 = either(x7, False)
    x9 = both(x8, T)
    x10 = branch(x6, ONE, TWO)
    x11 = branch(x9, THREE, FOUR)
    x12 = astuple(x10, TWO)
    O = canvas(x11, x12)
    return O


def p_positive_contained(I):
    """positive and contained, then branch between colours and between pairs."""
    x1 = mostcolor(I)
    x2 = leastcolor(I)
    x3 = subtract(x1, x2)
    x4 = positive(x3)
    x5 = palette(I)
    x6 = contained(SEVEN, x5)
    x7 = both(x6, True)
    x8 = branch(x4, x1, x2)
    x9 = branch(x7, UNITY, TWO_BY_TWO)
    O = canvas(x8, x9)
    return O


# Containers.


def p_interval_rows(I):
    """interval up and down (a negative step), combine and dedupe of tuples, and rows made
    by repeat."""
    x1 = width(I)
    x2 = interval(ZERO, x1, ONE)
    x3 = interval(x1, -1, NEG_ONE)
    x4 = combine(x2, x3)
    x5 = dedupe(x4)
    x6 = repeat(x5, TWO)
    O = rot90(x6)
    return O


def p_palette_extremes(I):
    """maximum, minimum and size of the palette."""
    x1 = palette(I)
    x2 = maximum(x1)
    x3 = minimum(x1)
    x4 = size(x1)
    x5 = astuple(x4, x4)
    x6 = canvas(x2, x5)
    x7 = initset(ORIGIN)
    O = fill(x6, x3, x7)
    return O


def p_empty_extremes(I):
    """maximum and minimum of a set that may be empty (then 0)."""
    x1 = palette(I)
    x2 = rbind(greater, SEVEN)
    x3 = sfilter(x1, x2)
    x4 = maximum(x3)
    x5 = minimum(x3)
    x6 = canvas(x4, TWO_BY_TWO)
    x7 = initset(UNITY)
    O = fill(x6, x5, x7)
    return O


def p_set_algebra(I):
    """combine, intersection, difference, insert and remove of sets of locations."""
    x1 = ofcolor(I, ONE)
    x2 = ofcolor(I, TWO)
    x3 = combine(x1, x2)
    x4 = backdrop(x1)
    x5 = intersection(x4, x2)
    x6 = difference(x3, x5)
    x7 = insert(ORIGIN, x6)
    x8 = remove(UNITY, x7)
    x9 = shape(I)
    x10 = canvas(ZERO, x9)
    x11 = fill(x10, FIVE, x8)
    O = fill(x11, SIX, x5)
    return O


def p_product_pair(I):
    """product of two tuples (a set of locations) and pair of them (a tuple of locations)."""
    x1 = height(I)
    x2 = width(I)
    x3 = interval(ZERO, x1, TWO)
    x4 = interval(ONE, x2, TWO)
    x5 = product(x3, x4)
    x6 = pair(x3, x4)
    x7 = fill(I, EIGHT, x5)
    O = fill(x7, NINE, x6)
    return O


def p_order_by_size(I):
    """order objects by size; their colours make a row."""
    x1 = objects(I, T, F, T)
    x2 = order(x1, size)
    x3 = apply(color, x2)
    O = repeat(x3, TWO)
    return O


def p_arg_val(I):
    """argmax, argmin, valmax and valmin of objects by size."""
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = valmax(x1, size)
    x5 = valmin(x1, size)
    x6 = color(x2)
    x7 = color(x3)
    x8 = astuple(x5, x4)
    x9 = canvas(x6, x8)
    x10 = initset(ORIGIN)
    O = fill(x9, x7, x10)
    return O


def p_common_rows(I):
    """mostcommon and leastcommon of a grid: its rows."""
    x1 = mostcommon(I)
    x2 = leastcommon(I)
    x3 = repeat(x1, TWO)
    x4 = repeat(x2, ONE)
    O = vconcat(x3, x4)
    return O


def p_common_values(I):
    """first and last of a grid (rows), mostcommon and leastcommon of a row."""
    x1 = first(I)
    x2 = last(I)
    x3 = mostcommon(x1)
    x4 = leastcommon(x2)
    x5 = canvas(x3, THREE_BY_THREE)
    x6 = initset(UNITY)
    O = fill(x5, x4, x6)
    return O


def p_size_colour_filters(I):
    """sizefilter and colorfilter of objects."""
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = merge(x2)
    x4 = colorfilter(x1, TWO)
    x5 = merge(x4)
    x6 = cover(I, x3)
    x7 = recolor(FIVE, x5)
    O = paint(x6, x7)
    return O


def p_sfilter_matcher(I):
    """sfilter with a matcher."""
    x1 = objects(I, T, F, T)
    x2 = matcher(size, THREE)
    x3 = sfilter(x1, x2)
    x4 = merge(x3)
    O = fill(I, EIGHT, x4)
    return O


def p_mfilter_extract(I):
    """mfilter with a primitive, extract with a matcher (fails when nothing matches)."""
    x1 = objects(I, T, F, T)
    x2 = mfilter(x1, vline)
    x3 = fill(I, NINE, x2)
    x4 = matcher(color, FOUR)
    x5 = extract(x1, x4)
    x6 = outbox(x5)
    O = fill(x3, SIX, x6)
    return O


def p_other_colour(I):
    """other: the colour that is not the background (fails with one colour)."""
    x1 = palette(I)
    x2 = mostcolor(I)
    x3 = other(x1, x2)
    O = switch(I, x2, x3)
    return O


# Functions as values.


def p_compose_call(I):
    """rbind and lbind of two-argument functions, compose, and calls of variables."""
    x1 = rbind(add, TWO)
    x2 = compose(x1, height)
    x3 = x2(I)
    x4 = lbind(astuple, ONE)
    x5 = x4(x3)
    O = canvas(SIX, x5)
    return O


def p_chain(I):
    """chain of three grid functions."""
    x1 = chain(rot90, hmirror, vmirror)
    O = x1(I)
    return O


def p_fork(I):
    """fork with identity."""
    x1 = fork(hconcat, identity, vmirror)
    x2 = x1(I)
    x3 = fork(vconcat, identity, hmirror)
    O = x3(x2)
    return O


def p_power(I):
    """power of a primitive and of a function held in a variable."""
    x1 = power(rot90, THREE)
    x2 = x1(I)
    x3 = rbind(shift, RIGHT)
    x4 = power(x3, TWO)
    x5 = asobject(x2)
    x6 = x4(x5)
    x7 = shape(x2)
    x8 = add(x7, ZERO_BY_TWO)
    x9 = canvas(ZERO, x8)
    O = paint(x9, x6)
    return O


def p_power_count(I):
    """power with a computed count: a count of 0 fails."""
    x1 = numcolors(I)
    x2 = decrement(x1)
    x3 = power(rot90, x2)
    O = x3(I)
    return O


def p_branch_functions(I):
    """branch between functions of one argument and between functions of two."""
    x1 = portrait(I)
    x2 = branch(x1, hmirror, vmirror)
    x3 = x2(I)
    x4 = branch(x1, hconcat, vconcat)
    O = x4(I, x3)
    return O


def p_ternary_binds(I):
    """rbind and lbind of three-argument functions, called with two arguments."""
    x1 = ofcolor(I, ZERO)
    x2 = rbind(fill, x1)
    x3 = x2(I, SEVEN)
    x4 = lbind(switch, x3)
    O = x4(SEVEN, ONE)
    return O


def p_papply_branch(I):
    """papply of equality and of branch bound on the right: the top row where it equals the
    bottom row, 0 elsewhere."""
    x1 = first(I)
    x2 = last(I)
    x3 = papply(equality, x1, x2)
    x4 = rbind(branch, ZERO)
    x5 = papply(x4, x3, x1)
    O = repeat(x5, TWO)
    return O


def p_mpapply(I):
    """mpapply: the top and bottom rows interleaved."""
    x1 = first(I)
    x2 = last(I)
    x3 = mpapply(astuple, x1, x2)
    O = repeat(x3, ONE)
    return O


def p_prapply_connect(I):
    """prapply of connect over every pair of cells of a colour."""
    x1 = ofcolor(I, EIGHT)
    x2 = prapply(connect, x1, x1)
    x3 = merge(x2)
    O = underfill(I, FOUR, x3)
    return O


def p_rapply_adders(I):
    """rapply of a tuple of functions made by apply of lbind bound to lbind."""
    x1 = height(I)
    x2 = interval(ONE, FOUR, ONE)
    x3 = lbind(lbind, add)
    x4 = apply(x3, x2)
    x5 = rapply(x4, x1)
    x6 = totuple(x5)
    O = repeat(x6, TWO)
    return O


def p_mapply_corners(I):
    """mapply of corners over objects."""
    x1 = objects(I, T, F, T)
    x2 = mapply(corners, x1)
    O = fill(I, NINE, x2)
    return O


# Colours and objects.


def p_colour_counts(I):
    """mostcolor, leastcolor, colorcount and numcolors of a grid."""
    x1 = mostcolor(I)
    x2 = leastcolor(I)
    x3 = colorcount(I, x2)
    x4 = numcolors(I)
    x5 = astuple(x4, x3)
    x6 = canvas(x1, x5)
    x7 = initset(ORIGIN)
    O = fill(x6, x2, x7)
    return O


def p_object_colours(I):
    """mostcolor, leastcolor, palette and colorcount of a many-coloured object."""
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, size)
    x3 = mostcolor(x2)
    x4 = leastcolor(x2)
    x5 = palette(x2)
    x6 = size(x5)
    x7 = colorcount(x2, x3)
    x8 = astuple(x6, x7)
    x9 = canvas(x3, x8)
    x10 = initset(ORIGIN)
    O = fill(x9, x4, x10)
    return O


def p_foreground(I):
    """asindices, ofcolor and difference; toindices of an object."""
    x1 = asindices(I)
    x2 = ofcolor(I, ZERO)
    x3 = difference(x1, x2)
    x4 = objects(I, T, F, T)
    x5 = argmax(x4, size)
    x6 = toindices(x5)
    x7 = fill(I, FOUR, x3)
    O = fill(x7, ONE, x6)
    return O


def p_corner_lines(I):
    """The four corners of the foreground, lines between them, and corners."""
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = ulcorner(x2)
    x4 = urcorner(x2)
    x5 = llcorner(x2)
    x6 = lrcorner(x2)
    x7 = connect(x3, x4)
    x8 = connect(x5, x6)
    x9 = corners(x2)
    x10 = fill(I, SEVEN, x7)
    x11 = fill(x10, EIGHT, x8)
    O = fill(x11, NINE, x9)
    return O


def p_object_counts(I):
    """objects with each setting of univalued, diagonal and without_bg."""
    x1 = objects(I, T, F, F)
    x2 = objects(I, F, T, T)
    x3 = objects(I, True, True, False)
    x4 = objects(I, F, F, T)
    x5 = size(x1)
    x6 = size(x2)
    x7 = size(x3)
    x8 = size(x4)
    x9 = astuple(x5, x7)
    x10 = canvas(x6, x9)
    x11 = initset(ORIGIN)
    O = fill(x10, x8, x11)
    return O


def p_partitions(I):
    """partition and fgpartition."""
    x1 = partition(I)
    x2 = fgpartition(I)
    x3 = size(x1)
    x4 = size(x2)
    x5 = argmax(x2, size)
    x6 = color(x5)
    x7 = astuple(x3, x4)
    O = canvas(x6, x7)
    return O


def p_toobject(I):
    """toobject of the cells around the rarest colour (clipped to the grid)."""
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = outbox(x2)
    x4 = toobject(x3, I)
    x5 = mostcolor(x4)
    O = fill(I, x5, x2)
    return O


# Patches.


def p_crop(I):
    """crop, clipped at the grid's edges."""
    O = crop(I, UNITY, TWO_BY_TWO)
    return O


def p_subgrid_upscale(I):
    """subgrid of the largest object, upscaled."""
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    x3 = subgrid(x2, I)
    O = upscale(x3, TWO)
    return O


def p_normalize_shift(I):
    """normalize, shift (partly off the grid) and recolor."""
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = normalize(x2)
    x4 = shift(x3, DOWN_LEFT)
    x5 = shift(x2, NEG_UNITY)
    x6 = recolor(EIGHT, x4)
    x7 = paint(I, x6)
    O = paint(x7, x5)
    return O


def p_neighbourhoods(I):
    """dneighbors and ineighbors of the centre of the rarest colour."""
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = center(x2)
    x4 = dneighbors(x3)
    x5 = ineighbors(x3)
    x6 = fill(I, ONE, x4)
    O = fill(x6, TWO, x5)
    return O


def p_neighbors_mapply(I):
    """neighbors of every cell of the rarest colour, underfilled."""
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = mapply(neighbors, x2)
    O = underfill(I, x1, x3)
    return O


def p_bbox_product(I):
    """uppermost, lowermost, leftmost and rightmost (fail on an empty patch)."""
    x1 = ofcolor(I, TWO)
    x2 = uppermost(x1)
    x3 = lowermost(x1)
    x4 = leftmost(x1)
    x5 = rightmost(x1)
    x6 = interval(x2, x3, ONE)
    x7 = interval(x4, x5, ONE)
    x8 = product(x6, x7)
    O = fill(I, SIX, x8)
    return O


def p_shape_predicates(I):
    """sfilter of objects by vline, hline and square."""
    x1 = objects(I, T, F, T)
    x2 = sfilter(x1, vline)
    x3 = sfilter(x1, hline)
    x4 = sfilter(x1, square)
    x5 = merge(x2)
    x6 = merge(x3)
    x7 = merge(x4)
    x8 = fill(I, ONE, x5)
    x9 = fill(x8, TWO, x6)
    O = fill(x9, THREE, x7)
    return O


def p_grid_predicates(I):
    """square and portrait of a grid."""
    x1 = square(I)
    x2 = portrait(I)
    x3 = branch(x1, SEVEN, EIGHT)
    x4 = branch(x2, UNITY, TWO_BY_TWO)
    O = canvas(x3, x4)
    return O


def p_matching(I):
    """hmatching and vmatching of two colours' cells."""
    x1 = ofcolor(I, ONE)
    x2 = ofcolor(I, TWO)
    x3 = hmatching(x1, x2)
    x4 = vmatching(x1, x2)
    x5 = branch(x3, TWO, ONE)
    x6 = branch(x4, THREE, ONE)
    x7 = astuple(x5, x6)
    O = canvas(FIVE, x7)
    return O


def p_distance(I):
    """manhattan and adjacent of two colours' cells."""
    x1 = ofcolor(I, ONE)
    x2 = ofcolor(I, TWO)
    x3 = manhattan(x1, x2)
    x4 = adjacent(x1, x2)
    x5 = branch(x4, SIX, SEVEN)
    x6 = astuple(ONE, x3)
    O = canvas(x5, x6)
    return O


def p_bordering(I):
    """bordering bound to the grid and composed with flip: the inner objects covered."""
    x1 = objects(I, T, F, T)
    x2 = rbind(bordering, I)
    x3 = compose(flip, x2)
    x4 = sfilter(x1, x3)
    x5 = merge(x4)
    O = cover(I, x5)
    return O


def p_centres(I):
    """centerofmass and center of each object."""
    x1 = objects(I, T, T, T)
    x2 = apply(centerofmass, x1)
    x3 = apply(center, x1)
    x4 = fill(I, NINE, x2)
    O = fill(x4, FIVE, x3)
    return O


def p_position(I):
    """position of one colour's cells relative to another's."""
    x1 = ofcolor(I, ONE)
    x2 = ofcolor(I, TWO)
    x3 = position(x1, x2)
    x4 = add(x3, TWO_BY_TWO)
    O = canvas(SEVEN, x4)
    return O


def p_index(I):
    """index at the first and the last cell."""
    x1 = index(I, ORIGIN)
    x2 = asindices(I)
    x3 = lrcorner(x2)
    x4 = index(I, x3)
    x5 = canvas(x1, TWO_BY_TWO)
    x6 = initset(UNITY)
    O = fill(x5, x4, x6)
    return O


def p_frontier_lines(I):
    """vfrontier and hfrontier through the rarest colour."""
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = ulcorner(x2)
    x4 = vfrontier(x3)
    x5 = hfrontier(x3)
    x6 = fill(I, x1, x4)
    O = fill(x6, x1, x5)
    return O


def p_shoot(I):
    """shoot up and right, and left, from a colour's last cell."""
    x1 = ofcolor(I, THREE)
    x2 = lrcorner(x1)
    x3 = shoot(x2, UP_RIGHT)
    x4 = shoot(x2, LEFT)
    x5 = fill(I, FOUR, x3)
    O = fill(x5, SIX, x4)
    return O


def p_connect(I):
    """connect the centres of two colours' cells (nothing unless in line)."""
    x1 = ofcolor(I, ONE)
    x2 = ofcolor(I, TWO)
    x3 = center(x1)
    x4 = center(x2)
    x5 = connect(x3, x4)
    O = underfill(I, THREE, x5)
    return O


def p_boxes(I):
    """box, inbox and outbox of the largest object."""
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = box(x2)
    x4 = inbox(x2)
    x5 = outbox(x2)
    x6 = fill(I, ONE, x5)
    x7 = fill(x6, TWO, x3)
    O = fill(x7, THREE, x4)
    return O


def p_delta(I):
    """delta of each object."""
    x1 = objects(I, T, T, T)
    x2 = mapply(delta, x1)
    O = fill(I, FOUR, x2)
    return O


def p_underfill_backdrop(I):
    """underfill of a colour's backdrop."""
    x1 = ofcolor(I, TWO)
    x2 = backdrop(x1)
    O = underfill(I, THREE, x2)
    return O


def p_gravitate(I):
    """gravitate one colour toward another, then move it there."""
    x1 = ofcolor(I, ONE)
    x2 = ofcolor(I, TWO)
    x3 = gravitate(x1, x2)
    x4 = toobject(x1, I)
    O = move(I, x4, x3)
    return O


def p_cover_move(I):
    """move bound on the right (a function of the grid and the object), and cover."""
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = rbind(move, DOWN)
    x4 = x3(I, x2)
    x5 = argmin(x1, size)
    O = cover(x4, x5)
    return O


def p_occurrences(I):
    """occurrences of the top left 2x2 pattern: covered, their corners marked."""
    x1 = crop(I, ORIGIN, TWO_BY_TWO)
    x2 = asobject(x1)
    x3 = occurrences(I, x2)
    x4 = lbind(shift, x2)
    x5 = mapply(x4, x3)
    x6 = cover(I, x5)
    O = fill(x6, NINE, x3)
    return O


# Grids.


def p_rotations(I):
    """rot90, rot180 and rot270."""
    x1 = rot90(I)
    x2 = rot180(I)
    x3 = rot270(I)
    x4 = hconcat(x1, x3)
    x5 = vconcat(I, x2)
    x6 = rot90(x5)
    O = vconcat(x4, x6)
    return O


def p_mirror_grid_hv(I):
    """hmirror and vmirror of a grid."""
    x1 = hmirror(I)
    x2 = vmirror(I)
    O = hconcat(x1, x2)
    return O


def p_mirror_grid_dc(I):
    """dmirror and cmirror of a grid."""
    x1 = dmirror(I)
    x2 = cmirror(I)
    O = vconcat(x1, x2)
    return O


def p_mirror_object(I):
    """hmirror and vmirror of an object, painted and underpainted."""
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, size)
    x3 = hmirror(x2)
    x4 = vmirror(x2)
    x5 = cover(I, x2)
    x6 = paint(x5, x3)
    O = underpaint(x6, x4)
    return O


def p_mirror_indices(I):
    """dmirror and cmirror of a set of locations."""
    x1 = ofcolor(I, TWO)
    x2 = dmirror(x1)
    x3 = cmirror(x1)
    x4 = fill(I, THREE, x2)
    O = fill(x4, FOUR, x3)
    return O


def p_underpaint(I):
    """underpaint of the grid shifted right and up."""
    x1 = asobject(I)
    x2 = shift(x1, RIGHT)
    x3 = shift(x1, UP)
    x4 = underpaint(I, x2)
    O = underpaint(x4, x3)
    return O


def p_scale_up(I):
    """hupscale, vupscale and upscale of a grid."""
    x1 = hupscale(I, TWO)
    x2 = vupscale(x1, THREE)
    x3 = upscale(I, TWO)
    O = vconcat(x2, x3)
    return O


def p_downscale(I):
    """downscale by two."""
    O = downscale(I, TWO)
    return O


def p_upscale_object(I):
    """upscale of an object (its corner stays)."""
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = upscale(x2, THREE)
    x4 = shape(I)
    x5 = double(x4)
    x6 = canvas(ZERO, x5)
    O = paint(x6, x3)
    return O


def p_hsplit_cellwise(I):
    """hsplit in two (an odd middle column dropped), cellwise of the halves."""
    x1 = hsplit(I, TWO)
    x2 = first(x1)
    x3 = last(x1)
    O = cellwise(x2, x3, ZERO)
    return O


def p_vsplit_merge(I):
    """vsplit in three, remove of the first part, merge of the rest (rows)."""
    x1 = vsplit(I, THREE)
    x2 = first(x1)
    x3 = remove(x2, x1)
    x4 = merge(x3)
    O = vconcat(x4, x2)
    return O


def p_replace(I):
    """replace the background, then a colour."""
    x1 = mostcolor(I)
    x2 = replace(I, x1, EIGHT)
    O = replace(x2, TWO, SEVEN)
    return O


def p_halves_tb(I):
    """tophalf and bottomhalf."""
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    O = hconcat(x1, x2)
    return O


def p_halves_lr(I):
    """lefthalf and righthalf."""
    x1 = lefthalf(I)
    x2 = righthalf(I)
    O = vconcat(x1, x2)
    return O


def p_trim(I):
    """trim the border."""
    O = trim(I)
    return O


def p_frontiers(I):
    """frontiers: uniform rows and columns."""
    x1 = frontiers(I)
    x2 = merge(x1)
    x3 = recolor(FIVE, x2)
    O = paint(I, x3)
    return O


def p_compress(I):
    """compress: uniform rows and columns removed."""
    O = compress(I)
    return O


def p_periods(I):
    """hperiod and vperiod: the repeating tile."""
    x1 = asobject(I)
    x2 = hperiod(x1)
    x3 = vperiod(x1)
    x4 = astuple(x3, x2)
    O = crop(I, ORIGIN, x4)
    return O
