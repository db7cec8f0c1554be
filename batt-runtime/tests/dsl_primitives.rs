//! Hand-checked cases for the DSL primitives, beyond their doctests: objects, set semantics,
//! failures, and functions as values.

#![allow(non_snake_case)]
#![allow(
    clippy::needless_borrows_for_generic_args,
    reason = "arguments are also passed as `&x`, as generated code does"
)]

use batt_runtime::prelude::*;

fn g<const W: usize, const H: usize>(rows: [[u8; W]; H]) -> Grid {
    Grid::try_from(rows).unwrap()
}

fn obj(cells: &[(Integer, (Integer, Integer))]) -> Object {
    cells.iter().copied().collect()
}

fn idx(locs: &[(Integer, Integer)]) -> Indices {
    locs.iter().copied().collect()
}

#[test]
fn objects_follow_each_flag() {
    // 1 1 0
    // 0 2 0
    // 0 0 1
    let I = g([[1, 1, 0], [0, 2, 0], [0, 0, 1]]);
    // Univalued, orthogonal, without background: {1,1}, {2}, {1}.
    let a = objects(&I, T, F, T);
    assert_eq!(
        a,
        Objects::from(
            [obj(&[(1, (0, 0)), (1, (0, 1))]), obj(&[(2, (1, 1))]), obj(&[(1, (2, 2))]),]
        )
    );
    // Many-coloured, diagonal, without background: all non-zero cells touch diagonally.
    let b = objects(&I, F, T, T);
    assert_eq!(b, Objects::from([obj(&[(1, (0, 0)), (1, (0, 1)), (2, (1, 1)), (1, (2, 2))])]));
    // Many-coloured, orthogonal: (2,2) is apart from the rest.
    let c = objects(&I, F, F, T);
    assert_eq!(size(&c), 2);
    // Univalued with background: the zeros form two orthogonal objects, {(0,2),(1,2)} and
    // {(1,0),(2,0),(2,1)}, next to the three others.
    let d = objects(&I, T, F, F);
    assert_eq!(size(&d), 5);
    assert_eq!(valmax(&d, size), Some(3));
    assert_eq!(size(colorfilter(&d, ZERO)), 2);
    // Without background nothing is left of a one-colour grid.
    assert_eq!(objects(g([[3, 3]]), T, T, T), Objects::empty());
}

#[test]
fn partitions_and_object_reads() {
    let I = g([[5, 0, 5], [0, 0, 7]]);
    let p = partition(&I);
    assert_eq!(size(&p), 3);
    assert_eq!(size(fgpartition(&I)), 2);
    assert_eq!(colorfilter(&p, 5), Objects::from([obj(&[(5, (0, 0)), (5, (0, 2))])]));
    assert_eq!(color(obj(&[])), None);
    assert_eq!(toobject(idx(&[(1, 2), (0, 1), (-1, 0)]), &I), obj(&[(7, (1, 2)), (0, (0, 1))]));
    // A vertical period: rows repeat every 2.
    let stripes = asobject(g([[1, 2], [3, 4], [1, 2], [3, 4]]));
    assert_eq!((vperiod(&stripes), hperiod(&stripes)), (2, 2));
    let plain = asobject(g([[1, 1, 1]]));
    assert_eq!((hperiod(&plain), vperiod(&plain)), (1, 1));
}

#[test]
fn occurrences_need_every_cell_to_match() {
    let I = g([[1, 0, 1], [1, 1, 1]]);
    let o = obj(&[(1, (0, 0)), (1, (1, 0))]);
    assert_eq!(occurrences(&I, &o), idx(&[(0, 0), (0, 2)]));
    let bigger = obj(&[(1, (0, 0)), (1, (3, 0))]);
    assert_eq!(occurrences(&I, &bigger), Indices::empty());
}

