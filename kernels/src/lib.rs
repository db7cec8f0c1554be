//! CUDA kernels of `batt`.
//!
//! Each kernel family lives in one `.cu` file beside this crate's sources, with its PTX
//! generated ahead of time and committed, so that building the workspace never needs a CUDA
//! toolkit. The PTX is exposed as `&'static str` constants for the runtime to load.
//!
//! The PTX is made by `scripts/cuda/gen-ptx.py` with NVRTC 12.0 for `compute_60`: it declares
//! [`PTX_VERSION`] and [`PTX_TARGET`], so it loads on drivers from CUDA 12.0 (R525) on and on
//! every GPU from Pascal (sm_60) on, the newest included (the driver compiles it for the GPU
//! at load). CI regenerates it and fails when a committed `.ptx` no longer matches its `.cu`.
#![warn(missing_docs)]

/// The PTX ISA version that every committed `.ptx` declares (`.version`).
pub const PTX_VERSION: &str = "8.0";

/// The oldest GPU architecture that the committed PTX targets (`.target`).
pub const PTX_TARGET: &str = "sm_60";

/// The PTX of `palette.cu`: palette masks of many grids at once.
pub const PALETTE_PTX: &str = include_str!("palette.ptx");

/// The CUDA source of `palette.cu`, for reference and for the staleness check.
pub const PALETTE_CU: &str = include_str!("palette.cu");

/// The entry points of [`PALETTE_PTX`].
pub mod palette {
    /// `palette_masks_u4(words, starts, index, n_items, masks)`: one 10-bit palette mask per
    /// grid, from colours packed 4 bits a cell, 8 cells a `u32` word, each grid starting on a
    /// word boundary and padded with its own last cell; `starts` holds `n_grids + 1` word
    /// offsets; `index` (nullable) picks the grids, else item `i` is grid `i`. Launch with
    /// whole warps: one warp per item, striding over the items.
    pub const MASKS_U4: &str = "palette_masks_u4";

    /// Cells in one packed `u32` word.
    pub const CELLS_PER_WORD: usize = 8;
}

/// The header every kernel of the search includes: the structs its kernels take.
pub const SEARCH_H: &str = include_str!("search.h");

/// The PTX of `frontier.cu`: the search's features, hashes, deduplication, gathering and
/// judging.
pub const FRONTIER_PTX: &str = include_str!("frontier.ptx");

/// The CUDA source of `frontier.cu`.
pub const FRONTIER_CU: &str = include_str!("frontier.cu");

/// The entry points of [`FRONTIER_PTX`], each taking one struct of `search.h` by value.
pub mod frontier {
    /// `features(FeatureParams)`: per image, colour counts, boxes, most and least frequent
    /// colours. One thread an image.
    pub const FEATURES: &str = "features";
    /// `hash_items(ItemParams)`: per item, the FxHash of its images. One thread an item.
    pub const HASH_ITEMS: &str = "hash_items";
    /// `dedup_insert(ItemParams)`: each made item claims its key's slot; the least item
    /// owns it.
    pub const DEDUP_INSERT: &str = "dedup_insert";
    /// `dedup_verify(ItemParams)`: per item, whether it is kept (no earlier equal item).
    pub const DEDUP_VERIFY: &str = "dedup_verify";
    /// `gather_images(GatherParams)`: copies chosen images into one buffer. One block an
    /// image.
    pub const GATHER_IMAGES: &str = "gather_images";
    /// `resident_probe(ResidentParams)`: drops each kept item equal to a state the batch kept
    /// on the device before. One thread an item.
    pub const RESIDENT_PROBE: &str = "resident_probe";
    /// `resident_insert(ResidentParams)`: enters this chunk's kept items in the table of
    /// resident states. One thread an item.
    pub const RESIDENT_INSERT: &str = "resident_insert";
    /// `judge_items(JudgeParams)`: per kept item, whether its train images have the train
    /// outputs' shapes, map onto them by one colour map, or agree with them wherever not 0.
    /// One thread an item.
    pub const JUDGE_ITEMS: &str = "judge_items";
    /// Every entry.
    pub const ALL: [&str; 8] = [
        FEATURES,
        HASH_ITEMS,
        DEDUP_INSERT,
        DEDUP_VERIFY,
        GATHER_IMAGES,
        RESIDENT_PROBE,
        RESIDENT_INSERT,
        JUDGE_ITEMS,
    ];
}

