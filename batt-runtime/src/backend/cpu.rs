//! The single-thread backend: palettes as 10-bit masks, each cell read once.
//!
//! A palette is a `u16` whose bit `c` is set when colour `c` occurs. On x86-64 the mask of a
//! cell buffer is computed 32 (AVX2) or 16 (SSSE3) cells at a time with a byte shuffle that
//! maps each colour to its bit; elsewhere a scalar loop with independent accumulators does it.

use crate::grid::{Color, NUM_COLORS};
use crate::pattern::{Pattern, Side};
use crate::samples::Samples;

/// A set of colours as a bit mask: bit `c` set when colour `c` is present.
pub type ColorMask = u16;

/// The palette of a cell buffer as a mask. Every cell must be a colour (`0..=9`).
///
/// ```
/// use batt_runtime::backend::cpu::palette_mask;
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
    use super::{ColorMask, mask_scalar};
    use std::arch::x86_64::*;

    /// Bit `c` of the low byte for colours 0-7, as a shuffle table.
    const LO: [i8; 16] = [1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0];
    /// Bit `c - 8` of the high byte for colours 8-9.
    const HI: [i8; 16] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0];

    fn or_bytes(bytes: &[u8]) -> u8 {
        bytes.iter().fold(0, |a, &b| a | b)
    }

    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn mask_avx2(cells: &[u8]) -> ColorMask {
        // SAFETY: loads go through `loadu` on 32-byte chunks of the slice, so they stay in
        // bounds and need no alignment; the rest are register operations.
        unsafe {
            let lo_lut = _mm256_broadcastsi128_si256(_mm_loadu_si128(LO.as_ptr().cast()));
            let hi_lut = _mm256_broadcastsi128_si256(_mm_loadu_si128(HI.as_ptr().cast()));
            let mut lo = _mm256_setzero_si256();
            let mut hi = _mm256_setzero_si256();
            let mut chunks = cells.chunks_exact(32);
            for c in &mut chunks {
                let v = _mm256_loadu_si256(c.as_ptr().cast());
                lo = _mm256_or_si256(lo, _mm256_shuffle_epi8(lo_lut, v));
                hi = _mm256_or_si256(hi, _mm256_shuffle_epi8(hi_lut, v));
            }
            let mut out = [0u8; 64];
            _mm256_storeu_si256(out.as_mut_ptr().cast(), lo);
            _mm256_storeu_si256(out.as_mut_ptr().add(32).cast(), hi);
            let mask =
                ColorMask::from(or_bytes(&out[..32])) | ColorMask::from(or_bytes(&out[32..])) << 8;
            mask | mask_scalar(chunks.remainder())
        }
    }

    /// # Safety
    /// The CPU must support SSSE3.
    #[target_feature(enable = "ssse3")]
    pub(super) unsafe fn mask_ssse3(cells: &[u8]) -> ColorMask {
        // SAFETY: as in `mask_avx2`, with 16-byte chunks.
        unsafe {
            let lo_lut = _mm_loadu_si128(LO.as_ptr().cast());
            let hi_lut = _mm_loadu_si128(HI.as_ptr().cast());
            let mut lo = _mm_setzero_si128();
            let mut hi = _mm_setzero_si128();
            let mut chunks = cells.chunks_exact(16);
            for c in &mut chunks {
                let v = _mm_loadu_si128(c.as_ptr().cast());
                lo = _mm_or_si128(lo, _mm_shuffle_epi8(lo_lut, v));
                hi = _mm_or_si128(hi, _mm_shuffle_epi8(hi_lut, v));
            }
            let mut out = [0u8; 32];
            _mm_storeu_si128(out.as_mut_ptr().cast(), lo);
            _mm_storeu_si128(out.as_mut_ptr().add(16).cast(), hi);
            let mask =
                ColorMask::from(or_bytes(&out[..16])) | ColorMask::from(or_bytes(&out[16..])) << 8;
            mask | mask_scalar(chunks.remainder())
        }
    }
}

/// For every 10-bit mask, its colours ascending (the first `popcount` entries count).
static MASK_COLORS: [[Color; NUM_COLORS]; 1 << NUM_COLORS] = {
    let mut table = [[0; NUM_COLORS]; 1 << NUM_COLORS];
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

/// Appends the colours of a mask, ascending.
///
/// ```
/// use batt_runtime::backend::cpu::push_colors;
/// let mut v = vec![9];
/// push_colors(0b1010, &mut v);
/// assert_eq!(v, [9, 1, 3]);
/// ```
#[inline]
pub fn push_colors(mask: ColorMask, out: &mut Vec<Color>) {
    let mask = mask & ((1 << NUM_COLORS) - 1);
    out.extend_from_slice(&MASK_COLORS[usize::from(mask)][..mask.count_ones() as usize]);
}

/// The fused pattern of one task on this thread.
pub(crate) fn fused(samples: &Samples) -> Pattern {
    let n = samples.len();
    let mut p = Pattern {
        inputs: Vec::with_capacity(n),
        outputs: Vec::with_capacity(n),
        input_colors: Vec::with_capacity(n * 4),
        output_colors: Vec::with_capacity(n * 4),
    };
    for s in samples {
        p.inputs.push(s.input.clone());
        p.outputs.push(s.output.clone());
        push_colors(palette_mask(s.input.cells()), &mut p.input_colors);
        push_colors(palette_mask(s.output.cells()), &mut p.output_colors);
    }
    p
}

/// One half of the fused pattern (the inputs or the outputs) on this thread.
pub(crate) fn fused_side(samples: &Samples, side: Side) -> (Vec<crate::Grid>, Vec<Color>) {
    let mut grids = Vec::with_capacity(samples.len());
    let mut colors = Vec::with_capacity(samples.len() * 4);
    for s in samples {
        let g = side.of(s);
        push_colors(palette_mask(g.cells()), &mut colors);
        grids.push(g.clone());
    }
    (grids, colors)
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
            for colour in 0..10u8 {
                for pos in [0, len / 2, len.saturating_sub(1)] {
                    let mut cells = vec![0u8; len];
                    if len > 0 {
                        cells[pos] = colour;
                    }
                    let want = naive(&cells);
                    assert_eq!(palette_mask(&cells), want, "len {len} colour {colour} at {pos}");
                    assert_eq!(mask_scalar(&cells), want);
                    #[cfg(target_arch = "x86_64")]
                    unsafe {
                        if std::arch::is_x86_feature_detected!("avx2") {
                            assert_eq!(x86::mask_avx2(&cells), want);
                        }
                        if std::arch::is_x86_feature_detected!("ssse3") {
                            assert_eq!(x86::mask_ssse3(&cells), want);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn mask_table_lists_colours_ascending() {
        for m in 0..1u16 << NUM_COLORS {
            let mut v = Vec::new();
            push_colors(m, &mut v);
            let want: Vec<Color> = (0..10).filter(|c| m & (1 << c) != 0).collect();
            assert_eq!(v, want);
        }
    }
}
