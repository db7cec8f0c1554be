//! The grid transforms the search composes: each maps one image to one image (or to nothing,
//! where it does not apply), optionally with one argument (a colour of the task, or a small
//! count), and knows the task's colours and the output's expected shape.
//!
//! A transform writes its result into a buffer ([`ImageFn`]), so that the search applies it
//! to a whole batch of images in flat buffers ([`apply_batch`]) with no per-image allocation.

use crate::image::{Images, View};

/// What a transform knows of the task it runs on, from its sample pattern.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskColors {
    /// Colours in the train outputs but in no train input, ascending.
    pub new_in_outputs: Vec<u8>,
    /// Colours of the train outputs, ascending.
    pub outputs: Vec<u8>,
    /// Colours of the train inputs, ascending.
    pub inputs: Vec<u8>,
}

/// What a transform knows when it runs on one image of one task.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The task's colours.
    pub colors: &'a TaskColors,
    /// The shape `(height, width)` the output for this image is expected to have, where the
    /// task's train pairs tell it (same for every pair, or a fixed multiple of the input).
    pub target: Option<(usize, usize)>,
}

/// One transform on one image: appends `height * width` cells to `out` and returns
/// `Some((height, width))`, or returns `None` where it does not apply (the caller drops
/// whatever was appended). Results must have sides in `1..=MAX_SIDE`.
pub type ImageFn =
    fn(src: View<'_>, arg: u8, cx: &Context<'_>, out: &mut Vec<u8>) -> Option<(usize, usize)>;

/// The arguments a transform takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    /// None: the transform runs once, with argument 0.
    None,
    /// A colour of the task: every colour of its train inputs and outputs, in the order the
    /// search documents (new output colours first).
    Color,
    /// A count: the arguments `0..n`.
    Count(u8),
}

/// A named transform.
#[derive(Clone, Copy, Debug)]
pub struct Transform {
    /// Its name in programs and reports (`snake_case`, unique).
    pub name: &'static str,
    /// The arguments it takes.
    pub param: Param,
    /// The function.
    pub apply: ImageFn,
}

/// Every transform of the search, in a fixed order (the order is part of the search's
/// deterministic ranking).
pub fn all() -> &'static [Transform] {
    TRANSFORMS
}

static TRANSFORMS: &[Transform] = &[
    Transform { name: "rot90", param: Param::None, apply: rot90 },
    Transform { name: "keep_color", param: Param::Color, apply: keep_color },
];

/// The transform named `name`.
pub fn by_name(name: &str) -> Option<&'static Transform> {
    TRANSFORMS.iter().find(|t| t.name == name)
}

/// Applies `t` with `arg` to every image of `src` (image `i` with context `cx(i)`), appending
/// the results to `dst`; `out[i]` says whether image `i` gave one.
pub fn apply_batch<'c>(
    t: &Transform,
    arg: u8,
    src: &Images,
    cx: impl Fn(usize) -> Context<'c>,
    dst: &mut Images,
    out: &mut Vec<bool>,
) {
    out.clear();
    for (i, view) in src.iter().enumerate() {
        let c = cx(i);
        out.push(dst.push_with(|buf| (t.apply)(view, arg, &c, buf)));
    }
}

/// A quarter turn clockwise (arc-dsl's `rot90`).
fn rot90(src: View<'_>, _: u8, _: &Context<'_>, out: &mut Vec<u8>) -> Option<(usize, usize)> {
    for c in 0..src.width {
        for r in (0..src.height).rev() {
            out.push(src.at(r, c));
        }
    }
    Some((src.width, src.height))
}

/// Cells of colour `arg` kept, the others made 0.
fn keep_color(
    src: View<'_>,
    arg: u8,
    _: &Context<'_>,
    out: &mut Vec<u8>,
) -> Option<(usize, usize)> {
    out.extend(src.cells.iter().map(|&c| if c == arg { c } else { 0 }));
    Some(src.shape())
}