/// The PTX of `rigid.cu`: the rotations and mirrors of the search.
pub const RIGID_PTX: &str = include_str!("rigid.ptx");

/// The CUDA source of `rigid.cu`.
pub const RIGID_CU: &str = include_str!("rigid.cu");

/// The PTX of `fills.cu`: symmetry completion, hole and majority fills, counts, joins.
pub const FILLS_PTX: &str = include_str!("fills.ptx");

/// The CUDA source of `fills.cu`.
pub const FILLS_CU: &str = include_str!("fills.cu");

/// The PTX of `shapes.cu`: edges, boxes, neighbour counts, diagonal rays and joins.
pub const SHAPES_PTX: &str = include_str!("shapes.ptx");

/// The CUDA source of `shapes.cu`.
pub const SHAPES_CU: &str = include_str!("shapes.cu");

/// The PTX of `split.cu`: grids of separator lines and halves, joined.
pub const SPLIT_PTX: &str = include_str!("split.ptx");

/// The CUDA source of `split.cu`.
pub const SPLIT_CU: &str = include_str!("split.cu");
/// The PTX of `scale.cu`: the scalings, tilings, canvases and mirrors of the search.
pub const SCALE_PTX: &str = include_str!("scale.ptx");

/// The CUDA source of `scale.cu`.
pub const SCALE_CU: &str = include_str!("scale.cu");

/// The PTX of `lines.cu`: the gravities, shifts, smears, lines and borders of the search.
pub const LINES_PTX: &str = include_str!("lines.ptx");

/// The CUDA source of `lines.cu`.
pub const LINES_CU: &str = include_str!("lines.cu");
/// The PTX of `color.cu`: the search's colour filters, erasers and colour maps.
pub const COLOR_PTX: &str = include_str!("color.ptx");

/// The CUDA source of `color.cu`.
pub const COLOR_CU: &str = include_str!("color.cu");

/// The PTX of `crop.cu`: the search's crops, lines dropped and halves.
pub const CROP_PTX: &str = include_str!("crop.ptx");

/// The CUDA source of `crop.cu`.
pub const CROP_CU: &str = include_str!("crop.cu");

/// The PTX of `objects.cu`: objects picked by a criterion, counted, recoloured, boxed.
pub const OBJECTS_PTX: &str = include_str!("objects.ptx");

/// The CUDA source of `objects.cu`.
pub const OBJECTS_CU: &str = include_str!("objects.cu");

/// A family of kernels: one `.cu` file and its PTX.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// Palette masks (`palette.cu`).
    Palette,
    /// The search's frontier: features, hashes, deduplication (`frontier.cu`).
    Frontier,
    /// Rotations and mirrors (`rigid.cu`).
    Rigid,
    /// Symmetry completion, fills, counts, joins (`fills.cu`).
    Fills,
    /// Edges, boxes, neighbour counts, diagonal rays and joins (`shapes.cu`).
    Shapes,
    /// Grids of separator lines and halves, joined (`split.cu`).
    Split,
    /// Scalings, tilings, canvases and mirrors (`scale.cu`).
    Scale,
    /// Gravities, shifts, smears, lines and borders (`lines.cu`).
    Lines,
    /// Colour filters, erasers and colour maps (`color.cu`).
    Color,
    /// Crops, lines dropped and halves (`crop.cu`).
    Crop,
    /// Objects picked by a criterion, counted, recoloured, boxed (`objects.cu`).
    Objects,
}

/// A family of the search's transforms: its kernels `<name>_shape` and `<name>_cells`
/// (each taking `search.h`'s `TransformParams`), and the
/// transforms it computes, by name, in op order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransformFamily {
    /// The kernel family.
    pub family: Family,
    /// The family's number in `Job::family` (never 0).
    pub id: u8,
    /// The transforms' names (as the search names them), op `k` being `ops[k]`.
    pub ops: &'static [&'static str],
}