#[test]
fn sets_are_order_free_and_merge_repeats() {
    let a = idx(&[(1, 1), (0, 0), (1, 1)]);
    let b = idx(&[(0, 0), (1, 1)]);
    assert_eq!(a, b);
    assert_eq!(size(&a), 2);
    // apply over a set gives a set: both objects have one colour, so one item is left.
    let objs = Objects::from([obj(&[(3, (0, 0))]), obj(&[(3, (5, 5))])]);
    assert_eq!(apply(color, &objs), Some(FrozenSet::from([3])));
    assert_eq!(apply(size, &objs), IntegerSet::from([1]));
    // ... while over a tuple the repeats stay.
    let t = totuple(&objs);
    assert_eq!(apply(size, &t), vec![1, 1]);
    assert_eq!(merge(&objs), obj(&[(3, (0, 0)), (3, (5, 5))]));
    assert_eq!(insert((0, 0), &b), b);
    assert_eq!(remove((0, 0), &b), idx(&[(1, 1)]));
    assert_eq!(other(&b, (0, 0)), Some((1, 1)));
    assert_eq!(intersection(&a, idx(&[(1, 1), (2, 2)])), idx(&[(1, 1)]));
    assert_eq!(difference(&a, idx(&[(1, 1)])), idx(&[(0, 0)]));
    assert_eq!(mostcommon(vec![1, 3, 3, 1, 3]), Some(3));
    assert_eq!(leastcommon(Vec::<Integer>::new()), None);
    assert_eq!(repeat(1, -2), Some(Vec::<Integer>::new()));
    assert_eq!(repeat(1, Integer::MAX), None);
    assert_eq!(interval(0, Integer::MAX, 1), None);
    assert_eq!(interval(Integer::MAX, Integer::MIN, -1), None);
    assert_eq!(interval(5, 0, -2), Some(vec![5, 3, 1]));
    assert_eq!(interval(0, 3, 0), None);
    assert_eq!(product(IntegerSet::from([1]), vec![2, 2]), FrozenSet::from([(1, 2)]));
}

#[test]
fn failures_are_none_and_propagate() {
    let empty = Objects::empty();
    assert_eq!(first(&empty), None);
    assert_eq!(last(&empty), None);
    assert_eq!(argmax(&empty, size), None);
    assert_eq!(argmin(&empty, size), None);
    assert_eq!(extract(&empty, matcher(size, 1)), None);
    assert_eq!(ulcorner(Indices::empty()), None);
    assert_eq!(center(Object::empty()), None);
    assert_eq!(centerofmass(Indices::empty()), None);
    assert_eq!(manhattan(Indices::empty(), idx(&[(0, 0)])), None);
    assert_eq!(divide((4, 4), (2, 0)), None);
    // Through a composition: the empty object's corner fails, so the ordering does.
    let objs = Objects::from([obj(&[(1, (0, 0))]), obj(&[])]);
    assert_eq!(order(&objs, compose(first, ulcorner)), None);
    assert_eq!(sfilter(&objs, compose(positive, uppermost)), None);
    assert_eq!(mapply(compose(dneighbors, ulcorner), &objs), None);
    // Without the empty object the same calls succeed.
    let objs = Objects::from([obj(&[(1, (2, 0))]), obj(&[(1, (0, 3))])]);
    let sorted = order(&objs, compose(first, ulcorner)).unwrap();
    assert_eq!(sorted[0], obj(&[(1, (0, 3))]));
    assert_eq!(
        sfilter(&objs, compose(positive, uppermost)),
        Some(Objects::from([obj(&[(1, (2, 0))])]))
    );
    assert_eq!(mapply(compose(initset, ulcorner), &objs), Some(idx(&[(0, 3), (2, 0)])));
}

#[test]
fn functions_as_values_infer() {
    let objs = Objects::from([obj(&[(1, (0, 0))]), obj(&[(2, (1, 1)), (2, (1, 2))])]);
    // lbind of lbind: x -> (y -> shift(x, y)).
    let x1 = lbind(lbind, shift);
    let x2 = x1(idx(&[(0, 0)]));
    assert_eq!(x2(DOWN), idx(&[(1, 0)]));
    // rbind of a higher-order function.
    let x3 = rbind(sizefilter, ONE);
    assert_eq!(size(x3(&objs)), 1);
    // lbind(compose, f) gives a function of functions.
    let x4 = lbind(compose, increment);
    let x5 = x4(size);
    assert_eq!(x5(&objs), Some(3));
    // fork over pairs, chain and power.
    let x6 = fork(multiply, first, last);
    assert_eq!(x6((3, 4)), Some(12));
    let x7 = chain(invert, double, size);
    assert_eq!(x7(&objs), Some(-4));
    let x8 = power(rbind(add, 2), THREE).unwrap();
    assert_eq!(x8(1), Some(7));
    // matcher with a failing function.
    let x9 = matcher(color, 2);
    assert_eq!((x9(obj(&[(2, (0, 0))])), x9(obj(&[]))), (Some(true), None));
    // papply, mpapply and prapply with DSL functions.
    assert_eq!(papply(astuple, vec![1, 2], vec![3, 4]), Some(vec![(1, 3), (2, 4)]));
    assert_eq!(
        prapply(manhattan, vec![idx(&[(0, 0)])], vec![idx(&[(2, 2)])]),
        Some(IntegerSet::from([4]))
    );
    assert_eq!(rbind3(crop, (1, 1))(g([[1, 2], [3, 4]]), (1, 1)), Some(g([[4]])));
    assert_eq!(lbind3(fill, g([[0, 0]]))(5, idx(&[(0, 1)])), Some(g([[0, 5]])));
}

