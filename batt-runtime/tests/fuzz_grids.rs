//! Fuzzing the grid primitives of the DSL (arc-dsl's grid family: colours, mirrors, crops,
//! scales, concatenation, splits, painting, objects of a grid): arbitrary grids (1x1 up to
//! 30x30, narrow ones up to 255 long, with -1 cells), rows that may be ragged, and arbitrary
//! integers, pairs and patches. No call panics; what comes back is a valid grid that agrees
//! with cheap invariants.

#![allow(
    clippy::needless_borrows_for_generic_args,
    reason = "arguments are passed as `&x`, as generated code does"
)]

mod fuzz_common;

use batt_runtime::MAX_SIDE;
use batt_runtime::prelude::*;
use fuzz_common::*;
use proptest::prelude::*;

/// The primitives this file fuzzes (`fuzz_coverage` checks that every DSL primitive is in
/// one such list, and that each listed name is called in its file).
const COVERED: &[&str] = &[
    "p_g",
    "replace",
    "switch",
    "hmirror",
    "vmirror",
    "dmirror",
    "cmirror",
    "rot90",
    "rot180",
    "rot270",
    "mostcolor",
    "leastcolor",
    "palette",
    "numcolors",
    "colorcount",
    "canvas",
    "crop",
    "subgrid",
    "upscale",
    "hupscale",
    "vupscale",
    "downscale",
    "hconcat",
    "vconcat",
    "tophalf",
    "bottomhalf",
    "lefthalf",
    "righthalf",
    "hsplit",
    "vsplit",
    "trim",
    "cellwise",
    "fill",
    "paint",
    "underfill",
    "underpaint",
    "cover",
    "move",
    "asindices",
    "asobject",
    "ofcolor",
    "index",
    "frontiers",
    "compress",
    "objects",
    "partition",
    "fgpartition",
    "toobject",
    "occurrences",
    "cell_integer",
    "height",
    "width",
    "shape",
    "portrait",
    "square",
];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn rotations_and_mirrors(g in arb_grid()) {
        check_grid(&g)?;
        let r1 = rot90(&g);
        check_grid(&r1)?;
        prop_assert_eq!(shape(&r1), (width(&g), height(&g)));
        prop_assert_eq!(rot90(rot90(rot90(&r1))), g.clone());
        prop_assert_eq!(rot180(&g), rot90(&r1));
        prop_assert_eq!(rot270(&g), rot90(rot90(&r1)));
        for m in [hmirror(&g), vmirror(&g), dmirror(&g), cmirror(&g)] {
            check_grid(&m)?;
        }
        prop_assert_eq!(hmirror(hmirror(&g)), g.clone());
        prop_assert_eq!(vmirror(vmirror(&g)), g.clone());
        prop_assert_eq!(dmirror(dmirror(&g)), g.clone());
        prop_assert_eq!(cmirror(cmirror(&g)), g.clone());
        prop_assert_eq!(portrait(&g), height(&g) > width(&g));
        prop_assert_eq!(square(&g), height(&g) == width(&g));
    }

    #[test]
    fn rows_as_grids(rows in arb_rows(), n in arb_small_integer()) {
        // Tuples of rows: ragged ones or ones holding a non-colour are no grid.
        let made = rot90(&rows);
        check_opt(&made)?;
        check_opt(&rot180(&rows))?;
        check_opt(&rot270(&rows))?;
        check_opt(&hmirror(&rows))?;
        check_opt(&vmirror(&rows))?;
        check_opt(&dmirror(&rows))?;
        check_opt(&cmirror(&rows))?;
        check_opt(&trim(&rows))?;
        check_opt(&hupscale(&rows, n))?;
        check_opt(&compress(&rows))?;
        let _ = (mostcolor(&rows), leastcolor(&rows), palette(&rows), numcolors(&rows));
        let _ = (asindices(&rows), asobject(&rows), frontiers(&rows), partition(&rows));
        let _ = (height(&rows), width(&rows), shape(&rows), portrait(&rows));
        let ragged = rows.iter().any(|r| r.len() != rows[0].len());
        if ragged {
            prop_assert!(made.is_none());
        }
    }

    #[test]
    fn colours(g in arb_grid(), c in arb_colour(), d in arb_colour()) {
        let cells = colours_of(&g);
        let pal = palette(&g);
        let codes: Vec<Integer> = p_g(&g).into_iter().map(cell_integer).collect();
        prop_assert_eq!(codes, pal.iter().copied().collect::<Vec<_>>());
        prop_assert!(!pal.is_empty());
        prop_assert_eq!(numcolors(&g), size(&pal));
        let most = mostcolor(&g);
        let least = leastcolor(&g);
        prop_assert!(most.is_some_and(|m| pal.contains(&m)));
        prop_assert!(least.is_some_and(|l| pal.contains(&l)));
        let total: Integer = pal.iter().map(|&p| colorcount(&g, p)).sum();
        prop_assert_eq!(total as usize, cells.len());
        let count = colorcount(&g, c);
        prop_assert_eq!(count as usize, cells.iter().filter(|&&x| x == c).count());
        let replaced = replace(&g, c, d);
        check_opt(&replaced)?;
        if replaced.is_some() && c != d && (-1..=9).contains(&c) {
            prop_assert_eq!(colorcount(replaced.as_ref().unwrap(), c), 0);
        }
        if (-1..=9).contains(&c) {
            prop_assert_eq!(replace(&g, c, c), Some(g.clone()));
        }
        let switched = switch(&g, c, d);
        check_opt(&switched)?;
        if let Some(s) = &switched {
            prop_assert_eq!(switch(s, c, d), Some(g.clone()));
        }
        prop_assert!(cells.iter().all(|x| (-1..=9).contains(x)));
        prop_assert_eq!(cell_integer(batt_runtime::grid::NEG_ONE_CELL), -1);
        let _ = cell_integer(c as u8);
    }

    #[test]
    fn canvas_and_crop(g in arb_grid(), c in arb_colour(), dims in arb_pair(), start in arb_pair()) {
        let made = canvas(c, dims);
        check_opt(&made)?;
        if let Some(m) = &made {
            if !m.is_empty() {
                prop_assert_eq!(shape(m), dims);
                prop_assert_eq!(palette(m), IntegerSet::from([c]));
            }
        }
        let cropped = crop(&g, start, dims);
        check_opt(&cropped)?;
        if let Some(x) = &cropped {
            prop_assert!(height(x) <= height(&g) && width(x) <= width(&g));
        }
        let whole = crop(&g, (0, 0), shape(&g));
        prop_assert_eq!(whole.as_ref(), Some(&g));
    }

    #[test]
    fn scales(g in arb_grid(), n in arb_small_integer()) {
        let up = upscale(&g, n);
        check_opt(&up)?;
        let hup = hupscale(&g, n);
        check_opt(&hup)?;
        let vup = vupscale(&g, n);
        check_opt(&vup)?;
        let down = downscale(&g, n);
        check_opt(&down)?;
        if let Some(u) = &up {
            if n >= 1 {
                prop_assert_eq!(shape(u), (height(&g) * n, width(&g) * n));
                prop_assert_eq!(downscale(u, n), Some(g.clone()));
            }
        }
        if let (Some(h), true) = (&hup, n >= 1) {
            prop_assert_eq!(shape(h), (height(&g), width(&g) * n));
        }
        if let (Some(v), true) = (&vup, n >= 1) {
            prop_assert_eq!(shape(v), (height(&g) * n, width(&g)));
        }
    }

    #[test]
    fn concatenation_and_halves(a in arb_grid(), b in arb_grid()) {
        let h = hconcat(&a, &b);
        check_opt(&h)?;
        if let Some(h) = &h {
            // As many rows as the shorter has (arc-dsl zips the rows).
            prop_assert_eq!(height(h), height(&a).min(height(&b)));
            prop_assert_eq!(width(h), width(&a) + width(&b));
            if shape(&a) == shape(&b) {
                prop_assert_eq!(lefthalf(h), Some(a.clone()));
            }
        } else {
            prop_assert!(width(&a) + width(&b) > MAX_SIDE as Integer);
        }
        let v = vconcat(&a, &b);
        check_opt(&v)?;
        if let Some(v) = &v {
            prop_assert_eq!(height(v), height(&a) + height(&b));
        } else {
            prop_assert!(width(&a) != width(&b) || height(&a) + height(&b) > MAX_SIDE as Integer);
        }
        for half in [tophalf(&a), bottomhalf(&a)] {
            check_opt(&half)?;
            prop_assert_eq!(half.map(|x| height(&x)), Some(height(&a) / 2));
        }
        for half in [lefthalf(&a), righthalf(&a)] {
            check_opt(&half)?;
            prop_assert_eq!(half.map(|x| width(&x)), Some(width(&a) / 2));
        }
    }

    #[test]
    fn splits_trim_compress(g in arb_grid(), n in arb_small_integer()) {
        for (parts, side) in [(hsplit(&g, n), width(&g)), (vsplit(&g, n), height(&g))] {
            if let Some(parts) = parts {
                prop_assert_eq!(parts.len() as Integer, n.max(0));
                for p in &parts {
                    check_grid(p)?;
                    let s = if side == width(&g) { width(p) } else { height(p) };
                    prop_assert!(s <= side);
                }
            }
        }
        let t = trim(&g);
        check_opt(&t)?;
        if let Some(t) = &t {
            if !t.is_empty() {
                prop_assert_eq!(shape(t), (height(&g) - 2, width(&g) - 2));
            }
        }
        let c = compress(&g);
        check_opt(&c)?;
        if let Some(c) = &c {
            prop_assert!(height(c) <= height(&g) && width(c) <= width(&g));
        }
        for f in frontiers(&g).iter() {
            prop_assert_eq!(numcolors(f), 1);
        }
    }

    #[test]
    fn cellwise_and_painting(a in arb_grid(), b in arb_grid(), c in arb_colour(), p in arb_indices(), o in arb_object(), off in arb_pair()) {
        let same = cellwise(&a, &a, c);
        prop_assert_eq!(same.as_ref(), Some(&a));
        let mixed = cellwise(&a, &b, c);
        check_opt(&mixed)?;
        // arc-dsl reads `b` at each cell of `a`: a smaller `b` fails.
        if height(&b) < height(&a) || width(&b) < width(&a) {
            prop_assert!(mixed.is_none());
        }
        let filled = fill(&a, c, &p);
        check_opt(&filled)?;
        if let Some(f) = &filled {
            prop_assert_eq!(shape(f), shape(&a));
            for &loc in p.iter() {
                if let Some(v) = index(f, loc) {
                    prop_assert_eq!(v, c);
                }
            }
        }
        check_opt(&underfill(&a, c, &p))?;
        let painted = paint(&a, &o);
        check_opt(&painted)?;
        check_opt(&underpaint(&a, &o))?;
        let covered = cover(&a, &p);
        check_grid(&covered)?;
        prop_assert_eq!(shape(&covered), shape(&a));
        let moved = r#move(&a, &o, off);
        check_opt(&moved)?;
        check_opt(&subgrid(&p, &a))?;
        check_opt(&subgrid(&o, &a))?;
    }

    #[test]
    fn indices_and_objects_of_grids(g in arb_grid(), c in arb_colour(), loc in arb_pair(), flags in any::<(bool, bool, bool)>()) {
        let n = g.len() as Integer;
        prop_assert_eq!(size(asindices(&g)), n);
        let whole = asobject(&g);
        prop_assert_eq!(size(&whole), n);
        let of = ofcolor(&g, c);
        prop_assert_eq!(size(&of), colorcount(&g, c));
        match index(&g, loc) {
            Some(v) => prop_assert!(whole.contains(&(v, loc))),
            None => prop_assert!(!asindices(&g).contains(&loc)),
        }
        let (univalued, diagonal, without_bg) = flags;
        let objs = objects(&g, univalued, diagonal, without_bg);
        let cells: Integer = objs.iter().map(size).sum();
        prop_assert!(cells <= n);
        for obj in objs.iter() {
            prop_assert!(obj.iter().all(|cell| whole.contains(cell)));
            if univalued {
                prop_assert_eq!(numcolors(obj), 1);
            }
        }
        if !without_bg {
            prop_assert_eq!(cells, n);
        }
        let parts = partition(&g);
        prop_assert_eq!(parts.iter().map(size).sum::<Integer>(), n);
        prop_assert_eq!(size(&parts), numcolors(&g));
        let fg = fgpartition(&g);
        prop_assert_eq!(fg.iter().map(size).sum::<Integer>(), n - colorcount(&g, mostcolor(&g).unwrap()));
    }

    #[test]
    fn toobject_and_occurrences(g in arb_small_grid(), p in arb_indices(), start in (0..8i32, 0..8i32), dims in (1..4i32, 1..4i32)) {
        let obj = toobject(&p, &g);
        let whole = asobject(&g);
        prop_assert!(obj.iter().all(|cell| whole.contains(cell)));
        // A piece of the grid occurs where it was cut.
        let (i0, j0) = start;
        let (h, w) = dims;
        let cut: Indices = asindices(&g)
            .iter()
            .copied()
            .filter(|&(i, j)| i >= i0 && i < i0 + h && j >= j0 && j < j0 + w)
            .collect();
        let piece = toobject(&cut, &g);
        let found = occurrences(&g, normalize(&piece));
        if let Some(corner) = ulcorner(&piece) {
            prop_assert!(found.contains(&corner));
        }
        let _ = occurrences(&g, Object::empty());
    }

    #[test]
    fn objects_anywhere(g in arb_grid(), o in arb_object()) {
        let found = occurrences(&g, &o);
        prop_assert!(found.iter().all(|&(i, j)| i >= 0 && j >= 0));
        let _ = toobject(&o, &g);
    }
}

#[test]
fn every_listed_primitive_is_called() {
    check_covered(include_str!("fuzz_grids.rs"), COVERED);
}

/// Found by fuzzing: the shape of a patch of far-apart locations overflowed `i32`.
#[test]
fn subgrid_of_far_apart_locations() {
    let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
    let far = Indices::from([(Integer::MIN, 0), (Integer::MAX, 1)]);
    assert_eq!(subgrid(&far, &g), Some(g.clone()));
    let wide = Indices::from([(1, Integer::MIN), (1, Integer::MAX)]);
    assert_eq!(subgrid(&wide, &g).map(|s| s.to_rows()), Some(vec![vec![3, 4]]));
}

/// Found by fuzzing: an object of far-apart cells overflowed `i32` in `occurrences`.
#[test]
fn occurrences_of_far_apart_cells() {
    let g = Grid::from_rows(&[[1, 2], [3, 4]]).unwrap();
    let far = Object::from([(1, (Integer::MIN, 0)), (4, (Integer::MAX, 1))]);
    assert_eq!(occurrences(&g, &far), Indices::empty());
    let fits = Object::from([(3, (7, 7)), (4, (7, 8))]);
    assert_eq!(occurrences(&g, &fits), Indices::from([(1, 0)]));
}