impl TransformFamily {
    /// The kernel that gives each job's output shape.
    pub fn shape_kernel(&self) -> String {
        format!("{}_shape", self.family.name())
    }

    /// The kernel that writes each job's cells.
    pub fn cells_kernel(&self) -> String {
        format!("{}_cells", self.family.name())
    }
}

/// Every family of the search's transforms.
pub const TRANSFORM_FAMILIES: &[TransformFamily] = &[
    TransformFamily {
        family: Family::Rigid,
        id: 1,
        ops: &["rot90", "rot180", "rot270", "hmirror", "vmirror", "dmirror", "cmirror"],
    },
    TransformFamily {
        family: Family::Fills,
        id: 6,
        ops: &[
            "symmetry_h",
            "symmetry_v",
            "symmetry_hv",
            "symmetry_rot180",
            "symmetry_diag",
            "symmetry_rot90",
            "symmetry_all",
            "fill_holes",
            "holes",
            "fill_holes_major",
            "fill_zero_major",
            "count_cells",
            "count_colors",
            "count_color",
            "connect_h",
            "connect_v",
            "connect_hv",
            "connect_h_color",
            "connect_v_color",
            "connect_hv_color",
            "periodic_fill",
            "period_crop",
        ],
    },
    TransformFamily {
        family: Family::Shapes,
        id: 7,
        ops: &[
            "outline",
            "inner",
            "box_content",
            "fill_box",
            "fill_color_boxes",
            "paint_neighbours",
            "erase_lonely",
            "rays_diag",
            "connect_diag",
            "step_toward",
            "center_on_rest",
            "move_to_contact",
            "recolor_lattice",
        ],
    },
    TransformFamily {
        family: Family::Split,
        id: 8,
        ops: &[
            "grid_and",
            "grid_or",
            "grid_xor",
            "grid_nor",
            "grid_overlay",
            "grid_underlay",
            "lr_and",
            "lr_or",
            "lr_xor",
            "lr_nor",
            "lr_overlay",
            "lr_underlay",
            "tb_and",
            "tb_or",
            "tb_xor",
            "tb_nor",
            "tb_overlay",
            "tb_underlay",
            "grid_pick",
            "lr_pick",
            "tb_pick",
            "color_layer_pick",
            "grid_most_color",
        ],
    },
    TransformFamily {
        family: Family::Scale,
        id: 4,
        ops: &[
            "upscale",
            "downscale",
            "upscale_to_target",
            "upscale_by_colors",
            "tile",
            "tile_to_target",
            "mirror_tile_to_target",
            "embed_to_target",
            "center_to_target",
            "canvas_target",
            "major_canvas_target",
            "major_canvas",
            "mirror_right",
            "mirror_down",
            "mirror_four",
            "self_kron",
            "self_kron_inverse",
            "downscale_to_target",
        ],
    },
    TransformFamily {
        family: Family::Lines,
        id: 5,
        ops: &[
            "gravity_down",
            "gravity_up",
            "gravity_left",
            "gravity_right",
            "shift",
            "smear_right",
            "smear_left",
            "smear_down",
            "smear_up",
            "smear_h",
            "smear_v",
            "smear_all",
            "extend_right",
            "extend_left",
            "extend_down",
            "extend_up",
            "extend_h",
            "extend_v",
            "extend_cross",
            "lines_h",
            "lines_v",
            "lines_hv",
            "frame",
            "pad",
            "halo",
            "halo4",
        ],
    },
    TransformFamily {
        family: Family::Color,
        id: 2,
        ops: &[
            "keep_color",
            "erase_color",
            "recolor_nonzero",
            "invert",
            "fill_zero",
            "recolor_major",
            "recolor_minor",
            "swap_with_major",
            "keep_major",
            "keep_minor",
            "erase_major",
            "swap_major_minor",
            "major_color_cell",
        ],
    },
    TransformFamily {
        family: Family::Crop,
        id: 3,
        ops: &[
            "crop_nonzero",
            "crop_non_major",
            "crop_color",
            "crop_not_color",
            "crop_inside_color",
            "compress",
            "drop_zero_lines",
            "dedup_lines",
            "trim",
            "top_half",
            "bottom_half",
            "left_half",
            "right_half",
            "crop_frame",
        ],
    },
    TransformFamily {
        family: Family::Objects,
        id: 9,
        ops: &[
            "object_crop_4",
            "object_crop_8",
            "object_crop_4m",
            "object_crop_8m",
            "object_keep_4",
            "object_keep_8",
            "object_keep_4m",
            "object_keep_8m",
            "object_erase_4",
            "object_erase_8",
            "object_erase_4m",
            "object_erase_8m",
            "object_keep_ties_4",
            "object_keep_ties_8",
            "object_keep_ties_4m",
            "object_keep_ties_8m",
            "object_erase_ties_4",
            "object_erase_ties_8",
            "object_erase_ties_4m",
            "object_erase_ties_8m",
            "count_objects",
            "count_objects_single",
            "majority_per_object",
            "fill_object_boxes",
            "paint_size_rank",
            "paint_largest",
            "paint_extremes",
            "paint_smallest",
            "paint_size",
            "paint_border",
            "paint_shape",
            "paint_colors",
            "paint_height",
            "paint_width",
            "paint_color_rank",
            "object_most_color",
            "object_marked",
            "object_common_shape",
            "gravity_objects_down",
            "gravity_objects_up",
            "gravity_objects_left",
            "gravity_objects_right",
            "paint_holes",
        ],
    },
];

