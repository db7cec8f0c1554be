//! The grid transforms the search composes: each maps one image to one image (or to nothing,
//! where it does not apply), optionally with one argument (a colour of the task, or a small
//! count), and knows the task's colours and the output's expected shape.
//!
//! A transform writes its result into a buffer ([`ImageFn`]), so that the search applies it
//! to a whole batch of images in flat buffers ([`apply_batch`]) with no per-image allocation.
//!
//! Conventions: background is 0; `c` is the colour argument ([`Param::Color`]); "most
//! frequent" breaks ties toward the smallest colour; the target shape is
//! [`Context::target`]; the `pick` criteria (argument `0..17`) are those of
//! [`select::CRITERION_NAMES`]: most/fewest cells, largest/smallest box, most/fewest
//! colours, topmost, bottommost, leftmost, rightmost, most/fewest gaps (box cells not its
//! own), tallest, widest, unique colour set, unique image, unique shape (ties go to the
//! first piece in reading order). Objects are connected components of the non-zero cells.
//!
//! The transforms, in the registry's order (cheap and general first):
//! - `rot90`: a quarter turn clockwise.
//! - `rot180`: a half turn.
//! - `rot270`: a quarter turn counter-clockwise.
//! - `hmirror`: upside down (rows reversed).
//! - `vmirror`: left for right (columns reversed).
//! - `dmirror`: the transpose.
//! - `cmirror`: mirrored on the anti-diagonal.
//! - `keep_color`: cells of colour `c` kept, the others 0.
//! - `erase_color`: cells of colour `c` made 0.
//! - `recolor_nonzero`: every non-zero cell made `c`.
//! - `invert`: zero cells made `c`, the others 0.
//! - `fill_zero`: zero cells made `c`.
//! - `recolor_major`: the most frequent non-zero colour made `c`.
//! - `recolor_minor`: the least frequent non-zero colour made `c`.
//! - `swap_with_major`: `c` swapped with the most frequent other non-zero colour.
//! - `keep_major`: only the most frequent non-zero colour kept.
//! - `keep_minor`: only the least frequent non-zero colour kept.
//! - `erase_major`: the most frequent non-zero colour made 0.
//! - `swap_major_minor`: the most and least frequent non-zero colours swapped.
//! - `major_color_cell`: a 1x1 image of the most frequent non-zero colour.
//! - `crop_nonzero`: the bounding box of the non-zero cells.
//! - `crop_non_major`: the bounding box of the cells not of the most frequent colour.
//! - `crop_color`: the bounding box of colour `c`.
//! - `crop_not_color`: the bounding box of the cells not of colour `c`.
//! - `crop_inside_color`: inside the bounding box of colour `c`, its ring dropped.
//! - `crop_frame`: the largest rectangular ring of one colour around other colours: argument 0 its inside, 1 with the ring.
//! - `compress`: rows and columns of one colour dropped (arc-dsl `compress`).
//! - `drop_zero_lines`: rows and columns of only 0 dropped.
//! - `dedup_lines`: rows and columns equal to the one before dropped.
//! - `period_crop`: the smallest tile whose repetition is the image.
//! - `trim`: the outer ring of cells dropped (arc-dsl `trim`).
//! - `top_half`: the upper half.
//! - `bottom_half`: the lower half.
//! - `left_half`: the left half.
//! - `right_half`: the right half.
//! - `upscale`: each cell an `n` x `n` block, `n = 2 + arg` (2..=5).
//! - `downscale`: every `n`-th row and column, `n = 2 + arg`.
//! - `upscale_to_target`: scaled up to the target shape (a multiple).
//! - `upscale_by_colors`: each cell an `n` x `n` block, `n` the number of non-zero colours.
//! - `downscale_to_target`: scaled down to the target shape, each block its most frequent colour.
//! - `tile`: `n` x `n` copies, `n = 2 + arg`.
//! - `tile_to_target`: repeated to fill the target shape.
//! - `mirror_tile_to_target`: repeated to fill the target shape, every other copy mirrored.
//! - `embed_to_target`: at the top left of a target-shaped canvas of 0.
//! - `center_to_target`: centred on a target-shaped canvas of 0.
//! - `canvas_target`: a target-shaped canvas of `c`.
//! - `major_canvas_target`: a target-shaped canvas of the most frequent colour (0 counted).
//! - `major_canvas`: the same shape filled with the most frequent non-zero colour.
//! - `mirror_right`: the image and its mirror to the right.
//! - `mirror_down`: the image and its mirror below.
//! - `mirror_four`: the image and its three mirrors, 2 x 2.
//! - `self_kron`: a copy of the image at each non-zero cell.
//! - `self_kron_inverse`: a copy of the image at each zero cell.
//! - `gravity_down`: non-zero cells fall to the bottom.
//! - `gravity_up`: non-zero cells fall to the top.
//! - `gravity_left`: non-zero cells fall to the left.
//! - `gravity_right`: non-zero cells fall to the right.
//! - `gravity_objects_down`: objects (8-connected) slide towards the bottom until stopped, rigidly.
//! - `gravity_objects_up`: objects (8-connected) slide towards the top until stopped, rigidly.
//! - `gravity_objects_left`: objects (8-connected) slide towards the left until stopped, rigidly.
//! - `gravity_objects_right`: objects (8-connected) slide towards the right until stopped, rigidly.
//! - `shift`: every cell moved one cell down, up, left or right (argument 0..=3).
//! - `step_toward`: cells of colour `c` moved one step towards the centre of the other non-zero cells.
//! - `center_on_rest`: cells of colour `c` moved to be centred on the other non-zero cells.
//! - `move_to_contact`: cells of colour `c` slid as one block towards the nearest other non-zero cells until they touch.
//! - `symmetry_h`: cells of colour `c` completed from the top-bottom mirror.
//! - `symmetry_v`: cells of colour `c` completed from the left-right mirror.
//! - `symmetry_hv`: cells of colour `c` completed from both mirrors.
//! - `symmetry_rot180`: cells of colour `c` completed from the half turn.
//! - `symmetry_diag`: cells of colour `c` completed from the transpose (square).
//! - `symmetry_rot90`: cells of colour `c` completed from the quarter turns (square).
//! - `symmetry_all`: cells of colour `c` completed from all 8 symmetries of a square.
//! - `periodic_fill`: cells of colour `c` filled from the smallest periodic lattice the other cells agree on.
//! - `smear_right`: non-zero colours carried over zero cells rightward.
//! - `smear_left`: non-zero colours carried over zero cells leftward.
//! - `smear_down`: non-zero colours carried over zero cells downward.
//! - `smear_up`: non-zero colours carried over zero cells upward.
//! - `smear_h`: non-zero colours carried over zero cells both ways along rows.
//! - `smear_v`: non-zero colours carried over zero cells both ways along columns.
//! - `smear_all`: non-zero colours carried over zero cells in all four directions.
//! - `extend_right`: lines from cells of colour `c` rightward up to a non-zero cell.
//! - `extend_left`: lines from cells of colour `c` leftward up to a non-zero cell.
//! - `extend_down`: lines from cells of colour `c` downward up to a non-zero cell.
//! - `extend_up`: lines from cells of colour `c` upward up to a non-zero cell.
//! - `extend_h`: lines from cells of colour `c` both ways along the row up to a non-zero cell.
//! - `extend_v`: lines from cells of colour `c` both ways along the column up to a non-zero cell.
//! - `extend_cross`: lines from cells of colour `c` in all four directions up to a non-zero cell.
//! - `connect_h`: zero gaps between same-colour cells of a row filled.
//! - `connect_v`: zero gaps between same-colour cells of a column filled.
//! - `connect_hv`: zero gaps filled along rows and columns.
//! - `connect_h_color`: zero gaps between same-colour cells along rows made `c`.
//! - `connect_v_color`: zero gaps between same-colour cells along columns made `c`.
//! - `connect_hv_color`: zero gaps between same-colour cells along rows and columns made `c`.
//! - `connect_diag`: zero gaps between same-colour cells of a diagonal filled.
//! - `rays_diag`: diagonal rays from cells of colour `c` up to a non-zero cell.
//! - `lines_h`: zero cells of the rows holding colour `c` made `c`.
//! - `lines_v`: zero cells of the columns holding colour `c` made `c`.
//! - `lines_hv`: zero cells of the rows and columns holding colour `c` made `c`.
//! - `frame`: the outer ring of cells made `c`.
//! - `pad`: the image inside a one-cell frame of `c`.
//! - `halo`: zero cells 8-adjacent to a non-zero cell made `c`.
//! - `halo4`: zero cells 4-adjacent to a non-zero cell made `c`.
//! - `outline`: only non-zero cells on the edge of their shape.
//! - `inner`: only non-zero cells inside their shape.
//! - `box_content`: the bounding box of the non-zero cells outlined in `c`.
//! - `fill_box`: zero cells in the bounding box of the non-zero cells made `c`.
//! - `fill_object_boxes`: zero cells in each object's bounding box made `c`.
//! - `fill_color_boxes`: zero cells in each colour's bounding box made that colour.
//! - `fill_holes`: enclosed zero cells made `c`.
//! - `holes`: only the enclosed zero cells, in `c`.
//! - `fill_holes_major`: enclosed zero cells made the most frequent non-zero colour.
//! - `fill_zero_major`: zero cells made the most frequent non-zero colour.
//! - `majority_per_object`: each object in its most frequent colour.
//! - `paint_size_rank`: each object painted with its size rank (1: most cells, 2: the next size, ...) (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_largest`: each object painted with 1 where it has the most cells, else 2 (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_extremes`: each object painted with 1 where it has the most cells, 2 the fewest, else 3 (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_smallest`: each object painted with 1 where it has the fewest cells, else 2 (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_size`: each object painted with its number of cells (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_holes`: each object painted with 1 + its number of holes (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_border`: each object painted with 1 where it touches the border, else 2 (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_shape`: each object painted with its shape class (same shape, same code; in order of first appearance) (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_colors`: each object painted with its number of colours (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_height`: each object painted with its height (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_width`: each object painted with its width (argument 0: one-colour 4-connected objects, 1: multicolour 8-connected; codes capped at 9).
//! - `paint_color_rank`: each non-zero colour painted with its frequency rank (1: most frequent).
//! - `paint_neighbours`: each non-zero cell painted with 1 + its number of same-colour edge neighbours.
//! - `recolor_lattice`: the non-zero cells of a lattice of rows, columns or a checkerboard painted with the smallest absent colour (argument: [`features::LATTICE_NAMES`]).
//! - `erase_lonely`: non-zero cells with at most `n` same-colour edge neighbours made 0, `n = arg` (0..=1).
//! - `count_cells`: the number of non-zero cells as a row, column or square.
//! - `count_colors`: the number of non-zero colours as a row, column or square.
//! - `count_objects`: the number of objects (8-connected) as a row, column or square.
//! - `count_objects_single`: the number of one-colour 4-connected objects as a row, column or square.
//! - `count_color`: a row of as many cells of `c` as the image has.
//! - `grid_and`: cells of the grid of separator lines: `c` where all are non-zero.
//! - `grid_or`: cells of the grid of separator lines: `c` where any is non-zero.
//! - `grid_xor`: cells of the grid of separator lines: `c` where exactly one is non-zero.
//! - `grid_nor`: cells of the grid of separator lines: `c` where all are 0.
//! - `grid_overlay`: cells of the grid of separator lines laid over each other, later on top.
//! - `grid_underlay`: cells of the grid of separator lines laid over each other, earlier on top.
//! - `grid_pick`: cells of the grid of separator lines: the one a criterion picks.
//! - `lr_and`: left and right halves: `c` where all are non-zero.
//! - `lr_or`: left and right halves: `c` where any is non-zero.
//! - `lr_xor`: left and right halves: `c` where exactly one is non-zero.
//! - `lr_nor`: left and right halves: `c` where all are 0.
//! - `lr_overlay`: left and right halves laid over each other, later on top.
//! - `lr_underlay`: left and right halves laid over each other, earlier on top.
//! - `lr_pick`: left and right halves: the one a criterion picks.
//! - `tb_and`: top and bottom halves: `c` where all are non-zero.
//! - `tb_or`: top and bottom halves: `c` where any is non-zero.
//! - `tb_xor`: top and bottom halves: `c` where exactly one is non-zero.
//! - `tb_nor`: top and bottom halves: `c` where all are 0.
//! - `tb_overlay`: top and bottom halves laid over each other, later on top.
//! - `tb_underlay`: top and bottom halves laid over each other, earlier on top.
//! - `tb_pick`: top and bottom halves: the one a criterion picks.
//! - `color_layer_pick`: the layer of one non-zero colour (cropped) that a criterion picks.
//! - `object_most_color`: the multicolour 8-connected object with the most cells of colour `c`, cut out.
//! - `grid_most_color`: the cell of the grid of separator lines with the most cells of colour `c`.
//! - `object_marked`: the one-colour 8-connected object that a cell of colour `c` touches, cut out.
//! - `object_common_shape`: the one-colour 8-connected object whose shape recurs the most, cut out.
//! - `object_crop_4`: the one-colour 4-connected object a criterion picks, cut out.
//! - `object_crop_8`: the one-colour 8-connected object a criterion picks, cut out.
//! - `object_crop_4m`: the multicolour 4-connected object a criterion picks, cut out.
//! - `object_crop_8m`: the multicolour 8-connected object a criterion picks, cut out.
//! - `object_keep_4`: the one-colour 4-connected object a criterion picks, kept alone.
//! - `object_keep_8`: the one-colour 8-connected object a criterion picks, kept alone.
//! - `object_keep_4m`: the multicolour 4-connected object a criterion picks, kept alone.
//! - `object_keep_8m`: the multicolour 8-connected object a criterion picks, kept alone.
//! - `object_erase_4`: the one-colour 4-connected object a criterion picks, erased.
//! - `object_erase_8`: the one-colour 8-connected object a criterion picks, erased.
//! - `object_erase_4m`: the multicolour 4-connected object a criterion picks, erased.
//! - `object_erase_8m`: the multicolour 8-connected object a criterion picks, erased.
//! - `object_keep_ties_4`: only the one-colour 4-connected objects of the best score kept.
//! - `object_keep_ties_8`: only the one-colour 8-connected objects of the best score kept.
//! - `object_keep_ties_4m`: only the multicolour 4-connected objects of the best score kept.
//! - `object_keep_ties_8m`: only the multicolour 8-connected objects of the best score kept.
//! - `object_erase_ties_4`: the one-colour 4-connected objects of the best score erased.
//! - `object_erase_ties_8`: the one-colour 8-connected objects of the best score erased.
//! - `object_erase_ties_4m`: the multicolour 4-connected objects of the best score erased.
//! - `object_erase_ties_8m`: the multicolour 8-connected objects of the best score erased.

