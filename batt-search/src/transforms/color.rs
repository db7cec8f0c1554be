//! Colour filters, erasers and colour maps; background is 0.

use super::Context;
use super::util::{Shape, color_arg, histogram, least_frequent, most_frequent};
use crate::image::View;

/// Appends `src` with each cell mapped by `f`.
#[inline]
fn map(src: View<'_>, out: &mut Vec<u8>, f: impl Fn(u8) -> u8) -> Shape {
    out.extend(src.cells.iter().map(|&c| f(c)));
    Some(src.shape())
}

/// Cells of colour `arg` kept, the others made 0.
pub fn keep_color(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    map(src, out, |c| if c == k { c } else { 0 })
}

/// Cells of colour `arg` made 0.
pub fn erase_color(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    map(src, out, |c| if c == k { 0 } else { c })
}

/// Every non-zero cell made colour `arg` (the shape in one colour).
pub fn recolor_nonzero(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    map(src, out, |c| if c != 0 { k } else { 0 })
}

/// Zero cells made colour `arg`, the others 0 (the negative).
pub fn invert(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    map(src, out, |c| if c == 0 { k } else { 0 })
}

/// Zero cells made colour `arg`.
pub fn fill_zero(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    map(src, out, |c| if c == 0 { k } else { c })
}

/// Cells of the most frequent non-zero colour made colour `arg`.
pub fn recolor_major(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let m = most_frequent(&histogram(src.cells), 1)?;
    map(src, out, |c| if c == m { k } else { c })
}

/// Cells of the least frequent non-zero colour made colour `arg`.
pub fn recolor_minor(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let m = least_frequent(&histogram(src.cells), 1)?;
    map(src, out, |c| if c == m { k } else { c })
}

/// Only the cells of the most frequent non-zero colour kept.
pub fn keep_major(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let m = most_frequent(&histogram(src.cells), 1)?;
    map(src, out, |c| if c == m { c } else { 0 })
}

/// Only the cells of the least frequent non-zero colour kept.
pub fn keep_minor(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let m = least_frequent(&histogram(src.cells), 1)?;
    map(src, out, |c| if c == m { c } else { 0 })
}

/// The cells of the most frequent non-zero colour made 0.
pub fn erase_major(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let m = most_frequent(&histogram(src.cells), 1)?;
    map(src, out, |c| if c == m { 0 } else { c })
}

/// The most and the least frequent non-zero colours swapped (two colours at least).
pub fn swap_major_minor(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let hist = histogram(src.cells);
    let (a, b) = (most_frequent(&hist, 1)?, least_frequent(&hist, 1)?);
    if a == b {
        return None;
    }
    map(src, out, |c| {
        if c == a {
            b
        } else if c == b {
            a
        } else {
            c
        }
    })
}

/// Cells of colour `arg` and those of the most frequent other non-zero colour swapped.
pub fn swap_with_major(src: View<'_>, arg: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    let k = color_arg(arg)?;
    let mut hist = histogram(src.cells);
    hist[usize::from(k)] = 0;
    let m = most_frequent(&hist, 1)?;
    map(src, out, |c| {
        if c == m {
            k
        } else if c == k {
            m
        } else {
            c
        }
    })
}

/// A 1x1 image of the most frequent non-zero colour (0 where all cells are 0).
pub fn major_color_cell(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Shape {
    out.push(most_frequent(&histogram(src.cells), 1).unwrap_or(0));
    Some((1, 1))
}