impl Family {
    /// Every family.
    pub const ALL: [Family; 11] = [
        Family::Palette,
        Family::Frontier,
        Family::Rigid,
        Family::Color,
        Family::Crop,
        Family::Scale,
        Family::Lines,
        Family::Fills,
        Family::Shapes,
        Family::Split,
        Family::Objects,
    ];

    /// The family's name, the stem of its `.cu` file.
    pub fn name(self) -> &'static str {
        match self {
            Family::Palette => "palette",
            Family::Frontier => "frontier",
            Family::Rigid => "rigid",
            Family::Fills => "fills",
            Family::Shapes => "shapes",
            Family::Split => "split",
            Family::Scale => "scale",
            Family::Lines => "lines",
            Family::Color => "color",
            Family::Crop => "crop",
            Family::Objects => "objects",
        }
    }

    /// The family's PTX, ready for `cuModuleLoadData`.
    pub fn ptx(self) -> &'static str {
        match self {
            Family::Palette => PALETTE_PTX,
            Family::Frontier => FRONTIER_PTX,
            Family::Rigid => RIGID_PTX,
            Family::Fills => FILLS_PTX,
            Family::Shapes => SHAPES_PTX,
            Family::Split => SPLIT_PTX,
            Family::Scale => SCALE_PTX,
            Family::Lines => LINES_PTX,
            Family::Color => COLOR_PTX,
            Family::Crop => CROP_PTX,
            Family::Objects => OBJECTS_PTX,
        }
    }

    /// The family's CUDA source.
    pub fn source(self) -> &'static str {
        match self {
            Family::Palette => PALETTE_CU,
            Family::Frontier => FRONTIER_CU,
            Family::Rigid => RIGID_CU,
            Family::Fills => FILLS_CU,
            Family::Shapes => SHAPES_CU,
            Family::Split => SPLIT_CU,
            Family::Scale => SCALE_CU,
            Family::Lines => LINES_CU,
            Family::Color => COLOR_CU,
            Family::Crop => CROP_CU,
            Family::Objects => OBJECTS_CU,
        }
    }

    /// The names of the family's kernels.
    pub fn kernels(self) -> &'static [&'static str] {
        match self {
            Family::Palette => &[palette::MASKS_U4],
            Family::Frontier => &frontier::ALL,
            Family::Rigid => &["rigid_shape", "rigid_cells"],
            Family::Fills => &["fills_shape", "fills_cells"],
            Family::Shapes => &["shapes_shape", "shapes_cells"],
            Family::Split => &["split_shape", "split_cells"],
            Family::Scale => &["scale_shape", "scale_cells"],
            Family::Lines => &["lines_shape", "lines_cells"],
            Family::Color => &["color_shape", "color_cells"],
            Family::Crop => &["crop_shape", "crop_cells"],
            Family::Objects => &["objects_shape", "objects_cells"],
        }
    }
}

