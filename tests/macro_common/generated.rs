//! Generated-style solver functions ("batt" functions: several arc-dsl solvers combined in
//! one body), each defined twice from one body: `fused::NAME` with `#[batt]`, `plain::NAME`
//! without. Tests compare the two; benchmarks can time them:
//!
//! ```ignore
//! #[path = "../tests/macro_common/generated.rs"]
//! mod generated;
//! let same = generated::fused::batt_five(&task.train) == generated::plain::batt_five(&task.train);
//! ```
//!
//! The file needs only the `batt` crate (and `proptest` nowhere).

#![allow(dead_code, reason = "each user takes some of the solvers")]

/// Defines each function twice: in `fused` with `#[batt]` (or `#[batt(<args>)]` when the
/// function is preceded by `@batt(<args>)`), and in `plain` as written.
macro_rules! twice {
    ($(
        $(#[$attr:meta])*
        $(@batt($($args:tt)*))?
        fn $name:ident($($params:tt)*) -> $ret:ty { $($body:tt)* }
    )*) => {
        /// The functions with `#[batt]`.
        pub mod fused {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use batt::prelude::*;
            #[allow(unused_imports)]
            use batt::runtime::dsl;
            $(
                $(#[$attr])*
                #[batt::batt $(($($args)*))?]
                #[allow(non_snake_case, unused_variables, unused_mut, reason = "generated style")]
                #[allow(clippy::all, reason = "generated style")]
                pub fn $name($($params)*) -> $ret { $($body)* }
            )*
        }

        /// The same functions without `#[batt]`.
        pub mod plain {
            #[allow(unused_imports)]
            use super::*;
            #[allow(unused_imports)]
            use batt::prelude::*;
            #[allow(unused_imports)]
            use batt::runtime::dsl;
            $(
                $(#[$attr])*
                #[allow(non_snake_case, unused_variables, unused_mut, reason = "generated style")]
                #[allow(clippy::all, reason = "generated style")]
                pub fn $name($($params)*) -> $ret { $($body)* }
            )*
        }
    };
}

twice! {
    /// Five instances of the pattern, as five combined solvers each begin, with the
    /// solvers' other statements interleaved: the benchmark's body.
    fn batt_five(S: &Samples) -> (Vec<Color>, Vec<Grid>, Option<Color>) {
        let x1 = apply(first, S);
        let x2 = apply(second, S);
        let x3 = mapply(p_g, &x1);
        let x4 = mapply(p_g, &x2);
        let x5 = dedupe(&x3);
        let x6 = dedupe(&x4);
        let x7 = difference_tuple(&x6, &x5);
        let x8 = get_nth_t(&x7, 0);
        let x9 = apply(first, S);
        let x10 = apply(second, S);
        let x11 = mapply(p_g, &x9);
        let x12 = difference_tuple(&x5, &x6);
        let x13 = mapply(p_g, &x10);
        let x14 = dedupe(&x13);
        let x15 = get_nth_t(&x14, -1);
        let x16 = apply(second, S);
        let x17 = apply(first, S);
        let x18 = mapply(p_g, &x17);
        let x19 = mapply(p_g, &x16);
        let x20 = difference_tuple(&x18, &x19);
        let x21 = get_nth_t(&x11, 1);
        let x22 = apply(first, S);
        let x23 = mapply(p_g, &x22);
        let x24 = apply(second, S);
        let x25 = mapply(p_g, &x24);
        let x26 = dedupe(&x25);
        let x27 = difference_tuple(&x26, &x23);
        let x28 = apply(first, S);
        let x29 = apply(second, S);
        let x30 = mapply(p_g, &x28);
        let x31 = mapply(p_g, &x29);
        let x32 = difference_tuple(&x31, &x30);
        let x33 = dedupe(&x32);
        let mut colors = x7;
        colors.extend(x12);
        colors.extend(x20);
        colors.extend(x27);
        colors.extend(x33);
        colors.extend(x15);
        colors.extend(x21);
        let mut grids = x2;
        grids.extend(x10);
        grids.extend(x16);
        grids.extend(x22);
        grids.extend(x28);
        (colors, grids, x8)
    }

    /// Instances in nested blocks: `if`, `match` arms, a loop, a closure's block.
    fn batt_nested(S: &Samples, mode: u8) -> Vec<Color> {
        let mut out = Vec::new();
        if mode % 2 == 0 {
            let x1 = apply(first, S);
            let x2 = apply(second, S);
            let x3 = mapply(p_g, &x1);
            let x4 = mapply(p_g, &x2);
            out.extend(difference_tuple(&x4, &x3));
        } else {
            let x1 = apply(second, S);
            let x2 = mapply(p_g, &x1);
            out.extend(dedupe(&x2));
        }
        match mode % 3 {
            0 => {
                let y1 = apply(first, S);
                let y2 = mapply(p_g, &y1);
                out.extend(y2);
            }
            1 => {
                let y1 = apply(first, S);
                let y2 = apply(second, S);
                let y3 = mapply(p_g, &y1);
                let y4 = mapply(p_g, &y2);
                out.extend(difference_tuple(&y3, &y4));
            }
            _ => out.push(9),
        }
        for round in 0..2u8 {
            let z1 = apply(second, S);
            let z2 = apply(first, S);
            let z3 = mapply(p_g, &z2);
            let z4 = mapply(p_g, &z1);
            out.push(round);
            out.extend(get_nth_t(&z3, i32::from(round)));
            out.extend(get_nth_t(&z4, -1 - i32::from(round)));
        }
        let palettes = |s: &Samples| {
            let w1 = apply(first, s);
            let w2 = apply(second, s);
            let w3 = mapply(p_g, &w1);
            let w4 = mapply(p_g, &w2);
            dedupe([w3, w4].concat())
        };
        out.extend(palettes(S));
        out
    }

    /// A long body: typed lines, `&S` and paths spelled differently, halves, lines far
    /// apart, and statements that must keep their meaning.
    fn batt_long(S: &Samples) -> (Vec<Color>, usize, Vec<Grid>) {
        let x1: Vec<Grid> = dsl::apply(dsl::first, &S);
        let x2 = batt::prelude::apply(batt::prelude::second, S);
        let x3 = x1.len() + x2.len();
        let x4 = x1.iter().map(Grid::len).sum::<usize>();
        let x5: Vec<Color> = mapply(p_g, &x1);
        let x6 = dedupe(&x5);
        let x7 = get_nth_t(&x6, 0);
        let x8 = mapply(p_g, x2);
        let x9 = difference_tuple(&x8, &x5);
        let x10 = apply(second, S);
        let x11 = dedupe(&x9);
        let x12 = x10.iter().filter(|g| g.height() == g.width()).count();
        let x13 = mapply(p_g, &x10);
        let x14 = difference_tuple(&x13, &x11);
        let x15 = apply(first, S);
        let x16 = x15.iter().map(Grid::width).max().unwrap_or(0);
        let x17 = mapply(batt::prelude::p_g, &x15);
        let x18 = dedupe(&x17);
        let x19 = get_nth_t(&x18, -1);
        let x20 = apply(first, S);
        let x21 = apply(second, S);
        let x22 = mapply(p_g, &x21);
        let x23 = mapply(p_g, &x20);
        let x24 = difference_tuple(&x22, &x23);
        let x25 = dedupe(&x24);
        let mut colors = x14;
        colors.extend(x25);
        colors.extend(x7);
        colors.extend(x19);
        (colors, x3 + x4 + x12 + x16, [x1, x20].concat())
    }
}
