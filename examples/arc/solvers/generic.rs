//! Solvers that read their transform or colours off the demonstration pairs.

use super::when;
use batt::prelude::*;

/// The grid transforms that geometric solvers try, in order.
pub const TRANSFORMS: [fn(&Grid) -> Grid; 7] = [
    |g| rot90(g),
    |g| rot180(g),
    |g| rot270(g),
    |g| hmirror(g),
    |g| vmirror(g),
    |g| dmirror(g),
    |g| cmirror(g),
];

twice! { solvers;
    /// The output is one fixed rotation or mirror of the input.
    @batt(strict)
    fn solve_geometry(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3.len() == x4.len())?;
        let x5 = TRANSFORMS.iter().find(|t| x1.iter().zip(&x2).all(|(i, o)| t(i) == *o))?;
        Some(x5(I))
    }

    /// The one colour of the inputs that no output has becomes the one colour of the
    /// outputs that no input has.
    @batt(strict)
    fn solve_recolor(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        let x5 = dedupe(&x3);
        let x6 = dedupe(&x4);
        let x7 = get_nth_t(difference_tuple(&x5, &x6), 0)?;
        let x8 = get_nth_t(difference_tuple(&x6, &x5), 0)?;
        let x9 = apply(|g: Grid| replace(&g, x7, x8), &x1)?;
        when(x9 == x2)?;
        replace(I, x7, x8)
    }

    /// A rotation or mirror, then the recolouring of [`solve_recolor`](fused::solve_recolor).
    @batt(strict)
    fn solve_geometry_recolor(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        let x5 = get_nth_t(difference_tuple(dedupe(&x3), dedupe(&x4)), 0)?;
        let x6 = get_nth_t(difference_tuple(dedupe(&x4), dedupe(&x3)), 0)?;
        let x7 = TRANSFORMS.iter().find(|t| {
            x1.iter().zip(&x2).all(|(i, o)| replace(t(i), x5, x6).as_ref() == Some(o))
        })?;
        replace(x7(I), x5, x6)
    }
}
