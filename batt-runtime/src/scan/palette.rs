//! Palettes as 10-bit masks, each cell read once.
//!
//! A palette is a `u16` whose bit `c` is set when colour `c` occurs (bit 10 for the cell code
//! [`NEG_ONE_CELL`](crate::grid::NEG_ONE_CELL) that grids built by the DSL may hold). On
//! x86-64 the mask of a cell buffer is computed 64 (AVX2) or 16 (SSSE3) cells at a time with a
//! byte shuffle that maps each colour to its bit, the ragged end handled by one overlapping
//! load (OR does not mind seeing a cell twice) and the bytes reduced in registers; elsewhere,
//! and for buffers under 16 cells, a scalar loop with independent accumulators does it.

use crate::grid::{Color, NUM_COLORS};

/// A set of colours as a bit mask: bit `c` set when colour `c` is present.
pub type ColorMask = u16;

/// The palette of a cell buffer as a mask. Every cell must be a colour (`0..=9`) or
/// [`NEG_ONE_CELL`](crate::grid::NEG_ONE_CELL) (10, bit 10), as every grid's are.
///
/// ```
/// use batt_runtime::scan::palette_mask;
/// assert_eq!(palette_mask(&[0, 3, 3, 9]), 0b10_0000_1001);
/// ```
#[inline]
pub fn palette_mask(cells: &[Color]) -> ColorMask {
    #[cfg(target_arch = "x86_64")]
    {
        if cells.len() >= 32 && std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU supports AVX2, checked just above.
            return unsafe { x86::mask_avx2(cells) };
        }
        if cells.len() >= 16 && std::arch::is_x86_feature_detected!("ssse3") {
            // SAFETY: the CPU supports SSSE3, checked just above.
            return unsafe { x86::mask_ssse3(cells) };
        }
    }
    mask_scalar(cells)
}

