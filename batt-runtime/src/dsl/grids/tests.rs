//! Tests of the grid primitives.

use crate::dsl::*;
use crate::grid::*;
use crate::scan::cells::histogram;

fn g(rows: &[&[Color]]) -> Grid {
    Grid::from_rows(rows).unwrap()
}

#[test]
fn counting_and_palettes_match_a_naive_count() {
    let mut x = 0x9e37_79b9_u32;
    for (h, w) in [(1, 1), (1, 3), (3, 5), (7, 7), (30, 30), (13, 29)] {
        // Colours from 0, or from -1 (the cell code 10) as arc-dsl's grids may hold it.
        for (colours, low) in [(1u32, 0), (2, 0), (4, 0), (10, 0), (1, -1), (2, -1), (11, -1)] {
            let values: Vec<Integer> = (0..h * w)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    (x % colours) as Integer + low
                })
                .collect();
            let cells: Vec<Color> = values.iter().map(|&v| as_cell_color(v).unwrap()).collect();
            let grid = Grid::new_unchecked(h, w, cells.clone().into());
            if low == 0 {
                assert_eq!(Grid::from_cells(h, w, cells.clone()), Ok(grid.clone()));
            }
            // Counts by colour `v`, at `v + 1`.
            let mut counts = [0usize; 11];
            values.iter().for_each(|&v| counts[(v + 1) as usize] += 1);
            let count = |v: Integer| counts[(v + 1) as usize];
            let present: Vec<Integer> = (-1..=9).filter(|&v| count(v) > 0).collect();
            let by_code: [usize; 11] = std::array::from_fn(|c| count(cell_integer(c as Color)));
            assert_eq!(histogram(&cells), by_code);
            assert_eq!(palette(&grid), IntegerSet::from_sorted(present.clone()));
            assert_eq!(numcolors(&grid), present.len() as Integer);
            assert_eq!(p_g(&grid).into_iter().map(cell_integer).collect::<Vec<_>>(), present);
            for v in -2..=10 {
                let n = if (-1..=9).contains(&v) { count(v) } else { 0 };
                assert_eq!(colorcount(&grid, v), n as Integer);
                let locs: Vec<IntegerTuple> = (0..h * w)
                    .filter(|&k| values[k] == v)
                    .map(|k| ((k / w) as Integer, (k % w) as Integer))
                    .collect();
                assert_eq!(ofcolor(&grid, v), Indices::from_sorted(locs));
            }
            // Ties as arc-dsl's Python breaks them: 0, 1, ..., 9, then -1.
            let order = || (0..=9).chain([-1]).filter(|&v| count(v) > 0);
            let most = order().map(count).max().unwrap();
            assert_eq!(mostcolor(&grid), order().find(|&v| count(v) == most));
            assert_eq!(cell_integer(background(&grid)), mostcolor(&grid).unwrap());
            let least = order().map(count).min().unwrap();
            assert_eq!(leastcolor(&grid), order().find(|&v| count(v) == least));
        }
    }
}

#[test]
fn object_colour_counts_match_a_tuple_of_their_colours() {
    // An object's counts come from its runs of one colour; a tuple of rows holding the
    // same colours counts them the plain way.
    let mut x = 0x1234_5678_u32;
    for colours in [1u32, 2, 3, 5] {
        for len in [0u32, 1, 2, 6, 40] {
            let object: Object = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    (x % colours) as Integer - 1
                })
                .enumerate()
                .map(|(k, c)| (c, (k as Integer, 0)))
                .collect();
            let row: Vec<Vec<Integer>> = vec![object.iter().map(|&(c, _)| c).collect()];
            assert_eq!(mostcolor(&object), mostcolor(&row), "{object:?}");
            assert_eq!(leastcolor(&object), leastcolor(&row), "{object:?}");
            assert_eq!(palette(&object), palette(&row), "{object:?}");
            for v in -2..5 {
                assert_eq!(colorcount(&object, v), colorcount(&row, v), "{object:?} {v}");
            }
        }
    }
}

#[test]
fn geometry_on_a_non_square_grid() {
    let x = g(&[&[1, 2, 3], &[4, 5, 6]]);
    assert_eq!(hmirror(&x), g(&[&[4, 5, 6], &[1, 2, 3]]));
    assert_eq!(vmirror(&x), g(&[&[3, 2, 1], &[6, 5, 4]]));
    assert_eq!(dmirror(&x), g(&[&[1, 4], &[2, 5], &[3, 6]]));
    assert_eq!(cmirror(&x), g(&[&[6, 3], &[5, 2], &[4, 1]]));
    assert_eq!(rot90(&x), g(&[&[4, 1], &[5, 2], &[6, 3]]));
    assert_eq!(rot180(&x), g(&[&[6, 5, 4], &[3, 2, 1]]));
    assert_eq!(rot270(&x), g(&[&[3, 6], &[2, 5], &[1, 4]]));
}