pub mod border;
pub mod color;
pub mod count;
pub mod crop;
pub mod features;
pub mod fill;
pub mod gravity;
pub mod lines;
pub mod moves;
pub mod objects;
pub mod paint;
pub mod periodic;
pub mod picks;
pub mod rigid;
pub mod scale;
pub mod select;
pub mod smear;
pub mod split;
pub mod symmetry;
pub mod util;

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
    Transform { name: "rot90", param: Param::None, apply: rigid::rot90 },
    Transform { name: "rot180", param: Param::None, apply: rigid::rot180 },
    Transform { name: "rot270", param: Param::None, apply: rigid::rot270 },
    Transform { name: "hmirror", param: Param::None, apply: rigid::hmirror },
    Transform { name: "vmirror", param: Param::None, apply: rigid::vmirror },
    Transform { name: "dmirror", param: Param::None, apply: rigid::dmirror },
    Transform { name: "cmirror", param: Param::None, apply: rigid::cmirror },
    Transform { name: "keep_color", param: Param::Color, apply: color::keep_color },
    Transform { name: "erase_color", param: Param::Color, apply: color::erase_color },
    Transform { name: "recolor_nonzero", param: Param::Color, apply: color::recolor_nonzero },
    Transform { name: "invert", param: Param::Color, apply: color::invert },
    Transform { name: "fill_zero", param: Param::Color, apply: color::fill_zero },
    Transform { name: "recolor_major", param: Param::Color, apply: color::recolor_major },
    Transform { name: "recolor_minor", param: Param::Color, apply: color::recolor_minor },
    Transform { name: "swap_with_major", param: Param::Color, apply: color::swap_with_major },
    Transform { name: "keep_major", param: Param::None, apply: color::keep_major },
    Transform { name: "keep_minor", param: Param::None, apply: color::keep_minor },
    Transform { name: "erase_major", param: Param::None, apply: color::erase_major },
    Transform { name: "swap_major_minor", param: Param::None, apply: color::swap_major_minor },
    Transform { name: "major_color_cell", param: Param::None, apply: color::major_color_cell },
    Transform { name: "crop_nonzero", param: Param::None, apply: crop::crop_nonzero },
    Transform { name: "crop_non_major", param: Param::None, apply: crop::crop_non_major },
    Transform { name: "crop_color", param: Param::Color, apply: crop::crop_color },
    Transform { name: "crop_not_color", param: Param::Color, apply: crop::crop_not_color },
    Transform { name: "crop_inside_color", param: Param::Color, apply: crop::crop_inside_color },
    Transform { name: "crop_frame", param: Param::Count(2), apply: crop::crop_frame },
    Transform { name: "compress", param: Param::None, apply: crop::compress },
    Transform { name: "drop_zero_lines", param: Param::None, apply: crop::drop_zero_lines },
    Transform { name: "dedup_lines", param: Param::None, apply: crop::dedup_lines },
    Transform { name: "period_crop", param: Param::None, apply: periodic::period_crop },
    Transform { name: "trim", param: Param::None, apply: crop::trim },
    Transform { name: "top_half", param: Param::None, apply: crop::top_half },
    Transform { name: "bottom_half", param: Param::None, apply: crop::bottom_half },
    Transform { name: "left_half", param: Param::None, apply: crop::left_half },
    Transform { name: "right_half", param: Param::None, apply: crop::right_half },
    Transform { name: "upscale", param: Param::Count(4), apply: scale::upscale },
    Transform { name: "downscale", param: Param::Count(4), apply: scale::downscale },
    Transform { name: "upscale_to_target", param: Param::None, apply: scale::upscale_to_target },
    Transform { name: "upscale_by_colors", param: Param::None, apply: scale::upscale_by_colors },
    Transform {
        name: "downscale_to_target",
        param: Param::None,
        apply: scale::downscale_to_target,
    },
    Transform { name: "tile", param: Param::Count(3), apply: scale::tile },
    Transform { name: "tile_to_target", param: Param::None, apply: scale::tile_to_target },
    Transform {
        name: "mirror_tile_to_target",
        param: Param::None,
        apply: scale::mirror_tile_to_target,
    },
    Transform { name: "embed_to_target", param: Param::None, apply: scale::embed_to_target },
    Transform { name: "center_to_target", param: Param::None, apply: scale::center_to_target },
    Transform { name: "canvas_target", param: Param::Color, apply: scale::canvas_target },
    Transform {
        name: "major_canvas_target",
        param: Param::None,
        apply: scale::major_canvas_target,
    },
    Transform { name: "major_canvas", param: Param::None, apply: scale::major_canvas },
    Transform { name: "mirror_right", param: Param::None, apply: scale::mirror_right },
    Transform { name: "mirror_down", param: Param::None, apply: scale::mirror_down },
    Transform { name: "mirror_four", param: Param::None, apply: scale::mirror_four },
    Transform { name: "self_kron", param: Param::None, apply: scale::self_kron },
    Transform { name: "self_kron_inverse", param: Param::None, apply: scale::self_kron_inverse },
    Transform {
        name: "gravity_down",
        param: Param::None,
        apply: gravity::gravity::<{ gravity::DOWN }>,
    },
    Transform {
        name: "gravity_up",
        param: Param::None,
        apply: gravity::gravity::<{ gravity::UP }>,
    },
    Transform {
        name: "gravity_left",
        param: Param::None,
        apply: gravity::gravity::<{ gravity::LEFT }>,
    },
    Transform {
        name: "gravity_right",
        param: Param::None,
        apply: gravity::gravity::<{ gravity::RIGHT }>,
    },
    Transform {
        name: "gravity_objects_down",
        param: Param::None,
        apply: moves::gravity_objects::<{ moves::DOWN }>,
    },
    Transform {
        name: "gravity_objects_up",
        param: Param::None,
        apply: moves::gravity_objects::<{ moves::UP }>,
    },
    Transform {
        name: "gravity_objects_left",
        param: Param::None,
        apply: moves::gravity_objects::<{ moves::LEFT }>,
    },
    Transform {
        name: "gravity_objects_right",
        param: Param::None,
        apply: moves::gravity_objects::<{ moves::RIGHT }>,
    },
    Transform { name: "shift", param: Param::Count(4), apply: moves::shift },
    Transform { name: "step_toward", param: Param::Color, apply: moves::step_toward },
    Transform { name: "center_on_rest", param: Param::Color, apply: moves::center_on_rest },
    Transform { name: "move_to_contact", param: Param::Color, apply: moves::move_to_contact },
    Transform {
        name: "symmetry_h",
        param: Param::Color,
        apply: symmetry::complete::<{ symmetry::H }>,
    },
    Transform {
        name: "symmetry_v",
        param: Param::Color,
        apply: symmetry::complete::<{ symmetry::V }>,
    },
    Transform {
        name: "symmetry_hv",
        param: Param::Color,
        apply: symmetry::complete::<{ symmetry::HV }>,
    },
    Transform {
        name: "symmetry_rot180",
        param: Param::Color,
        apply: symmetry::complete::<{ symmetry::ROT180 }>,
    },
    Transform {
        name: "symmetry_diag",
        param: Param::Color,
        apply: symmetry::complete::<{ symmetry::DIAG }>,
    },
    Transform {
        name: "symmetry_rot90",
        param: Param::Color,
        apply: symmetry::complete::<{ symmetry::ROT90 }>,
    },
    Transform {
        name: "symmetry_all",
        param: Param::Color,
        apply: symmetry::complete::<{ symmetry::ALL }>,
    },
    Transform { name: "periodic_fill", param: Param::Color, apply: periodic::periodic_fill },
    Transform { name: "smear_right", param: Param::None, apply: smear::smear::<{ smear::RIGHT }> },
    Transform { name: "smear_left", param: Param::None, apply: smear::smear::<{ smear::LEFT }> },
    Transform { name: "smear_down", param: Param::None, apply: smear::smear::<{ smear::DOWN }> },
    Transform { name: "smear_up", param: Param::None, apply: smear::smear::<{ smear::UP }> },
    Transform {
        name: "smear_h",
        param: Param::None,
        apply: smear::smear::<{ smear::RIGHT | smear::LEFT }>,
    },
    Transform {
        name: "smear_v",
        param: Param::None,
        apply: smear::smear::<{ smear::DOWN | smear::UP }>,
    },
    Transform {
        name: "smear_all",
        param: Param::None,
        apply: smear::smear::<{ smear::RIGHT | smear::LEFT | smear::DOWN | smear::UP }>,
    },
    Transform {
        name: "extend_right",
        param: Param::Color,
        apply: smear::extend_color::<{ smear::RIGHT }>,
    },
    Transform {
        name: "extend_left",
        param: Param::Color,
        apply: smear::extend_color::<{ smear::LEFT }>,
    },
    Transform {
        name: "extend_down",
        param: Param::Color,
        apply: smear::extend_color::<{ smear::DOWN }>,
    },
    Transform {
        name: "extend_up",
        param: Param::Color,
        apply: smear::extend_color::<{ smear::UP }>,
    },
    Transform {
        name: "extend_h",
        param: Param::Color,
        apply: smear::extend_color::<{ smear::RIGHT | smear::LEFT }>,
    },
    Transform {
        name: "extend_v",
        param: Param::Color,
        apply: smear::extend_color::<{ smear::DOWN | smear::UP }>,
    },
    Transform {
        name: "extend_cross",
        param: Param::Color,
        apply: smear::extend_color::<{ smear::RIGHT | smear::LEFT | smear::DOWN | smear::UP }>,
    },
    Transform { name: "connect_h", param: Param::None, apply: smear::connect::<{ smear::RIGHT }> },
    Transform { name: "connect_v", param: Param::None, apply: smear::connect::<{ smear::DOWN }> },
    Transform {
        name: "connect_hv",
        param: Param::None,
        apply: smear::connect::<{ smear::RIGHT | smear::DOWN }>,
    },
    Transform {
        name: "connect_h_color",
        param: Param::Color,
        apply: smear::connect_color::<{ smear::RIGHT }>,
    },
    Transform {
        name: "connect_v_color",
        param: Param::Color,
        apply: smear::connect_color::<{ smear::DOWN }>,
    },
    Transform {
        name: "connect_hv_color",
        param: Param::Color,
        apply: smear::connect_color::<{ smear::RIGHT | smear::DOWN }>,
    },
    Transform { name: "connect_diag", param: Param::None, apply: lines::connect_diag },
    Transform { name: "rays_diag", param: Param::Color, apply: lines::rays_diag },
    Transform {
        name: "lines_h",
        param: Param::Color,
        apply: lines::lines_through::<{ lines::ROWS }>,
    },
    Transform {
        name: "lines_v",
        param: Param::Color,
        apply: lines::lines_through::<{ lines::COLS }>,
    },
    Transform {
        name: "lines_hv",
        param: Param::Color,
        apply: lines::lines_through::<{ lines::ROWS | lines::COLS }>,
    },
    Transform { name: "frame", param: Param::Color, apply: border::frame },
    Transform { name: "pad", param: Param::Color, apply: border::pad },
    Transform { name: "halo", param: Param::Color, apply: border::halo::<true> },
    Transform { name: "halo4", param: Param::Color, apply: border::halo::<false> },
    Transform { name: "outline", param: Param::None, apply: border::outline },
    Transform { name: "inner", param: Param::None, apply: border::inner },
    Transform { name: "box_content", param: Param::Color, apply: border::box_content },
    Transform { name: "fill_box", param: Param::Color, apply: border::fill_box },
    Transform { name: "fill_object_boxes", param: Param::Color, apply: border::fill_object_boxes },
    Transform { name: "fill_color_boxes", param: Param::None, apply: lines::fill_color_boxes },
    Transform { name: "fill_holes", param: Param::Color, apply: fill::fill_holes },
    Transform { name: "holes", param: Param::Color, apply: fill::holes },
    Transform { name: "fill_holes_major", param: Param::None, apply: fill::fill_holes_major },
    Transform { name: "fill_zero_major", param: Param::None, apply: fill::fill_zero_major },
    Transform { name: "majority_per_object", param: Param::None, apply: fill::object_majority },
    Transform {
        name: "paint_size_rank",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::SIZE_RANK }>,
    },
    Transform {
        name: "paint_largest",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::LARGEST }>,
    },
    Transform {
        name: "paint_extremes",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::EXTREMES }>,
    },
    Transform {
        name: "paint_smallest",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::SMALLEST }>,
    },
    Transform {
        name: "paint_size",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::SIZE }>,
    },
    Transform {
        name: "paint_holes",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::HOLES }>,
    },
    Transform {
        name: "paint_border",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::BORDER }>,
    },
    Transform {
        name: "paint_shape",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::SHAPE }>,
    },
    Transform {
        name: "paint_colors",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::COLORS }>,
    },
    Transform {
        name: "paint_height",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::HEIGHT }>,
    },
    Transform {
        name: "paint_width",
        param: Param::Count(2),
        apply: paint::paint_objects::<{ paint::WIDTH }>,
    },
    Transform { name: "paint_color_rank", param: Param::None, apply: paint::paint_color_rank },
    Transform { name: "paint_neighbours", param: Param::None, apply: features::paint_neighbours },
    Transform {
        name: "recolor_lattice",
        param: Param::Count(features::LATTICE_NAMES.len() as u8),
        apply: features::recolor_lattice,
    },
    Transform { name: "erase_lonely", param: Param::Count(2), apply: features::erase_lonely },
    Transform { name: "count_cells", param: Param::Count(3), apply: count::count_cells },
    Transform { name: "count_colors", param: Param::Count(3), apply: count::count_colors },
    Transform {
        name: "count_objects",
        param: Param::Count(3),
        apply: count::count_objects::<true, false>,
    },
    Transform {
        name: "count_objects_single",
        param: Param::Count(3),
        apply: count::count_objects::<false, true>,
    },
    Transform { name: "count_color", param: Param::Color, apply: count::count_color },
    Transform { name: "grid_and", param: Param::Color, apply: split::join_and::<{ split::GRID }> },
    Transform { name: "grid_or", param: Param::Color, apply: split::join_or::<{ split::GRID }> },
    Transform { name: "grid_xor", param: Param::Color, apply: split::join_xor::<{ split::GRID }> },
    Transform { name: "grid_nor", param: Param::Color, apply: split::join_nor::<{ split::GRID }> },
    Transform {
        name: "grid_overlay",
        param: Param::None,
        apply: split::join_overlay::<{ split::GRID }>,
    },
    Transform {
        name: "grid_underlay",
        param: Param::None,
        apply: split::join_underlay::<{ split::GRID }>,
    },
    Transform {
        name: "grid_pick",
        param: Param::Count(select::CRITERIA),
        apply: split::join_pick::<{ split::GRID }>,
    },
    Transform {
        name: "lr_and",
        param: Param::Color,
        apply: split::join_and::<{ split::LEFT_RIGHT }>,
    },
    Transform {
        name: "lr_or",
        param: Param::Color,
        apply: split::join_or::<{ split::LEFT_RIGHT }>,
    },
    Transform {
        name: "lr_xor",
        param: Param::Color,
        apply: split::join_xor::<{ split::LEFT_RIGHT }>,
    },
    Transform {
        name: "lr_nor",
        param: Param::Color,
        apply: split::join_nor::<{ split::LEFT_RIGHT }>,
    },
    Transform {
        name: "lr_overlay",
        param: Param::None,
        apply: split::join_overlay::<{ split::LEFT_RIGHT }>,
    },
    Transform {
        name: "lr_underlay",
        param: Param::None,
        apply: split::join_underlay::<{ split::LEFT_RIGHT }>,
    },
    Transform {
        name: "lr_pick",
        param: Param::Count(select::CRITERIA),
        apply: split::join_pick::<{ split::LEFT_RIGHT }>,
    },
    Transform {
        name: "tb_and",
        param: Param::Color,
        apply: split::join_and::<{ split::TOP_BOTTOM }>,
    },
    Transform {
        name: "tb_or",
        param: Param::Color,
        apply: split::join_or::<{ split::TOP_BOTTOM }>,
    },
    Transform {
        name: "tb_xor",
        param: Param::Color,
        apply: split::join_xor::<{ split::TOP_BOTTOM }>,
    },
    Transform {
        name: "tb_nor",
        param: Param::Color,
        apply: split::join_nor::<{ split::TOP_BOTTOM }>,
    },
    Transform {
        name: "tb_overlay",
        param: Param::None,
        apply: split::join_overlay::<{ split::TOP_BOTTOM }>,
    },
    Transform {
        name: "tb_underlay",
        param: Param::None,
        apply: split::join_underlay::<{ split::TOP_BOTTOM }>,
    },
    Transform {
        name: "tb_pick",
        param: Param::Count(select::CRITERIA),
        apply: split::join_pick::<{ split::TOP_BOTTOM }>,
    },
    Transform {
        name: "color_layer_pick",
        param: Param::Count(select::CRITERIA),
        apply: split::join_pick::<{ split::COLORS }>,
    },
    Transform { name: "object_most_color", param: Param::Color, apply: picks::object_most_color },
    Transform { name: "grid_most_color", param: Param::Color, apply: picks::grid_most_color },
    Transform { name: "object_marked", param: Param::Color, apply: picks::object_marked },
    Transform {
        name: "object_common_shape",
        param: Param::None,
        apply: picks::object_common_shape,
    },
    Transform {
        name: "object_crop_4",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, true, { objects::CROP }>,
    },
    Transform {
        name: "object_crop_8",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, true, { objects::CROP }>,
    },
    Transform {
        name: "object_crop_4m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, false, { objects::CROP }>,
    },
    Transform {
        name: "object_crop_8m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, false, { objects::CROP }>,
    },
    Transform {
        name: "object_keep_4",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, true, { objects::KEEP }>,
    },
    Transform {
        name: "object_keep_8",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, true, { objects::KEEP }>,
    },
    Transform {
        name: "object_keep_4m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, false, { objects::KEEP }>,
    },
    Transform {
        name: "object_keep_8m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, false, { objects::KEEP }>,
    },
    Transform {
        name: "object_erase_4",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, true, { objects::ERASE }>,
    },
    Transform {
        name: "object_erase_8",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, true, { objects::ERASE }>,
    },
    Transform {
        name: "object_erase_4m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, false, { objects::ERASE }>,
    },
    Transform {
        name: "object_erase_8m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, false, { objects::ERASE }>,
    },
    Transform {
        name: "object_keep_ties_4",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, true, { objects::KEEP_TIES }>,
    },
    Transform {
        name: "object_keep_ties_8",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, true, { objects::KEEP_TIES }>,
    },
    Transform {
        name: "object_keep_ties_4m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, false, { objects::KEEP_TIES }>,
    },
    Transform {
        name: "object_keep_ties_8m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, false, { objects::KEEP_TIES }>,
    },
    Transform {
        name: "object_erase_ties_4",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, true, { objects::ERASE_TIES }>,
    },
    Transform {
        name: "object_erase_ties_8",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, true, { objects::ERASE_TIES }>,
    },
    Transform {
        name: "object_erase_ties_4m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<false, false, { objects::ERASE_TIES }>,
    },
    Transform {
        name: "object_erase_ties_8m",
        param: Param::Count(select::CRITERIA),
        apply: objects::pick_object::<true, false, { objects::ERASE_TIES }>,
    },
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