/// The portable loop: four independent accumulators so the ORs do not wait on each other.
#[inline]
pub(crate) fn mask_scalar(cells: &[Color]) -> ColorMask {
    let mut acc = [0u16; 4];
    let mut chunks = cells.chunks_exact(4);
    for c in &mut chunks {
        acc[0] |= 1 << (c[0] & 15);
        acc[1] |= 1 << (c[1] & 15);
        acc[2] |= 1 << (c[2] & 15);
        acc[3] |= 1 << (c[3] & 15);
    }
    for &c in chunks.remainder() {
        acc[0] |= 1 << (c & 15);
    }
    acc[0] | acc[1] | acc[2] | acc[3]
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::ColorMask;
    use std::arch::x86_64::*;

    /// Bit `c` of the low byte for colours 0-7, as a shuffle table.
    const LO: [i8; 16] = [1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0];
    /// Bit `c - 8` of the high byte for colours 8-9 and the cell code 10 (colour -1).
    const HI: [i8; 16] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 0, 0, 0, 0, 0];

    /// ORs the bytes of `lo` (bits 0-7) and of `hi` (bits 8-10) into one mask, in registers.
    ///
    /// # Safety
    /// The CPU must support SSSE3.
    #[target_feature(enable = "ssse3")]
    unsafe fn reduce128(lo: __m128i, hi: __m128i) -> ColorMask {
        // Words `lo[i] | hi[i] << 8`, then a log-step OR across the eight words.
        let w = _mm_or_si128(_mm_unpacklo_epi8(lo, hi), _mm_unpackhi_epi8(lo, hi));
        let w = _mm_or_si128(w, _mm_srli_si128::<8>(w));
        let w = _mm_or_si128(w, _mm_srli_si128::<4>(w));
        let w = _mm_or_si128(w, _mm_srli_si128::<2>(w));
        _mm_cvtsi128_si32(w) as ColorMask
    }

    /// # Safety
    /// The CPU must support AVX2, and `cells.len() >= 32`.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn mask_avx2(cells: &[u8]) -> ColorMask {
        debug_assert!(cells.len() >= 32);
        let n = cells.len();
        let p = cells.as_ptr();
        // SAFETY: every load reads 32 bytes starting at an offset `i` with `i + 32 <= n`
        // (the last one at `n - 32`, overlapping cells already seen, which OR tolerates);
        // `loadu` needs no alignment. The rest are register operations.
        unsafe {
            let lo_lut = _mm256_broadcastsi128_si256(_mm_loadu_si128(LO.as_ptr().cast()));
            let hi_lut = _mm256_broadcastsi128_si256(_mm_loadu_si128(HI.as_ptr().cast()));
            let (mut lo0, mut hi0) = (_mm256_setzero_si256(), _mm256_setzero_si256());
            let (mut lo1, mut hi1) = (_mm256_setzero_si256(), _mm256_setzero_si256());
            let mut i = 0;
            while i + 64 <= n {
                let a = _mm256_loadu_si256(p.add(i).cast());
                let b = _mm256_loadu_si256(p.add(i + 32).cast());
                lo0 = _mm256_or_si256(lo0, _mm256_shuffle_epi8(lo_lut, a));
                hi0 = _mm256_or_si256(hi0, _mm256_shuffle_epi8(hi_lut, a));
                lo1 = _mm256_or_si256(lo1, _mm256_shuffle_epi8(lo_lut, b));
                hi1 = _mm256_or_si256(hi1, _mm256_shuffle_epi8(hi_lut, b));
                i += 64;
            }
            if i + 32 <= n {
                let a = _mm256_loadu_si256(p.add(i).cast());
                lo0 = _mm256_or_si256(lo0, _mm256_shuffle_epi8(lo_lut, a));
                hi0 = _mm256_or_si256(hi0, _mm256_shuffle_epi8(hi_lut, a));
                i += 32;
            }
            if i < n {
                let a = _mm256_loadu_si256(p.add(n - 32).cast());
                lo1 = _mm256_or_si256(lo1, _mm256_shuffle_epi8(lo_lut, a));
                hi1 = _mm256_or_si256(hi1, _mm256_shuffle_epi8(hi_lut, a));
            }
            let lo = _mm256_or_si256(lo0, lo1);
            let hi = _mm256_or_si256(hi0, hi1);
            reduce128(
                _mm_or_si128(_mm256_castsi256_si128(lo), _mm256_extracti128_si256::<1>(lo)),
                _mm_or_si128(_mm256_castsi256_si128(hi), _mm256_extracti128_si256::<1>(hi)),
            )
        }
    }

    /// # Safety
    /// The CPU must support SSSE3, and `cells.len() >= 16`.
    #[target_feature(enable = "ssse3")]
    pub(super) unsafe fn mask_ssse3(cells: &[u8]) -> ColorMask {
        debug_assert!(cells.len() >= 16);
        let n = cells.len();
        let p = cells.as_ptr();
        // SAFETY: as in `mask_avx2`, with 16-byte loads at offsets `i + 16 <= n`.
        unsafe {
            let lo_lut = _mm_loadu_si128(LO.as_ptr().cast());
            let hi_lut = _mm_loadu_si128(HI.as_ptr().cast());
            let (mut lo, mut hi) = (_mm_setzero_si128(), _mm_setzero_si128());
            let mut i = 0;
            while i + 16 <= n {
                let a = _mm_loadu_si128(p.add(i).cast());
                lo = _mm_or_si128(lo, _mm_shuffle_epi8(lo_lut, a));
                hi = _mm_or_si128(hi, _mm_shuffle_epi8(hi_lut, a));
                i += 16;
            }
            if i < n {
                let a = _mm_loadu_si128(p.add(n - 16).cast());
                lo = _mm_or_si128(lo, _mm_shuffle_epi8(lo_lut, a));
                hi = _mm_or_si128(hi, _mm_shuffle_epi8(hi_lut, a));
            }
            reduce128(lo, hi)
        }
    }
}

