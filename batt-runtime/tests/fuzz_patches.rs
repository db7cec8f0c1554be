//! Fuzzing the patch and object primitives of the DSL (arc-dsl's geometry family: corners,
//! extremes, shifts, neighbourhoods, lines, boxes, matching, gravitation, periods): arbitrary
//! objects and indices (empty sets, negative and huge coordinates, any integer as a colour)
//! never make a primitive panic, and the results agree with cheap invariants, exactly for
//! patches near the origin.

#![allow(
    clippy::needless_borrows_for_generic_args,
    reason = "arguments are passed as `&x`, as generated code does"
)]

mod fuzz_common;

use batt_runtime::prelude::*;
use fuzz_common::*;
use proptest::prelude::*;

/// The primitives this file fuzzes (see `fuzz_coverage`).
const COVERED: &[&str] = &[
    "toindices",
    "recolor",
    "shift",
    "normalize",
    "dneighbors",
    "ineighbors",
    "neighbors",
    "uppermost",
    "lowermost",
    "leftmost",
    "rightmost",
    "ulcorner",
    "urcorner",
    "llcorner",
    "lrcorner",
    "vline",
    "hline",
    "hmatching",
    "vmatching",
    "manhattan",
    "adjacent",
    "bordering",
    "centerofmass",
    "center",
    "position",
    "corners",
    "connect",
    "shoot",
    "vfrontier",
    "hfrontier",
    "backdrop",
    "delta",
    "box",
    "inbox",
    "outbox",
    "gravitate",
    "color",
    "colorfilter",
    "sizefilter",
    "hperiod",
    "vperiod",
];

