//! The structs the search's kernels take, laid out as `kernels/src/search.h` declares them.
//! Device addresses are `u64`; every struct is passed to its kernel by value, as bytes.

/// Per-image features (`Features`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// Cells of each colour.
    pub count: [u16; 10],
    /// Per colour: top, left, bottom, right; top 255 when absent.
    pub boxes: [[u8; 4]; 10],
    /// The box of the non-zero cells.
    pub nz: [u8; 4],
    /// The most frequent non-zero colour (ties: the smallest), 255 if none.
    pub major: u8,
    /// The least frequent non-zero colour (ties: the smallest), 255 if none.
    pub minor: u8,
    /// The most frequent colour, 0 counted.
    pub major_all: u8,
    /// Non-zero colours present.
    pub colors: u8,
}

/// One output image to make (`Job`).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Job {
    /// The parent image.
    pub src: u32,
    /// The argument's value.
    pub arg: u8,
    /// The target height (0: unknown).
    pub th: u8,
    /// The target width (0: unknown).
    pub tw: u8,
    /// The transform family's id.
    pub family: u8,
    /// The transform within the family.
    pub op: u16,
    /// Padding.
    pub unused: u16,
}

/// `TransformParams`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct TransformParams {
    pub cells: u64,
    pub starts: u64,
    pub shapes: u64,
    pub feats: u64,
    pub jobs: u64,
    pub n_jobs: u32,
    pub family: u32,
    pub out_shapes: u64,
    pub out_starts: u64,
    pub out_cells: u64,
    /// The jobs of this launch: places `lo..hi` of the order given by `n_segs` segments
    /// (segment `s`: places from `seg_place[s]`, jobs from `seg_job[s]`, consecutive); with
    /// no segments, jobs `lo..hi`.
    pub seg_place: u64,
    pub seg_job: u64,
    pub n_segs: u32,
    pub lo: u32,
    pub hi: u32,
    pub unused: u32,
}

/// `FeatureParams`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct FeatureParams {
    pub cells: u64,
    pub starts: u64,
    pub shapes: u64,
    pub n_images: u32,
    pub feats: u64,
}

/// `ItemParams`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct ItemParams {
    pub cells: u64,
    pub starts: u64,
    pub shapes: u64,
    pub first: u64,
    pub tag: u64,
    pub n_items: u32,
    pub hash: u64,
    pub keys: u64,
    pub owner: u64,
    pub table_bits: u32,
    pub keep: u64,
}

/// `ResidentParams`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct ResidentParams {
    pub cells: u64,
    pub starts: u64,
    pub shapes: u64,
    pub first: u64,
    pub tag: u64,
    pub hash: u64,
    pub keep: u64,
    pub n_items: u32,
    pub table_bits: u32,
    pub keys: u64,
    pub values: u64,
    pub value_tags: u64,
    pub block_cells: u64,
    pub block_starts: u64,
    pub block_shapes: u64,
    pub image: u64,
    pub block: u32,
    pub unused: u32,
}

/// `GatherParams`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct GatherParams {
    pub cells: u64,
    pub starts: u64,
    pub shapes: u64,
    pub index: u64,
    pub dst_starts: u64,
    pub n: u32,
    pub dst: u64,
}

/// `JudgeParams`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct JudgeParams {
    pub cells: u64,
    pub starts: u64,
    pub shapes: u64,
    pub first: u64,
    pub tag: u64,
    pub keep: u64,
    pub n_items: u32,
    pub unused: u32,
    pub out_cells: u64,
    pub out_starts: u64,
    pub out_shapes: u64,
    pub out_first: u64,
    pub flags: u64,
}

/// `BATT_JUDGE_SHAPED`: every train image has its output's shape.
pub const JUDGE_SHAPED: u8 = 1;
/// `BATT_JUDGE_MAPPABLE`: shaped, and one colour map takes the train images to the outputs.
pub const JUDGE_MAPPABLE: u8 = 2;
/// `BATT_JUDGE_PIECE`: shaped, and every non-zero train cell equals its output's.
pub const JUDGE_PIECE: u8 = 4;

/// The bytes of a plain `repr(C)` value, as a kernel parameter or a copy's source.
pub fn bytes_of<T: Copy>(v: &T) -> &[u8] {
    // SAFETY: `T` is one of this module's `repr(C)` structs or a primitive: plain data with
    // no pointers the reader follows; padding bytes are only copied, never interpreted.
    unsafe { std::slice::from_raw_parts((v as *const T).cast::<u8>(), std::mem::size_of::<T>()) }
}

/// The bytes of a slice of plain values.
pub fn slice_bytes<T: Copy>(v: &[T]) -> &[u8] {
    // SAFETY: as for `bytes_of`, for `v.len()` values laid out back to back.
    unsafe { std::slice::from_raw_parts(v.as_ptr().cast::<u8>(), std::mem::size_of_val(v)) }
}

/// The bytes of a mutable slice of plain values, to copy into.
pub fn slice_bytes_mut<T: Copy + Default>(v: &mut [T]) -> &mut [u8] {
    // SAFETY: the element types used here (u8, u16, u32, u64, `Features`) accept any bit
    // pattern the device writes; the slice is exclusively borrowed for the copy.
    unsafe { std::slice::from_raw_parts_mut(v.as_mut_ptr().cast::<u8>(), std::mem::size_of_val(v)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_match_search_h() {
        assert_eq!(std::mem::size_of::<Features>(), 68);
        assert_eq!(std::mem::size_of::<Job>(), 12);
        assert_eq!(std::mem::size_of::<TransformParams>(), 104);
        assert_eq!(std::mem::offset_of!(TransformParams, seg_place), 72);
        assert_eq!(std::mem::offset_of!(TransformParams, hi), 96);
        assert_eq!(std::mem::size_of::<FeatureParams>(), 40);
        assert_eq!(std::mem::size_of::<ItemParams>(), 88);
        assert_eq!(std::mem::size_of::<GatherParams>(), 56);
        assert_eq!(std::mem::size_of::<ResidentParams>(), 128);
        assert_eq!(std::mem::size_of::<JudgeParams>(), 96);
        assert_eq!(std::mem::offset_of!(JudgeParams, out_cells), 56);
        assert_eq!(std::mem::offset_of!(ResidentParams, keys), 64);
        assert_eq!(std::mem::offset_of!(ItemParams, keep), 80);
        assert_eq!(std::mem::offset_of!(TransformParams, out_shapes), 48);
    }
}