/// For every 10-bit mask, its colours ascending in the first `popcount` bytes of a 16-byte
/// row, so that a row is copied with one fixed-size move.
static MASK_COLORS: [[Color; 16]; 1 << NUM_COLORS] = {
    let mut table = [[0; 16]; 1 << NUM_COLORS];
    let mut m = 0;
    while m < 1 << NUM_COLORS {
        let mut n = 0;
        let mut c = 0;
        while c < NUM_COLORS {
            if m & (1 << c) != 0 {
                table[m][n] = c as Color;
                n += 1;
            }
            c += 1;
        }
        m += 1;
    }
    table
};

/// Appends the colours `0..=9` of a mask, ascending (bit 10, the cell code of colour -1, is
/// the caller's to look at).
///
/// ```
/// use batt_runtime::scan::push_colors;
/// let mut v = vec![9];
/// push_colors(0b1010, &mut v);
/// assert_eq!(v, [9, 1, 3]);
/// ```
#[inline]
pub fn push_colors(mask: ColorMask, out: &mut Vec<Color>) {
    let mask = mask & ((1 << NUM_COLORS) - 1);
    out.extend_from_slice(&MASK_COLORS[usize::from(mask)][..mask.count_ones() as usize]);
}

/// The colours of each mask, ascending, concatenated, in a vector of exactly that length.
pub fn colors_of_masks(masks: impl Iterator<Item = ColorMask> + Clone) -> Vec<Color> {
    let total: usize = masks.clone().map(|m| (m & 0x3ff).count_ones() as usize).sum();
    // 16 bytes of slack let every row be written whole; the slack is cut off at the end.
    let mut out = vec![0; total + 16];
    let mut pos = 0;
    for m in masks {
        let m = m & 0x3ff;
        out[pos..pos + 16].copy_from_slice(&MASK_COLORS[usize::from(m)]);
        pos += m.count_ones() as usize;
    }
    out.truncate(total);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(cells: &[u8]) -> ColorMask {
        cells.iter().fold(0, |m, &c| m | 1 << c)
    }

    #[test]
    fn every_path_matches_the_naive_mask() {
        // Lengths around every chunk boundary, each colour placed at every position class.
        for len in [0usize, 1, 3, 15, 16, 17, 31, 32, 33, 63, 64, 65, 900, 901] {
            // The colours, and the cell code 10 of colour -1 (bit 10).
            for colour in 0..=10u8 {
                for pos in [0, len / 2, len.saturating_sub(1)] {
                    let mut cells = vec![0u8; len];
                    if len > 0 {
                        cells[pos] = colour;
                    }
                    let want = naive(&cells);
                    assert_eq!(palette_mask(&cells), want, "len {len} colour {colour} at {pos}");
                    assert_eq!(mask_scalar(&cells), want);
                    #[cfg(target_arch = "x86_64")]
                    // SAFETY: each kernel runs only where the CPU has its features and the
                    // buffer its minimum length.
                    unsafe {
                        if len >= 32 && std::arch::is_x86_feature_detected!("avx2") {
                            assert_eq!(x86::mask_avx2(&cells), want);
                        }
                        if len >= 16 && std::arch::is_x86_feature_detected!("ssse3") {
                            assert_eq!(x86::mask_ssse3(&cells), want);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn mask_table_lists_colours_ascending() {
        let mut all = Vec::new();
        for m in 0..1u16 << NUM_COLORS {
            let mut v = Vec::new();
            push_colors(m, &mut v);
            let want: Vec<Color> = (0..10).filter(|c| m & (1 << c) != 0).collect();
            assert_eq!(v, want);
            assert_eq!(colors_of_masks([m].into_iter()), want);
            all.extend(want);
        }
        assert_eq!(colors_of_masks(0..1u16 << NUM_COLORS), all);
    }
}