/// The search's kernels run on the CPU: the same CUDA sources compiled as C++ (feature
/// `emulate`), each launch's blocks and threads one after another.
pub mod emulate {
    use std::ffi::c_void;

    /// Whether the emulation is compiled in (feature `emulate`).
    pub const AVAILABLE: bool = cfg!(feature = "emulate");

    #[cfg(feature = "emulate")]
    unsafe extern "C" {
        fn batt_emulate(
            name: *const std::ffi::c_char,
            grid: u32,
            block: u32,
            params: *const c_void,
        ) -> i32;
    }

    /// Runs kernel `name` over `grid` blocks of `block` threads; `false` when no kernel has
    /// that name.
    ///
    /// # Safety
    /// `params` must point to the kernel's parameter struct as `search.h` lays it out, and
    /// every pointer in it must be valid, for the kernel's reads and writes, in this process.
    /// Without the `emulate` feature, always `false`.
    pub unsafe fn launch(name: &str, grid: u32, block: u32, params: *const c_void) -> bool {
        #[cfg(feature = "emulate")]
        {
            let Ok(name) = std::ffi::CString::new(name) else { return false };
            // SAFETY: `name` is a C string alive across the call; the caller upholds the rest.
            unsafe { batt_emulate(name.as_ptr(), grid, block, params) == 0 }
        }
        #[cfg(not(feature = "emulate"))]
        {
            let _ = (name, grid, block, params);
            false
        }
    }
}

/// The value of a PTX directive such as `.version` or `.target`, read off the text.
pub fn ptx_directive<'a>(ptx: &'a str, directive: &str) -> Option<&'a str> {
    ptx.lines().find_map(|l| {
        let rest = l.trim().strip_prefix(directive)?;
        rest.starts_with(char::is_whitespace).then(|| rest.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `"8.0"` -> `(8, 0)`, `"sm_60"` -> 60.
    fn version(v: &str) -> (u32, u32) {
        let (a, b) = v.split_once('.').expect("dotted version");
        (a.parse().unwrap(), b.parse().unwrap())
    }

    #[test]
    fn ptx_is_portable() {
        for f in Family::ALL {
            let ptx = f.ptx();
            let v = ptx_directive(ptx, ".version").expect(".version");
            let t = ptx_directive(ptx, ".target").expect(".target");
            assert_eq!(v, PTX_VERSION, "{}", f.name());
            assert_eq!(t, PTX_TARGET, "{}", f.name());
            assert!(version(v) <= (8, 0), "{}: .version {v} is newer than 8.0", f.name());
            let sm: u32 = t.strip_prefix("sm_").unwrap().parse().unwrap();
            assert!(sm <= 70, "{}: .target {t} is newer than sm_70", f.name());
            assert_eq!(ptx_directive(ptx, ".address_size"), Some("64"));
        }
    }

    #[test]
    fn every_kernel_is_an_entry_of_its_ptx() {
        for f in Family::ALL {
            for k in f.kernels() {
                assert!(
                    f.ptx().contains(&format!(".entry {k}(")),
                    "{k} is not an entry of {}.ptx",
                    f.name()
                );
                assert!(f.source().contains(&format!(" {k}(")), "{k} not in {}.cu", f.name());
            }
        }
    }

    #[test]
    fn every_transform_family_has_its_two_kernels() {
        for t in TRANSFORM_FAMILIES {
            assert_ne!(t.id, 0, "{:?}", t.family);
            for k in [t.shape_kernel(), t.cells_kernel()] {
                assert!(t.family.kernels().contains(&k.as_str()), "{k}");
            }
        }
    }

    #[test]
    fn directive_reader_needs_a_whole_word() {
        assert_eq!(ptx_directive(".version 8.0\n.target sm_60", ".version"), Some("8.0"));
        assert_eq!(ptx_directive(".versions 9\n", ".version"), None);
    }
}