#[test]
fn numerical_mixes_integers_and_pairs() {
    assert_eq!(add(DOWN, RIGHT), UNITY);
    assert_eq!(subtract(ORIGIN, UNITY), NEG_UNITY);
    assert_eq!(multiply(THREE_BY_THREE, NEG_ONE), (-3, -3));
    assert_eq!(divide(-1, 2), Some(-1));
    assert_eq!(divide(7, -2), Some(-4));
    assert_eq!(crement((-1, 1)), (-2, 2));
    assert_eq!(sign(-7), -1);
    assert_eq!(halve((7, -7)), (3, -4));
    let (four, minus_one) = (4, -1);
    assert!(even(four) && !positive(minus_one));
    assert!(even(&four) && !positive(&minus_one), "references work too");
}

#[test]
fn patch_geometry() {
    let p = idx(&[(1, 2), (3, 5)]);
    assert_eq!(shape(&p), (3, 4));
    assert_eq!(normalize(&p), idx(&[(0, 0), (2, 3)]));
    assert_eq!(size(backdrop(&p)), 12);
    assert_eq!(size(delta(&p)), 10);
    assert_eq!(r#box(idx(&[(0, 0)])), idx(&[(0, 0)]));
    assert_eq!(size(r#box(&p)), 10);
    assert_eq!(inbox(idx(&[(0, 0), (4, 4)])), Some(r#box(idx(&[(1, 1), (3, 3)]))));
    assert_eq!(outbox(idx(&[(1, 1)])), Some(r#box(idx(&[(0, 0), (2, 2)]))));
    assert_eq!(corners(&p), Some(idx(&[(1, 2), (1, 5), (3, 2), (3, 5)])));
    // arc-dsl fails on the outline, corners and mirrors of nothing.
    let none = Indices::empty();
    assert_eq!((inbox(&none), outbox(&none), corners(&none)), (None, None, None));
    assert_eq!(
        (hmirror(&none), vmirror(&none), dmirror(&none), cmirror(&none)),
        (None, None, None, None)
    );
    assert_eq!(
        (backdrop(&none), delta(&none), r#box(&none)),
        (none.clone(), none.clone(), none.clone())
    );
    assert!(portrait(idx(&[(0, 0), (2, 0)])));
    assert!(vline(idx(&[(0, 0), (1, 0)])) && !vline(idx(&[(0, 0), (2, 0)])));
    assert!(hline(idx(&[(4, 4)])) && vline(idx(&[(4, 4)])));
    assert!(square(g([[1, 2], [3, 4]])) && !square(g([[1, 2]])));
    // arc-dsl raises on an empty patch: no answer.
    assert_eq!(bordering(Indices::empty(), g([[0]])), None);
    assert_eq!(bordering(idx(&[(0, 0)]), g([[0]])), Some(true));
    assert_eq!(adjacent(idx(&[(0, 0)]), idx(&[(1, 0)])), Some(true));
    assert_eq!(adjacent(idx(&[(0, 0)]), idx(&[(2, 0)])), Some(false));
    assert_eq!(adjacent(Indices::empty(), idx(&[(1, 0)])), None);
    assert_eq!(adjacent(idx(&[(1, 0)]), Object::empty()), None);
    assert_eq!(position(idx(&[(0, 0)]), idx(&[(3, 0)])), Some((1, 0)));
    assert_eq!(position(idx(&[(3, 3)]), idx(&[(0, 0)])), Some((-1, -1)));
    assert_eq!(gravitate(idx(&[(0, 0)]), idx(&[(0, 1)])), Some((0, 0)));
    assert_eq!(gravitate(idx(&[(9, 0)]), idx(&[(0, 0)])), Some((-8, 0)));
    assert_eq!(size(neighbors((5, 5))), 8);
    assert_eq!(size(connect((0, 0), (0, 3))), 4);
    assert_eq!(shoot((0, 0), ORIGIN), idx(&[(0, 0)]));
    assert!(!hmatching(Indices::empty(), &p));
    assert_eq!(recolor(2u8, &p), obj(&[(2, (1, 2)), (2, (3, 5))]));
    assert_eq!(shift(vec![(1, (0, 0))], RIGHT), obj(&[(1, (0, 1))]));
}

#[test]
fn pairs_are_tuples_of_two() {
    assert!(contained(ZERO, (3, 0)));
    assert!(!contained(ONE, ORIGIN));
    assert_eq!(size(UNITY), 2);
    assert_eq!(combine((1, 2), (3, 4)), vec![1, 2, 3, 4]);
    assert_eq!(maximum((3, 7)), 7);
    let a = g([[1]]);
    let b = g([[2]]);
    assert_eq!(merge((idx(&[(0, 0)]), idx(&[(1, 1)]))), vec![(0, 0), (1, 1)]);
    assert_eq!(astuple(&a, &b), (a.clone(), b.clone()));
    assert_eq!(leastcommon((a.clone(), a.clone())), Some(a));
}

#[test]
fn branches_pick_values_or_functions() {
    assert_eq!(branch(F, ONE, SEVEN), 7);
    let seven = 7;
    assert_eq!(branch(T, &seven, ONE), 7);
    let wide = g([[1, 2, 3, 4]]);
    let f = branch(T, lefthalf, tophalf);
    assert_eq!(f(&wide), Some(g([[1, 2]])));
    let h = branch(F, hsplit, vsplit);
    assert_eq!(h(&wide, 1), Some(vec![wide.clone()]));
}

#[test]
fn functions_returning_functions_compose() {
    // chain whose middle value is a function: x -> first(argmin(xs, rbind(manhattan, {x}))).
    let targets = IndicesSet::from([idx(&[(0, 0)]), idx(&[(9, 9)])]);
    let x1 = lbind(rbind, manhattan);
    let x2 = lbind(argmin, &targets);
    let x3 = chain(&x2, &x1, initset);
    assert_eq!(x3((8, 8)), Some(idx(&[(9, 9)])));
    assert_eq!(x3((1, 0)), Some(idx(&[(0, 0)])));
    // matcher built by lbind, used through compose and sfilter.
    let x4 = lbind(matcher, last);
    let x5 = lbind(sfilter, idx(&[(0, 1), (1, 1), (1, 2)]));
    let x6 = compose(&x5, &x4);
    assert_eq!(x6(ONE), Some(idx(&[(0, 1), (1, 1)])));
}

fn corners_of(objs: &Objects) -> Option<FrozenSet<IntegerTuple>> {
    let x1 = batt_runtime::try_dsl!(apply(ulcorner, objs));
    Some(x1)
}

#[test]
fn try_dsl_unwraps_options_and_sets_of_options() {
    let objs = Objects::from([obj(&[(1, (1, 1))]), obj(&[(2, (0, 4)), (2, (0, 5))])]);
    assert_eq!(corners_of(&objs), Some(FrozenSet::from([(0, 4), (1, 1)])));
    let with_empty = Objects::from([obj(&[(1, (1, 1))]), Object::empty()]);
    assert_eq!(corners_of(&with_empty), None);
}

#[test]
fn extreme_values_give_values_not_panics() {
    let far = shift(idx(&[(0, 0)]), (Integer::MAX, Integer::MIN));
    assert_eq!(far, idx(&[(Integer::MAX, Integer::MIN)]));
    let p = combine(&far, idx(&[(Integer::MIN, Integer::MAX)]));
    assert_eq!(backdrop(&p), Indices::empty());
    assert_eq!(r#box(&p), Indices::empty());
    assert_eq!(manhattan(&far, idx(&[(Integer::MIN, Integer::MAX)])), Some(Integer::MAX));
    assert!(center(&p).is_some() && centerofmass(&p).is_some());
    assert_eq!(connect((0, 0), (0, Integer::MAX)), Indices::empty());
    assert_eq!(size(shoot((0, 0), (Integer::MAX, 0))), 0);
    assert_eq!(normalize(&p), idx(&[(0, -1), (-1, 0)]));
    assert_eq!(add(Integer::MAX, 1), Integer::MIN);
    assert_eq!(divide(Integer::MIN, -1), None);
    assert_eq!(invert(Integer::MIN), Integer::MIN);
    assert_eq!(interval(0, Integer::MAX, Integer::MAX), Some(vec![0]));
    let x = g([[1, 2]]);
    assert!(
        crop(&x, (Integer::MIN, Integer::MAX), (Integer::MAX, Integer::MAX)).unwrap().is_empty()
    );
    assert_eq!(hsplit(&x, Integer::MAX), None);
    assert_eq!(downscale(&x, Integer::MAX), Some(g([[1]])));
    assert!(hmirror(&p).map(size) == Some(2) && dmirror(&p).map(size) == Some(2));
}

/// Empty grids (arc-dsl's `()` and rows of `()`) flow through every grid function: values as
/// arc-dsl gives them, never a panic.
#[test]
fn empty_grids_flow_through_every_grid_function() {
    let x = g([[1, 2], [3, 1]]);
    let no_rows = canvas(ZERO, (0, 0)).expect("an empty canvas");
    let empty_rows = canvas(ZERO, (2, 0)).expect("rows of nothing");
    assert_eq!((no_rows.shape(), empty_rows.shape()), ((0, 0), (2, 0)));
    assert_eq!(trim(&x).map(|t| t.is_empty()), Some(true));
    assert_eq!(vconcat(&x, &no_rows), Some(x.clone()));
    assert_eq!(vconcat(&no_rows, &x), Some(x.clone()));
    assert_eq!(hconcat(&x, &empty_rows), Some(x.clone()));
    assert_eq!(hconcat(&x, &no_rows).map(|h| h.height()), Some(0));
    for e in [&no_rows, &empty_rows] {
        assert_eq!(palette(e), IntegerSet::empty());
        assert_eq!((mostcolor(e), leastcolor(e), numcolors(e)), (None, None, 0));
        assert_eq!(p_g(e), Vec::<u8>::new());
        assert!(objects(e, T, F, T).is_empty() && partition(e).is_empty());
        assert!(fgpartition(e).is_empty() && asobject(e).is_empty());
        assert!(asindices(e).is_empty() && ofcolor(e, ZERO).is_empty());
        assert_eq!(frontiers(e).len(), 0);
        let top = (e.height() > 0).then(Vec::new);
        assert_eq!((first(e), last(e)), (top.clone(), top));
        assert_eq!(height(e), e.height() as Integer);
        assert_eq!(size(e), e.height() as Integer);
        assert!(dedupe(e).len() <= 1);
        assert_eq!(index(e, ORIGIN), None);
        assert_eq!(bordering(Indices::from([(0, 0)]), e), Some(true));
        for m in [hmirror(e), vmirror(e), dmirror(e), cmirror(e), rot90(e), rot180(e), rot270(e)] {
            assert!(m.is_empty());
        }
        for r in [
            compress(e),
            trim(e),
            tophalf(e),
            bottomhalf(e),
            lefthalf(e),
            righthalf(e),
            upscale(e, 2),
            downscale(e, 2),
            hupscale(e, 2),
            vupscale(e, 2),
            crop(e, ORIGIN, UNITY),
            fill(e, ONE, Indices::from([(0, 0)])),
            underfill(e, ONE, Indices::from([(0, 0)])),
            paint(e, Object::from([(1, (0, 0))])),
            underpaint(e, Object::from([(1, (0, 0))])),
            switch(e, ONE, TWO),
            replace(e, ZERO, ONE),
            cellwise(e, e, ZERO),
        ] {
            assert!(r.is_none_or(|r| r.is_empty()));
        }
        assert!(cover(e, Indices::from([(0, 0)])).is_empty());
        assert!(hsplit(e, 2).is_some() && vsplit(e, 2).is_some());
        assert!(occurrences(e, Object::from([(1, (0, 0))])).is_empty());
        assert!(toobject(Indices::from([(0, 0)]), e).is_empty());
        assert_eq!(apply(identity, e).len(), e.height());
    }
}
