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

/// A family of kernels: one `.cu` file and its PTX.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// Palette masks (`palette.cu`).
    Palette,
}

impl Family {
    /// Every family.
    pub const ALL: [Family; 1] = [Family::Palette];

    /// The family's name, the stem of its `.cu` file.
    pub fn name(self) -> &'static str {
        match self {
            Family::Palette => "palette",
        }
    }

    /// The family's PTX, ready for `cuModuleLoadData`.
    pub fn ptx(self) -> &'static str {
        match self {
            Family::Palette => PALETTE_PTX,
        }
    }

    /// The family's CUDA source.
    pub fn source(self) -> &'static str {
        match self {
            Family::Palette => PALETTE_CU,
        }
    }

    /// The names of the family's kernels.
    pub fn kernels(self) -> &'static [&'static str] {
        match self {
            Family::Palette => &[palette::MASKS_U4],
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
    fn directive_reader_needs_a_whole_word() {
        assert_eq!(ptx_directive(".version 8.0\n.target sm_60", ".version"), Some("8.0"));
        assert_eq!(ptx_directive(".versions 9\n", ".version"), None);
    }
}