#[test]
fn compositions_agree() {
    let x = g(&[&[1, 2, 3, 0], &[4, 5, 6, 9], &[7, 8, 9, 1]]);
    assert_eq!(rot90(&rot90(&x)), rot180(&x));
    assert_eq!(rot90(&rot180(&x)), rot270(&x));
    assert_eq!(rot180(&x), hmirror(&vmirror(&x)));
    assert_eq!(dmirror(&dmirror(&x)), x);
    assert_eq!(cmirror(&x), rot180(&dmirror(&x)));
}

#[test]
fn replace_only_touches_the_colour() {
    let x = g(&[&[1, 2], &[2, 1]]);
    assert_eq!(replace(&x, 2, 7), Some(g(&[&[1, 7], &[7, 1]])));
    assert_eq!(replace(&x, 5, 7), Some(x.clone()));
    assert_eq!(replace(&x, 1, 10), None);
    assert_eq!(replace(&x, -1, 3), Some(x.clone()));
}

#[test]
fn patch_mirrors_stay_in_their_box() {
    let o: Object = [(1, (2, 3)), (2, (2, 4)), (3, (3, 3))].into();
    assert_eq!(hmirror(&o), Some(Object::from([(1, (3, 3)), (2, (3, 4)), (3, (2, 3))])));
    assert_eq!(vmirror(&o), Some(Object::from([(1, (2, 4)), (2, (2, 3)), (3, (3, 4))])));
    assert_eq!(dmirror(&o), Some(Object::from([(1, (2, 3)), (2, (3, 3)), (3, (2, 4))])));
    let i: Indices = [(0, 0), (0, 1), (1, 0)].into();
    assert_eq!(cmirror(&i), Some(Indices::from([(0, 1), (1, 0), (1, 1)])));
    assert_eq!(hmirror(&Indices::empty()), None);
}

#[test]
fn crop_follows_python_slicing() {
    let x = g(&[&[1, 2, 3], &[4, 5, 6], &[7, 8, 9]]);
    assert_eq!(crop(&x, (1, 1), (1, 1)), Some(g(&[&[5]])));
    // Python: grid[-1:0] is empty, grid[-3:-1] is rows 0 and 1.
    assert!(crop(&x, (-1, 0), (1, 2)).unwrap().is_empty());
    assert_eq!(crop(&x, (-3, 0), (2, 1)), Some(g(&[&[1], &[4]])));
    assert_eq!(crop(&x, (0, 0), (0, 2)).map(|e| e.shape()), Some((0, 2)));
    assert_eq!(crop(&x, (2, 2), (9, 9)), Some(g(&[&[9]])));
}

#[test]
fn splits_skip_the_middle_line() {
    let x = g(&[&[1, 2, 0, 3, 4]]);
    let parts = hsplit(&x, 2).unwrap();
    assert_eq!(parts, vec![g(&[&[1, 2]]), g(&[&[3, 4]])]);
    assert!(hsplit(&x, 6).unwrap().iter().all(|p| p.shape() == (1, 0)));
    // Seven columns in three parts: the leftover columns push the last part off the edge,
    // where Python's slicing clips it.
    let seven = g(&[&[1, 2, 0, 3, 4, 0, 5]]);
    assert_eq!(hsplit(&seven, 3).unwrap(), vec![g(&[&[1, 2]]), g(&[&[3, 4]]), g(&[&[5]])]);
    assert_eq!(hsplit(g(&[&[1, 2, 3, 4, 5]]), 4).unwrap()[3].shape(), (1, 0));
    let y = g(&[&[1], &[2], &[3], &[4]]);
    assert_eq!(vsplit(&y, 2).unwrap(), vec![g(&[&[1], &[2]]), g(&[&[3], &[4]])]);
    assert_eq!(vsplit(&y, 0), None);
}

#[test]
fn halves_and_concats_round_trip() {
    let x = g(&[&[1, 2], &[3, 4], &[5, 6], &[7, 8]]);
    let top = tophalf(&x).unwrap();
    let bottom = bottomhalf(&x).unwrap();
    assert_eq!(vconcat(&top, &bottom), Some(x.clone()));
    let left = lefthalf(&x).unwrap();
    let right = righthalf(&x).unwrap();
    assert_eq!(hconcat(&left, &right), Some(x.clone()));
    assert_eq!(vconcat(&x, &left), None);
    assert!(tophalf(g(&[&[1]])).unwrap().is_empty());
}