/// arc-dsl's period search, literally: the smallest `p` in `1..extent` with which the
/// normalized object repeats, else its extent.
fn naive_period(obj: &Object, horizontal: bool) -> Integer {
    let normed = normalize(obj);
    let extent = if horizontal { width(&normed) } else { height(&normed) };
    (1..extent)
        .find(|&p| {
            normed.iter().all(|&(c, (i, j))| {
                let back = if horizontal { (i, j - p) } else { (i - p, j) };
                (if horizontal { back.1 } else { back.0 }) < 0 || normed.contains(&(c, back))
            })
        })
        .unwrap_or(extent)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn extremes_and_corners(o in arb_object(), p in arb_indices()) {
        for (locs, n) in [(toindices(&o), size(&o)), (toindices(&p), size(&p))] {
            prop_assert!(size(&locs) <= n);
            let empty = locs.is_empty();
            prop_assert_eq!(uppermost(&locs).is_none(), empty);
            prop_assert_eq!(ulcorner(&locs), uppermost(&locs).zip(leftmost(&locs)));
            prop_assert_eq!(urcorner(&locs), uppermost(&locs).zip(rightmost(&locs)));
            prop_assert_eq!(llcorner(&locs), lowermost(&locs).zip(leftmost(&locs)));
            prop_assert_eq!(lrcorner(&locs), lowermost(&locs).zip(rightmost(&locs)));
            let _ = (height(&locs), width(&locs), shape(&locs), portrait(&locs), square(&locs));
            let _ = (vline(&locs), hline(&locs), centerofmass(&locs), center(&locs));
            prop_assert_eq!(corners(&locs).is_none(), empty);
            if let Some(c) = corners(&locs) {
                prop_assert!(size(&c) <= 4);
            }
            let _ = (backdrop(&locs), delta(&locs), r#box(&locs), inbox(&locs), outbox(&locs));
            let _ = (hmirror(&locs), vmirror(&locs), dmirror(&locs), cmirror(&locs));
        }
        prop_assert_eq!(toindices(&p), p.clone());
        let _ = (height(&o), width(&o), vline(&o), hline(&o), centerofmass(&o), hmirror(&o));
        let _ = (backdrop(&o), delta(&o), r#box(&o), inbox(&o), outbox(&o), corners(&o));
        let _ = (upscale(&o, 3), upscale(&o, Integer::MAX), normalize(&o));
    }

    #[test]
    fn geometry_near_the_origin(p in arb_near_indices()) {
        let Some((top, left)) = ulcorner(&p) else {
            prop_assert!(p.is_empty());
            prop_assert!(backdrop(&p).is_empty());
            return Ok(());
        };
        let (bottom, right) = lrcorner(&p).unwrap();
        prop_assert_eq!(shape(&p), (bottom - top + 1, right - left + 1));
        prop_assert_eq!(ulcorner(normalize(&p)), Some((0, 0)));
        let back = backdrop(&p);
        prop_assert_eq!(size(&back), height(&p) * width(&p));
        prop_assert!(p.iter().all(|l| back.contains(l)));
        prop_assert_eq!(delta(&p), difference(&back, &p));
        let outline = r#box(&p);
        prop_assert!(outline.iter().all(|l| back.contains(l)));
        prop_assert!(corners(&p).unwrap().iter().all(|l| outline.contains(l)));
        if height(&p) >= 3 && width(&p) >= 3 {
            prop_assert!(inbox(&p).unwrap().iter().all(|l| back.contains(l)));
        }
        prop_assert!(outbox(&p).unwrap().iter().all(|l| !p.contains(l)));
        let (ci, cj) = center(&p).unwrap();
        prop_assert!((top..=bottom).contains(&ci) && (left..=right).contains(&cj));
        let (mi, mj) = centerofmass(&p).unwrap();
        prop_assert!((top..=bottom).contains(&mi) && (left..=right).contains(&mj));
        prop_assert_eq!(hmirror(&p).and_then(hmirror), Some(p.clone()));
        prop_assert_eq!(vmirror(&p).and_then(vmirror), Some(p.clone()));
        prop_assert_eq!(dmirror(&p).and_then(dmirror), Some(p.clone()));
        prop_assert_eq!(cmirror(&p).and_then(cmirror), Some(p.clone()));
        prop_assert_eq!(vline(&p), width(&p) == 1 && height(&p) == size(&p));
        prop_assert_eq!(hline(&p), height(&p) == 1 && width(&p) == size(&p));
    }

    #[test]
    fn shifts_and_neighbours(p in arb_indices(), o in arb_object(), d in arb_pair(), loc in arb_pair()) {
        prop_assert_eq!(shift(shift(&p, d), invert(d)), p.clone());
        prop_assert_eq!(shift(shift(&o, d), invert(d)), o.clone());
        prop_assert_eq!(size(dneighbors(loc)), 4);
        prop_assert_eq!(size(ineighbors(loc)), 4);
        let all = neighbors(loc);
        prop_assert_eq!(size(&all), 8);
        prop_assert!(!all.contains(&loc));
        let c = toindices(recolor(7, &o));
        prop_assert_eq!(c, toindices(&o));
        prop_assert!(palette(recolor(NEG_ONE, &p)).iter().all(|&x| x == -1));
    }

    #[test]
    fn pairs_of_patches(a in arb_object(), b in arb_indices(), g in arb_grid()) {
        prop_assert_eq!(hmatching(&a, &b), hmatching(&b, &a));
        prop_assert_eq!(vmatching(&a, &b), vmatching(&b, &a));
        let m = manhattan(&a, &b);
        prop_assert_eq!(m, manhattan(&b, &a));
        prop_assert_eq!(m.is_none(), a.is_empty() || b.is_empty());
        let adj = adjacent(&a, &b);
        prop_assert_eq!(adj.is_none(), m.is_none());
        if let Some(pos) = position(&a, &b) {
            prop_assert!((-1..=1).contains(&pos.0) && (-1..=1).contains(&pos.1));
        }
        if let Some((gi, gj)) = gravitate(&a, &b) {
            prop_assert!(gi == 0 || gj == 0);
        }
        let _ = (bordering(&a, &g), bordering(&b, &g));
    }

    #[test]
    fn pairs_near_the_origin(a in arb_near_object(), b in arb_near_indices()) {
        if let Some(m) = manhattan(&a, &b) {
            prop_assert!(m >= 0);
            prop_assert_eq!(adjacent(&a, &b), Some(m == 1));
        }
        if let Some((gi, gj)) = gravitate(&a, &b) {
            prop_assert!(gi.abs() <= 42 && gj.abs() <= 42);
        }
    }

    #[test]
    fn lines(a in arb_pair(), b in arb_pair(), na in arb_near_pair(), nb in arb_near_pair()) {
        let _ = (connect(a, b), shoot(a, b), vfrontier(a), hfrontier(a));
        let line = connect(na, nb);
        let (di, dj) = (nb.0 - na.0, nb.1 - na.1);
        if di == 0 || dj == 0 || di.abs() == dj.abs() {
            prop_assert!(line.contains(&na) && line.contains(&nb));
            prop_assert_eq!(size(&line), di.abs().max(dj.abs()) + 1);
        } else {
            prop_assert!(line.is_empty());
        }
        prop_assert!(shoot(na, (1, 1)).contains(&na));
        prop_assert!(vfrontier(na).iter().all(|&(_, j)| j == na.1));
        prop_assert!(hfrontier(na).iter().all(|&(i, _)| i == na.0));
    }

    #[test]
    fn objects_colours_and_periods(o in arb_object(), objs in arb_objects_set(), c in arb_colour(), n in arb_integer()) {
        prop_assert_eq!(color(&o).is_none(), o.is_empty());
        if let Some(k) = color(&o) {
            prop_assert!(palette(&o).contains(&k));
        }
        let _ = (mostcolor(&o), leastcolor(&o), numcolors(&o), colorcount(&o, c));
        prop_assert!(colorfilter(&objs, c).iter().all(|x| color(x) == Some(c)));
        prop_assert!(sizefilter(&objs, n).iter().all(|x| size(x) == n));
        let (hp, vp) = (hperiod(&o), vperiod(&o));
        if !o.is_empty() && width(&o) > 0 {
            prop_assert!(hp >= 1 && hp <= width(&o));
        }
        if !o.is_empty() && height(&o) > 0 {
            prop_assert!(vp >= 1 && vp <= height(&o));
        }
    }

    #[test]
    fn periods_as_arc_dsl(o in arb_near_object()) {
        prop_assert_eq!(hperiod(&o), naive_period(&o, true));
        prop_assert_eq!(vperiod(&o), naive_period(&o, false));
    }
}

#[test]
fn every_listed_primitive_is_called() {
    check_covered(include_str!("fuzz_patches.rs"), COVERED);
}

/// Found by fuzzing: the period of an object of two far-apart cells tried every number below
/// its width (two billion).
#[test]
fn period_of_far_apart_cells() {
    let o = Object::from([(1, (0, 0)), (1, (0, Integer::MAX - 1))]);
    assert_eq!(hperiod(&o), Integer::MAX - 1);
    assert_eq!(vperiod(&o), 1);
    let tall = Object::from([(1, (-5, 0)), (2, (1 << 30, 0))]);
    assert_eq!(vperiod(&tall), (1 << 30) + 6);
}

/// Found by fuzzing: the period of an object whose normalized coordinates wrap overflowed,
/// and so did `square` of a patch of far-apart locations.
#[test]
fn period_and_square_of_wrapping_coordinates() {
    let o = Object::from([(0, (0, Integer::MIN)), (0, (0, 2))]);
    let _ = (hperiod(&o), vperiod(dmirror(&o).unwrap()));
    assert!(!square(Indices::from([(Integer::MIN, Integer::MIN), (0, 0)])));
}
