//! One solver per ARC-AGI-1 training task, after arc-dsl's `solvers.py` (written again in
//! Rust; a few differ where this DSL's types ask for it). Each opens with the sample pattern
//! (`x3`, `x4`: each input's and each output's palette, one after the other) and uses it to
//! refuse tasks it cannot fit: one whose outputs do not show the colour it writes, or whose
//! palettes its transform could not give (a rotation keeps each grid's palette, `x3 == x4`;
//! a cut-out has no more colours than its input). `tests/arc_solvers.rs`
//! checks each on its task's train and test pairs.

use super::{when, writes};
use batt::prelude::*;

twice! { solvers;
    /// Mirror left to right.
    @batt(strict)
    fn solve_67a3c6ac(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        Some(vmirror(I))
    }

    /// Mirror top to bottom.
    @batt(strict)
    fn solve_68b16354(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        Some(hmirror(I))
    }

    /// Transpose.
    @batt(strict)
    fn solve_74dd1130(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        Some(dmirror(I))
    }

    /// Turn by half a turn.
    @batt(strict)
    fn solve_3c9b0459(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        Some(rot180(I))
    }

    /// Turn by half a turn.
    @batt(strict)
    fn solve_6150a2bd(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        Some(rot180(I))
    }

    /// Transpose.
    @batt(strict)
    fn solve_9dfd6313(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        Some(dmirror(I))
    }

    /// Turn a quarter anticlockwise.
    @batt(strict)
    fn solve_ed36ccf7(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        Some(rot270(I))
    }

    /// Each cell becomes a 3x3 block.
    @batt(strict)
    fn solve_9172f3a0(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        upscale(I, THREE)
    }

    /// Each cell becomes a 2x2 block.
    @batt(strict)
    fn solve_c59eb873(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        upscale(I, TWO)
    }

    /// The input twice, side by side.
    @batt(strict)
    fn solve_a416b8f3(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        hconcat(I, I)
    }

    /// 6 becomes 2.
    @batt(strict)
    fn solve_b1948b0a(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, TWO))?;
        replace(I, SIX, TWO)
    }

    /// 7 becomes 5.
    @batt(strict)
    fn solve_c8f0f002(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, FIVE))?;
        replace(I, SEVEN, FIVE)
    }

    /// Four pairs of colours swap.
    @batt(strict)
    fn solve_0d3d703e(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3.len() == x4.len())?;
        let x5 = switch(I, THREE, FOUR)?;
        let x6 = switch(&x5, EIGHT, NINE)?;
        let x7 = switch(&x6, TWO, SIX)?;
        switch(&x7, ONE, FIVE)
    }

    /// The upper left 2x2 corner.
    @batt(strict)
    fn solve_d10ecb37(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        crop(I, ORIGIN, TWO_BY_TWO)
    }

    /// The input under its mirror image.
    @batt(strict)
    fn solve_4c4377d9(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        vconcat(hmirror(I), I)
    }

    /// The input beside its mirror image.
    @batt(strict)
    fn solve_6d0aefbc(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        hconcat(I, vmirror(I))
    }

    /// The input over its mirror image.
    @batt(strict)
    fn solve_6fa7a44f(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        vconcat(I, hmirror(I))
    }

    /// The input over its mirror image.
    @batt(strict)
    fn solve_8be77c9e(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        vconcat(I, hmirror(I))
    }

    /// The input beside its mirror image.
    @batt(strict)
    fn solve_c9e6f938(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        hconcat(I, vmirror(I))
    }

    /// Four mirror images in a 2x2 block.
    @batt(strict)
    fn solve_3af2c5a8(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = hconcat(I, vmirror(I))?;
        vconcat(&x5, hmirror(&x5))
    }

    /// Four mirror images in a 2x2 block.
    @batt(strict)
    fn solve_62c24649(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = hconcat(I, vmirror(I))?;
        vconcat(&x5, hmirror(&x5))
    }

    /// Four mirror images in a 2x2 block.
    @batt(strict)
    fn solve_67e8384a(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = hconcat(I, vmirror(I))?;
        vconcat(&x5, hmirror(&x5))
    }

    /// The four rotations in a 2x2 block.
    @batt(strict)
    fn solve_7fe24cdd(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = hconcat(I, rot90(I))?;
        let x6 = hconcat(rot270(I), rot180(I))?;
        vconcat(&x5, &x6)
    }

    /// The four rotations in a 2x2 block.
    @batt(strict)
    fn solve_46442a0e(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = hconcat(I, rot90(I))?;
        let x6 = hconcat(rot270(I), rot180(I))?;
        vconcat(&x5, &x6)
    }

    /// Noise (5) removed, then each 3x3 block becomes one cell.
    @batt(strict)
    fn solve_5614dbcf(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = replace(I, FIVE, ZERO)?;
        downscale(&x5, THREE)
    }

    /// The 3x3 window at the top right.
    @batt(strict)
    fn solve_5bd6f4ac(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        crop(I, tojvec(SIX), THREE_BY_THREE)
    }

    /// A 3x3 grid of the most common colour.
    @batt(strict)
    fn solve_5582e5ca(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() == x2.len() && x4.len() < x3.len())?;
        canvas(mostcolor(I)?, THREE_BY_THREE)
    }

    /// The first of three repeats, left to right.
    @batt(strict)
    fn solve_2dee498d(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        first(hsplit(I, THREE)?)
    }

    /// The one object, cut out.
    @batt(strict)
    fn solve_1cf80156(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = objects(I, T, T, T);
        let x6 = first(&x5)?;
        subgrid(&x6, I)
    }

    /// The largest object, cut out.
    @batt(strict)
    fn solve_1f85a75f(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = objects(I, T, T, T);
        let x6 = argmax(&x5, size)?;
        subgrid(&x6, I)
    }

    /// The largest object, cut out.
    @batt(strict)
    fn solve_be94b721(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = objects(I, T, F, T);
        let x6 = argmax(&x5, size)?;
        subgrid(&x6, I)
    }

    /// The smallest colour region, cut out.
    @batt(strict)
    fn solve_0b148d64(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = partition(I);
        let x6 = argmin(&x5, size)?;
        subgrid(&x6, I)
    }

    /// The frame of the rarest colour, with what it holds.
    @batt(strict)
    fn solve_c909285e(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = leastcolor(I)?;
        let x6 = ofcolor(I, x5);
        subgrid(&x6, I)
    }

    /// The hole (0), filled from the mirror image.
    @batt(strict)
    fn solve_9ecd008a(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = vmirror(I);
        let x6 = ofcolor(I, ZERO);
        subgrid(&x6, &x5)
    }

    /// Scaled by the number of coloured cells.
    @batt(strict)
    fn solve_ac0a08a4(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = colorcount(I, ZERO);
        let x6 = subtract(NINE, x5);
        upscale(I, x6)
    }

    /// Scaled by the number of colours but one.
    @batt(strict)
    fn solve_b91ae062(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = numcolors(I);
        let x6 = decrement(x5);
        upscale(I, x6)
    }

    /// The lower half mirrored onto the upper half.
    @batt(strict)
    fn solve_f25ffba3(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = bottomhalf(I)?;
        let x6 = hmirror(&x5);
        vconcat(&x6, &x5)
    }

    /// Empty rows and columns become 2.
    @batt(strict)
    fn solve_c1d99e64(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, TWO))?;
        let x5 = frontiers(I);
        let x6 = merge(&x5);
        fill(I, TWO, &x6)
    }

    /// Inside the box of the 8s, the other cells become 3.
    @batt(strict)
    fn solve_32597951(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, THREE))?;
        let x5 = ofcolor(I, EIGHT);
        let x6 = delta(&x5);
        fill(I, THREE, &x6)
    }

    /// The missing corner of each L becomes 1.
    @batt(strict)
    fn solve_3aa6fb7a(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, ONE))?;
        let x5 = objects(I, T, F, T);
        let x6 = mapply(corners, &x5)?;
        underfill(I, ONE, &x6)
    }

    /// Each 5 gets a ring of 1s.
    @batt(strict)
    fn solve_4258a5f9(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, ONE))?;
        let x5 = ofcolor(I, FIVE);
        let x6 = mapply(neighbors, &x5);
        fill(I, ONE, &x6)
    }

    /// The gaps in each object's box become 7.
    @batt(strict)
    fn solve_60b61512(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, SEVEN))?;
        let x5 = objects(I, T, T, T);
        let x6 = mapply(delta, &x5);
        fill(I, SEVEN, &x6)
    }

    /// Pairs get a frame of 3s.
    @batt(strict)
    fn solve_b27ca6d3(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, THREE))?;
        let x5 = objects(I, T, F, T);
        let x6 = sizefilter(&x5, TWO);
        let x7 = mapply(outbox, &x6)?;
        fill(I, THREE, &x7)
    }

    /// The 2s get a frame of 1s.
    @batt(strict)
    fn solve_dc1df850(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, ONE))?;
        let x5 = objects(I, T, F, T);
        let x6 = colorfilter(&x5, TWO);
        let x7 = mapply(outbox, &x6)?;
        fill(I, ONE, &x7)
    }

    /// Each dot grows into a 3x3 block of 1s.
    @batt(strict)
    fn solve_ce22a75a(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, ONE))?;
        let x5 = objects(I, T, F, T);
        let x6 = apply(outbox, &x5)?;
        let x7 = mapply(backdrop, &x6);
        fill(I, ONE, &x7)
    }

    /// The inside of each rectangle becomes 8.
    @batt(strict)
    fn solve_50cb2852(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, EIGHT))?;
        let x5 = objects(I, T, F, T);
        let x6 = mapply(|o: Object| inbox(o).map(backdrop), &x5)?;
        fill(I, EIGHT, &x6)
    }

    /// Rectangles are hollowed out.
    @batt(strict)
    fn solve_4347f46a(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, ZERO))?;
        let x5 = objects(I, T, F, T);
        let x6 = mapply(|o: Object| difference(toindices(&o), r#box(&o)), &x5);
        fill(I, ZERO, &x6)
    }

    /// Enclosed background regions become 4.
    @batt(strict)
    fn solve_00d62c1b(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, FOUR))?;
        let x5 = objects(I, T, F, F);
        let x6 = colorfilter(&x5, ZERO);
        let x7 = mfilter(&x6, |o: Object| bordering(&o, I).map(|b| !b))?;
        fill(I, FOUR, &x7)
    }

    /// Enclosed background regions become 1.
    @batt(strict)
    fn solve_a5313dff(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, ONE))?;
        let x5 = objects(I, T, F, F);
        let x6 = colorfilter(&x5, ZERO);
        let x7 = mfilter(&x6, |o: Object| bordering(&o, I).map(|b| !b))?;
        fill(I, ONE, &x7)
    }

    /// The one object, cut out and shown twice.
    @batt(strict)
    fn solve_28bf18c6(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = objects(I, T, T, T);
        let x6 = first(&x5)?;
        let x7 = subgrid(&x6, I)?;
        hconcat(&x7, &x7)
    }

    /// The one object, cut out and mirrored.
    @batt(strict)
    fn solve_7468f01a(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = objects(I, F, T, T);
        let x6 = first(&x5)?;
        let x7 = subgrid(&x6, I)?;
        Some(vmirror(&x7))
    }

    /// The one object, cut out and doubled in scale.
    @batt(strict)
    fn solve_f25fbde4(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = objects(I, T, T, T);
        let x6 = first(&x5)?;
        let x7 = subgrid(&x6, I)?;
        upscale(&x7, TWO)
    }

    /// Each pair of same-coloured dots spans a filled rectangle.
    @batt(strict)
    fn solve_56ff96f3(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = fgpartition(I);
        let x6 = mapply(|o: Object| Some(recolor(color(&o)?, backdrop(&o))), &x5)?;
        paint(I, &x6)
    }

    /// Each 2x2 block becomes a 4x4 block.
    @batt(strict)
    fn solve_46f33fce(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = downscale(rot180(I), TWO)?;
        upscale(&rot180(&x5), FOUR)
    }

    /// The shapes, cut out, on 0 instead of 1.
    @batt(strict)
    fn solve_a740d043(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = objects(I, T, T, T);
        let x6 = merge(&x5);
        let x7 = subgrid(&x6, I)?;
        replace(&x7, ONE, ZERO)
    }

    /// The shape moves down one and turns 2.
    @batt(strict)
    fn solve_a79310a0(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, TWO))?;
        let x5 = objects(I, T, F, T);
        let x6 = first(&x5)?;
        let x7 = r#move(I, &x6, DOWN)?;
        replace(&x7, EIGHT, TWO)
    }

    /// The shape takes the colour of the corner dot, which goes.
    @batt(strict)
    fn solve_aabf363d(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() <= x3.len())?;
        let x5 = leastcolor(I)?;
        let x6 = replace(I, x5, ZERO)?;
        let x7 = leastcolor(&x6)?;
        replace(&x6, x7, x5)
    }

    /// The lone cells drop two rows.
    @batt(strict)
    fn solve_3618c87e(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = objects(I, T, F, T);
        let x6 = sizefilter(&x5, ONE);
        let x7 = merge(&x6);
        r#move(I, &x7, TWO_BY_ZERO)
    }

    /// A 2x2 grid of the colour of the largest box.
    @batt(strict)
    fn solve_445eab21(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() == x2.len() && x4.len() < x3.len())?;
        let x5 = objects(I, T, F, T);
        let x6 = argmax(&x5, |o: Object| height(&o) * width(&o))?;
        canvas(color(&x6)?, TWO_BY_TWO)
    }

    /// A frame of 8s.
    @batt(strict)
    fn solve_6f8cd79b(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, EIGHT))?;
        let x5 = r#box(asindices(I));
        fill(I, EIGHT, &x5)
    }

    /// Between two 1s one apart, a 2.
    @batt(strict)
    fn solve_a699fb00(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, TWO))?;
        let x5 = ofcolor(I, ONE);
        let x6 = shift(&x5, RIGHT);
        let x7 = shift(&x5, LEFT);
        let x8 = intersection(&x6, &x7);
        fill(I, TWO, &x8)
    }

    /// 1s get 7s beside them, 2s 4s at their corners.
    @batt(strict)
    fn solve_0ca9ddb6(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, SEVEN) && writes(&x3, &x4, FOUR))?;
        let x5 = ofcolor(I, ONE);
        let x6 = ofcolor(I, TWO);
        let x7 = mapply(dneighbors, &x5);
        let x8 = mapply(ineighbors, &x6);
        let x9 = fill(I, SEVEN, &x7)?;
        fill(&x9, FOUR, &x8)
    }

    /// Each 5 becomes a ring of 1s and 5s around a 0.
    @batt(strict)
    fn solve_b60334d2(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, ONE))?;
        let x5 = ofcolor(I, FIVE);
        let x6 = replace(I, FIVE, ZERO)?;
        let x7 = mapply(dneighbors, &x5);
        let x8 = mapply(ineighbors, &x5);
        let x9 = fill(&x6, ONE, &x7)?;
        fill(&x9, FIVE, &x8)
    }

    /// Each colour drips down to the bottom.
    @batt(strict)
    fn solve_d037b0a7(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = objects(I, T, F, T);
        let x6 = mapply(|o: Object| Some(recolor(color(&o)?, shoot(center(&o)?, DOWN))), &x5)?;
        paint(I, &x6)
    }

    /// A row of the one colour, one cell per cell of it.
    @batt(strict)
    fn solve_d631b094(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x4.len() == x2.len() && x4.len() < x3.len())?;
        let x5 = palette(I);
        let x6 = other(&x5, ZERO)?;
        let x7 = ofcolor(I, x6);
        canvas(x6, astuple(ONE, size(&x7)))
    }

    /// The tallest bar becomes 1, the shortest 2, the rest go.
    @batt(strict)
    fn solve_a61f2674(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(writes(&x3, &x4, ONE) && writes(&x3, &x4, TWO))?;
        let x5 = objects(I, T, F, T);
        let x6 = argmax(&x5, size)?;
        let x7 = argmin(&x5, size)?;
        let x8 = replace(I, FIVE, ZERO)?;
        let x9 = combine(recolor(ONE, &x6), recolor(TWO, &x7));
        paint(&x8, &x9)
    }

    /// Two rows become a checkerboard of their colours.
    @batt(strict)
    fn solve_e9afcf9a(S: &Samples, I: &Grid) -> Option<Grid> {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        when(x3 == x4)?;
        let x5 = crop(I, ORIGIN, astuple(TWO, ONE))?;
        let x6 = hmirror(&x5);
        let x7 = hconcat(&x5, &x6)?;
        let x8 = hconcat(&x7, &x7)?;
        hconcat(&x8, &x7)
    }
}