#[test]
fn scaling() {
    let x = g(&[&[1, 2], &[3, 4]]);
    let up = upscale(&x, 3).unwrap();
    assert_eq!(up.shape(), (6, 6));
    assert_eq!(downscale(&up, 3), Some(x.clone()));
    assert_eq!(upscale(&x, 0), None);
    assert_eq!(upscale(&x, 200), None);
    assert_eq!(hupscale(&x, 2), Some(g(&[&[1, 1, 2, 2], &[3, 3, 4, 4]])));
    assert_eq!(vupscale(&x, 2), Some(g(&[&[1, 2], &[1, 2], &[3, 4], &[3, 4]])));
    let o: Object = [(1, (1, 1)), (2, (1, 2))].into();
    assert_eq!(size(upscale(&o, 2).unwrap()), 8);
    assert_eq!(ulcorner(upscale(&o, 2).unwrap()), Some((1, 1)));
    assert_eq!(upscale(&o, Integer::MAX), None);
    assert_eq!(upscale(&x, Integer::MAX), None);
    assert_eq!(hupscale(&x, Integer::MAX), None);
    assert_eq!(vupscale(&x, 128), None);
    assert_eq!(canvas(0, (Integer::MAX, Integer::MAX)), None);
}

#[test]
fn painting_clips_and_checks_colours() {
    let x = g(&[&[0, 0], &[0, 1]]);
    let o: Object = [(3, (0, 0)), (4, (-1, 0)), (5, (1, 1))].into();
    assert_eq!(paint(&x, &o), Some(g(&[&[3, 0], &[0, 5]])));
    assert_eq!(underpaint(&x, &o), Some(g(&[&[3, 0], &[0, 1]])));
    assert_eq!(fill(&x, 10, Indices::from([(0, 0)])), None);
    assert_eq!(fill(&x, 10, Indices::from([(9, 9)])), Some(x.clone()));
    assert_eq!(paint(&x, Object::from([(12, (0, 0))])), None);
    assert_eq!(cover(&x, Indices::from([(1, 1)])), g(&[&[0, 0], &[0, 0]]));
    assert_eq!(r#move(&x, Object::from([(1, (1, 1))]), UP), Some(g(&[&[0, 1], &[0, 0]])));
    assert_eq!(switch(&x, 0, 1), Some(g(&[&[1, 1], &[1, 0]])));
    assert_eq!(cellwise(&x, g(&[&[0, 0], &[0, 0]]), 7), Some(g(&[&[0, 0], &[0, 7]])));
    assert_eq!(cellwise(&x, g(&[&[0]]), 7), None);
}

#[test]
fn colours_of_grids_and_objects() {
    let x = g(&[&[2, 2, 1], &[1, 3, 0]]);
    assert_eq!(mostcolor(&x), Some(1));
    assert_eq!(leastcolor(&x), Some(0));
    assert_eq!(palette(&x), IntegerSet::from([0, 1, 2, 3]));
    assert_eq!(colorcount(&x, 2u8), 2);
    let o: Object = [(7, (0, 0)), (7, (0, 1)), (8, (5, 5))].into();
    assert_eq!((mostcolor(&o), leastcolor(&o), numcolors(&o)), (Some(7), Some(8), 2));
    assert_eq!(index(&x, (1, 2)), Some(0));
    assert_eq!(index(&x, (-1, 0)), None);
    assert_eq!(ofcolor(&x, 11), Indices::empty());
    assert_eq!(size(asindices(&x)), 6);
    assert_eq!(canvas(10, (1, 1)), None);
}

#[test]
fn object_upscale_matches_cell_by_cell_blocks() {
    let grid = g(&[&[1, 2, 0, 3], &[2, 2, 0, 3], &[0, 1, 1, 1]]);
    let objs = crate::dsl::objects(&grid, false, true, false);
    let mixed: Object = [(5, (-1, 4)), (1, (0, 0)), (5, (2, 1)), (1, (2, 2))].into();
    for o in objs.iter().chain([&mixed, &Object::empty()]) {
        for f in [0, 1, 2, 3] {
            let Some((a, b)) = o.locs().reduce(|(a, b), (i, j)| (a.min(i), b.min(j))) else {
                assert_eq!(upscale(o, f), Some(Object::empty()));
                continue;
            };
            let mut naive = Vec::new();
            for &(v, (i, j)) in o.iter() {
                for io in 0..f {
                    for jo in 0..f {
                        naive.push((v, ((i - a) * f + io + a, (j - b) * f + jo + b)));
                    }
                }
            }
            assert_eq!(upscale(o, f), Some(FrozenSet::new(naive)), "{o:?} {f}");
        }
    }
}

#[test]
fn writes_that_change_nothing_share_the_grid() {
    let x = g(&[&[0, 0], &[0, 1]]);
    let same = |y: Option<Grid>| y.is_some_and(|y| y == x && y.shares_cells_with(&x));
    assert!(same(fill(&x, 0, Indices::from([(0, 0), (5, 5)]))));
    assert!(same(fill(&x, 3, Indices::empty())));
    assert!(same(paint(&x, Object::from([(1, (1, 1)), (0, (0, 1))]))));
    assert!(same(underfill(&x, 4, Indices::from([(1, 1)]))));
    assert!(same(replace(&x, 7, 3)));
    assert!(same(replace(&x, 1, 1)));
    assert!(same(switch(&x, 5, 6)));
    // A change after unchanged cells still writes every cell.
    let y = paint(&x, Object::from([(0, (0, 0)), (2, (0, 1)), (3, (1, 1))])).unwrap();
    assert_eq!(y, g(&[&[0, 2], &[0, 3]]));
    assert!(!y.shares_cells_with(&x));
    assert_eq!(fill(&x, 1, Indices::from([(0, 0), (1, 1), (1, 0)])), Some(g(&[&[1, 0], &[1, 1]])));
    assert_eq!(
        underpaint(&x, Object::from([(1, (0, 0)), (12, (1, 1))])),
        Some(g(&[&[1, 0], &[0, 1]]))
    );
    assert_eq!(paint(&x, Object::from([(0, (0, 0)), (12, (1, 1))])), None);
}

#[test]
fn writes_and_switches_check_colours_where_they_write() {
    let x = g(&[&[0, 0], &[0, 1]]);
    // The background is 0: only its cells would take the non-colour.
    assert_eq!(underfill(&x, 10, Indices::from([(1, 1)])), Some(x.clone()));
    assert_eq!(underfill(&x, 10, Indices::from([(0, 1)])), None);
    assert_eq!(underfill(&x, 3, Indices::from([(0, 1), (1, 1)])), Some(g(&[&[0, 3], &[0, 1]])));
    assert_eq!(switch(&x, 1, 12), None);
    assert_eq!(switch(&x, 5, 12), Some(x.clone()));
    assert_eq!(switch(&x, 12, 1), None);
    assert_eq!(switch(&x, 1, 1), Some(x.clone()));
    assert_eq!(replace(&x, 0, 0), Some(x.clone()));
}

#[test]
fn built_grids_match_naive_rows() {
    let x = g(&[
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 0],
        &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        &[5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
    ]);
    let rows = x.to_rows();
    let (h, w) = (rows.len(), rows[0].len());
    let t: Vec<Vec<Color>> = (0..w).map(|j| (0..h).map(|i| rows[i][j]).collect()).collect();
    assert_eq!(dmirror(&x).to_rows(), t);
    let rev: Vec<Vec<Color>> = rows.iter().map(|r| r.iter().rev().copied().collect()).collect();
    assert_eq!(vmirror(&x).to_rows(), rev);
    let up = upscale(&x, 3).unwrap().to_rows();
    assert_eq!((up.len(), up[0].len()), (3 * h, 3 * w));
    assert!((0..3 * h).all(|i| (0..3 * w).all(|j| up[i][j] == rows[i / 3][j / 3])));
    let hu = hupscale(&x, 2).unwrap().to_rows();
    assert!((0..h).all(|i| (0..2 * w).all(|j| hu[i][j] == rows[i][j / 2])));
    assert_eq!(downscale(upscale(&x, 2).unwrap(), 2), Some(x.clone()));
    assert_eq!(
        crop(&x, (1, 2), (2, 5)).unwrap().to_rows(),
        vec![rows[1][2..7].to_vec(), rows[2][2..7].to_vec()]
    );
    assert_eq!(crop(&x, (0, 0), (2, 10)).unwrap().to_rows(), rows[..2].to_vec());
    let y = replace(&x, 5, 7).unwrap();
    let cw: Vec<Vec<Color>> =
        rows.iter().map(|r| r.iter().map(|&c| if c == 5 { 5 } else { c }).collect()).collect();
    assert_eq!(cellwise(&x, &x, 0).unwrap().to_rows(), cw);
    assert_eq!(cellwise(&x, &y, 4).unwrap().row(2), &[4; 10]);
    assert_eq!(hconcat(&x, &y).unwrap().row(2)[8..12], [5, 5, 7, 7]);
    assert_eq!(vconcat(&x, &y).unwrap().row(5), &[7; 10]);
}

#[test]
fn trim_and_compress() {
    assert!(trim(g(&[&[1, 1], &[1, 1]])).unwrap().is_empty());
    let x = g(&[&[5, 5, 5, 5], &[1, 5, 2, 3], &[4, 5, 6, 7]]);
    assert_eq!(trim(&x), Some(g(&[&[5, 2]])));
    assert_eq!(compress(&x), Some(g(&[&[1, 2, 3], &[4, 6, 7]])));
    assert_eq!(size(frontiers(&x)), 2);
}
